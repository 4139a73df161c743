"""The closed vocabularies of the curation format: entity types, stances, relation names."""

from __future__ import annotations

from rdflib import URIRef

from kg.namespaces import CITO, KGO, SCHEMA

# YAML type -> (our class, category class, the reused superclass other tools understand)
ENTITY_TYPES: dict[str, tuple[URIRef, URIRef, URIRef]] = {
    "Person": (KGO.Person, KGO.Actor, SCHEMA.Person),
    "Company": (KGO.Company, KGO.Actor, SCHEMA.Corporation),
    "Investor": (KGO.Investor, KGO.Actor, SCHEMA.Organization),
    "StateCapital": (KGO.StateCapital, KGO.Actor, SCHEMA.Organization),
    "GovernmentBody": (KGO.GovernmentBody, KGO.Actor, SCHEMA.GovernmentOrganization),
    "ResearchInstitute": (KGO.ResearchInstitute, KGO.Actor, SCHEMA.ResearchOrganization),
    "University": (KGO.University, KGO.Actor, SCHEMA.CollegeOrUniversity),
    "MediaOutlet": (KGO.MediaOutlet, KGO.Actor, SCHEMA.NewsMediaOrganization),
    "Product": (KGO.Product, KGO.Actor, SCHEMA.SoftwareApplication),
    "ActorGroup": (KGO.ActorGroup, KGO.Actor, SCHEMA.Organization),
    "Country": (KGO.Country, KGO.Place, SCHEMA.Country),
    "Province": (KGO.Province, KGO.Place, SCHEMA.State),
    "City": (KGO.City, KGO.Place, SCHEMA.City),
    "District": (KGO.District, KGO.Place, SCHEMA.AdministrativeArea),
    "Region": (KGO.Region, KGO.Place, SCHEMA.Place),
    "Park": (KGO.Park, KGO.Place, SCHEMA.Place),
    "Law": (KGO.Law, KGO.Policy, SCHEMA.Legislation),
    "Regulation": (KGO.Regulation, KGO.Policy, SCHEMA.Legislation),
    "ImplementingRule": (KGO.ImplementingRule, KGO.Policy, SCHEMA.Legislation),
    "Reform": (KGO.Reform, KGO.Policy, SCHEMA.CreativeWork),
    "Programme": (KGO.Programme, KGO.Policy, SCHEMA.CreativeWork),
    "Fund": (KGO.Fund, KGO.Policy, SCHEMA.Organization),
    "PilotZone": (KGO.PilotZone, KGO.Policy, SCHEMA.Place),
    "PolicyInstrument": (KGO.PolicyInstrument, KGO.Policy, SCHEMA.CreativeWork),
    "Policy": (KGO.Policy, KGO.Policy, SCHEMA.CreativeWork),
    "Concept": (KGO.Concept, KGO.Concept, SCHEMA.DefinedTerm),
    "Technology": (KGO.Technology, KGO.Concept, SCHEMA.DefinedTerm),
    "Sector": (KGO.Sector, KGO.Concept, SCHEMA.DefinedTerm),
    "Event": (KGO.Event, KGO.Concept, SCHEMA.Event),
}

CATEGORY_NAMES: dict[URIRef, str] = {
    KGO.Actor: "actor",
    KGO.Place: "place",
    KGO.Policy: "policy",
    KGO.Concept: "concept",
}

STANCES: dict[str, URIRef] = {
    "asserts": KGO.Asserts,
    "denies": KGO.Denies,
    "hedges": KGO.Hedges,
    "questions": KGO.Questions,
}

CLAIM_RELATIONS: dict[str, URIRef] = {
    "supports": CITO.supports,
    "refutes": CITO.refutes,
    "disputes": CITO.disputes,
    "qualifies": CITO.qualifies,
}
COUNTER_RELATIONS = frozenset({"refutes", "disputes", "qualifies"})

ACTOR_RELATIONS: dict[str, URIRef] = {
    "funds": KGO.funds,
    "invests-in": KGO.investsIn,
    "implements": KGO.implements,
    "issues": KGO.issues,
    "regulates": KGO.regulates,
    "regulated-by": KGO.regulatedBy,
    "located-in": KGO.locatedIn,
    "founded-in": KGO.foundedIn,
    "founded-by": KGO.foundedBy,
    "part-of": KGO.partOf,
    "benefits-from": KGO.benefitsFrom,
    "favours": KGO.favours,
    "criticises": KGO.criticises,
    "advocates": KGO.advocates,
    "coordinates": KGO.coordinates,
    "cooperates-with": KGO.cooperatesWith,
    "applies-to": KGO.appliesTo,
    "competes-with": KGO.competesWith,
}

GENRES: dict[str, URIRef] = {
    "OpinionNewsArticle": SCHEMA.OpinionNewsArticle,
    "NewsArticle": SCHEMA.NewsArticle,
    "Report": SCHEMA.Report,
    "SocialMediaPosting": SCHEMA.SocialMediaPosting,
    "Article": SCHEMA.Article,
}

LANGUAGES = ("zh-Hans", "zh-Hant")

"""Namespaces: our closed ontology namespace (a typo is an import-time error) and the vocabularies we reuse."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kgcn/"
KGR = Namespace(BASE + "id/")  # resources: entities, documents, claims, anchors …
GRAPH = Namespace(BASE + "graph/")  # named graphs
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
CITO = Namespace("http://purl.org/spar/cito/")
WD = Namespace("http://www.wikidata.org/entity/")


class KGO(DefinedNamespace):
    """kg's own terms: only what schema.org, PROV-O, SKOS, OA, DCTERMS and CiTO do not cover."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # categories
    Actor: URIRef
    Place: URIRef
    Policy: URIRef
    Concept: URIRef
    # actor types
    Person: URIRef
    Company: URIRef
    Investor: URIRef
    StateCapital: URIRef
    GovernmentBody: URIRef
    ResearchInstitute: URIRef
    University: URIRef
    MediaOutlet: URIRef
    Product: URIRef
    ActorGroup: URIRef
    # place types
    Country: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Region: URIRef
    Park: URIRef
    # policy types
    Law: URIRef
    Regulation: URIRef
    ImplementingRule: URIRef
    Reform: URIRef
    Programme: URIRef
    Fund: URIRef
    PilotZone: URIRef
    PolicyInstrument: URIRef
    # concept types (Concept and Policy double as the generic types of their category)
    Technology: URIRef
    Sector: URIRef
    Event: URIRef
    # statements and their anchors
    Document: URIRef
    Work: URIRef
    GeneratedContent: URIRef
    TextGeneration: URIRef
    Curation: URIRef
    Extraction: URIRef
    Statement: URIRef
    Claim: URIRef
    Mention: URIRef
    ClaimRelation: URIRef
    ActorRelation: URIRef
    Stance: URIRef
    ProvenanceKind: URIRef
    Asserts: URIRef
    Denies: URIRef
    Hedges: URIRef
    Questions: URIRef
    Curated: URIRef
    Extracted: URIRef
    # properties
    speaker: URIRef
    relayedBy: URIRef
    stance: URIRef
    machineGenerated: URIRef
    inDocument: URIRef
    forDocument: URIRef
    documentCount: URIRef
    appearsIn: URIRef
    tiesActor: URIRef
    tiesPolicy: URIRef
    tiesPlace: URIRef
    tiesConcept: URIRef
    anchor: URIRef
    provenance: URIRef
    confidence: URIRef
    method: URIRef
    rationale: URIRef
    summary: URIRef
    caveat: URIRef
    byline: URIRef
    dateNote: URIRef
    sourceFile: URIRef
    republishes: URIRef
    republishedBy: URIRef
    # actor–policy / actor–place relations
    funds: URIRef
    investsIn: URIRef
    implements: URIRef
    issues: URIRef
    regulates: URIRef
    regulatedBy: URIRef
    locatedIn: URIRef
    foundedIn: URIRef
    foundedBy: URIRef
    partOf: URIRef
    benefitsFrom: URIRef
    favours: URIRef
    criticises: URIRef
    advocates: URIRef
    coordinates: URIRef
    cooperatesWith: URIRef
    appliesTo: URIRef
    competesWith: URIRef


PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "kgr": str(KGR),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "oa": str(OA),
    "dcterms": "http://purl.org/dc/terms/",
    "cito": str(CITO),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
    "void": "http://rdfs.org/ns/void#",
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, so users' queries can use them undeclared."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


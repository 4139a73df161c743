"""The N-Triples keys of the terms the row readers look up (kg.analytics, kg.viewer.select), made once.

Why a module of its own: both readers find properties, classes and vocabulary names by the key strings the
dataset's rows hold; one table keeps them from drifting apart.
"""

from __future__ import annotations

from kg.terms import DCTERMS, KGO, OA, PROV, RDF, RDFS, SCHEMA, SKOS
from kg.vocab import ACTOR_RELATIONS, CLAIM_RELATIONS, ENTITY_TYPES, STANCES


def term_key(iri: str) -> str:
    """The N-Triples key of an IRI, as the dataset's rows hold it."""
    return f"<{iri}>"


_k = term_key
TYPE_KEY = _k(RDF.type)

# vocabulary names by key
ACTOR_NAMES = {_k(iri): name for name, iri in ACTOR_RELATIONS.items()}
CLAIM_REL_NAMES = {_k(iri): name for name, iri in CLAIM_RELATIONS.items()}
STANCE_NAMES = {_k(iri): name for name, iri in STANCES.items()}
TYPE_NAMES = {_k(own): name for name, (own, _cat, _reused) in ENTITY_TYPES.items()}

# properties
P_TYPE = TYPE_KEY
P_IDENTIFIER, P_TITLE, P_LANGUAGE = _k(DCTERMS.identifier), _k(DCTERMS.title), _k(DCTERMS.language)
P_PUBLISHED, P_SOURCE_FILE, P_PREF_LABEL = _k(SCHEMA.datePublished), _k(KGO.sourceFile), _k(SKOS.prefLabel)
P_LABEL, P_ALT_LABEL, P_SAME_AS = _k(RDFS.label), _k(SKOS.altLabel), _k(SCHEMA.sameAs)
P_DESCRIPTION, P_PROVENANCE, P_CONFIDENCE = _k(SCHEMA.description), _k(KGO.provenance), _k(KGO.confidence)
P_IN_DOCUMENT, P_TEXT, P_MACHINE = _k(KGO.inDocument), _k(SCHEMA.text), _k(KGO.machineGenerated)
P_SUMMARY, P_STANCE, P_ABOUT = _k(KGO.summary), _k(KGO.stance), _k(SCHEMA.about)
P_SPEAKER, P_RELAYED_BY, P_DERIVED_FROM = _k(KGO.speaker), _k(KGO.relayedBy), _k(PROV.wasDerivedFrom)
P_ANCHOR, P_SELECTOR, P_EXACT = _k(KGO.anchor), _k(OA.hasSelector), _k(OA.exact)
P_START, P_END, P_PREFIX, P_SUFFIX = _k(OA.start), _k(OA.end), _k(OA.prefix), _k(OA.suffix)
P_SUBJECT, P_PREDICATE, P_OBJECT = _k(RDF.subject), _k(RDF.predicate), _k(RDF.object)
P_RATIONALE, P_BODY, P_AUTHOR = _k(KGO.rationale), _k(OA.hasBody), _k(SCHEMA.author)
P_PUBLISHER, P_EDITOR, P_PART_OF = _k(DCTERMS.publisher), _k(SCHEMA.editor), _k(DCTERMS.isPartOf)
P_ATTRIBUTED_TO, P_CAVEAT = _k(PROV.wasAttributedTo), _k(KGO.caveat)

# classes and provenance kinds
C_DOCUMENT, C_CLAIM, C_MENTION = _k(KGO.Document), _k(KGO.Claim), _k(KGO.Mention)
C_ACTOR_RELATION, C_CLAIM_RELATION = _k(KGO.ActorRelation), _k(KGO.ClaimRelation)
C_GENERATED, C_EXTRACTED, C_CURATED = _k(KGO.GeneratedContent), _k(KGO.Extracted), _k(KGO.Curated)

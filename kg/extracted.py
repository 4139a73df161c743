"""Extraction in the corpus: which documents are extracted, and their facts as RDF in graph/extracted/<doc>.

Only documents without hand curation (no `seeds/curation/claims/<id>.yaml`) are extracted: curated facts
always win, and an extracted copy of a curated text would only repeat it with less care. Every extracted
statement is marked `kgo:provenance kgo:Extracted`, carries `kgo:confidence` and names the extraction
activity (extractor and version). Facts the shapes would reject (a located-in that points at a non-place …)
are dropped here, so extraction noise never breaks a build. A claim whose sentence names no reported entity is
kept, about nothing: its quote, speaker and stance are still facts of the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from kg import __version__
from kg.anchor import make_anchor
from kg.extract import CorpusClaim, Extraction, extract, extractor_version, polarity_of
from kg.extract.resolve import entity_id_for
from kg.gazetteer import Gazetteer
from kg.model import Corpus, Document, Entity
from kg.namespaces import KGR
from kg.quads import GraphSink, lit
from kg.rdf import (
    add_actor_relation,
    add_claim,
    add_claim_relation,
    add_mention,
    confidence_literal,
    document_iri,
    entity_iri,
)
from kg.terms import DCTERMS, KGO, PROV, RDF, RDFS, SKOS
from kg.textnorm import to_traditional
from kg.vocab import ACTOR_RELATIONS, CLAIM_RELATIONS, ENTITY_TYPES, STANCES


def activity_iri() -> URIRef:
    return KGR[f"activity/extraction/{extractor_version()}"]

PLACE_OBJECTS = {"located-in", "founded-in"}
ACTOR_SUBJECTS = {"funds", "invests-in", "issues", "regulates", "criticises", "advocates", "coordinates"}
ACTOR_OBJECTS = {"founded-by"}


def to_extract(corpus: Corpus) -> list[Document]:
    """Documents with no curated claims file: the ones `kg build` extracts."""
    curated = {c.document for c in corpus.curation.claims.values()} | corpus.curation.curated_documents
    return [d for d in corpus.documents.values() if d.id not in curated]


def corpus_claims(corpus: Corpus) -> list[CorpusClaim]:
    """Curated claims as the extractor's linking targets."""
    return [
        CorpusClaim(c.id, c.anchor.exact, c.about, c.stance, polarity_of(c.anchor.exact, c.stance))
        for c in sorted(corpus.curation.claims.values(), key=lambda c: c.id)
    ]


def extract_document(doc: Document, gazetteer: Gazetteer | None, claims: Iterable[CorpusClaim]) -> Extraction:
    return extract(doc.text, gazetteer, author=doc.author, doc_id=doc.id, corpus_claims=list(claims))


def add_activity(g: GraphSink) -> None:
    """The extraction activity itself: which extractor and version produced the extracted graphs."""
    act, version = activity_iri(), extractor_version()
    g.add((act, RDF.type, PROV.Activity))
    g.add((act, RDF.type, KGO.Extraction))
    g.add((act, RDFS.label, lit(f"kg extractor {version}", "en")))
    g.add((act, KGO.method, lit(f"kg.extract {version} (kg {__version__})")))
    g.add((act, PROV.wasAssociatedWith, KGR[f"software/kg-{__version__}"]))


def extraction_graph(doc: Document, ex: Extraction, curated: dict[str, Entity], g: GraphSink,
                     curated_claims: frozenset[str] = frozenset()) -> None:
    """One document's extraction as RDF, written into `g` (the dataset's graph/extracted/<doc>)."""
    act, version = activity_iri(), extractor_version()
    types: dict[str, str] = {eid: e.type for eid, e in curated.items()}
    for ent in ex.entities:
        types.setdefault(ent.id, ent.type)
        if ent.id not in curated:
            _add_new_entity(g, ent.id, ent.label, ent.type, ent.confidence, act)
        for m in ent.mentions:
            add_mention(g, KGR[f"extracted/{doc.id}/mention/{m.start}-{m.end}"], ent.id, doc.id,
                        make_anchor(doc.id, doc.text, m.start, m.end), act, KGO.Extracted, ent.confidence)
    kept_claims: set[str] = set()
    for c in ex.claims:
        about = [a for a in c.about if a in types]
        if c.stance not in STANCES:
            continue
        kept_claims.add(c.id)
        add_claim(g, c.id, doc, make_anchor(doc.id, doc.text, c.start, c.end), _speaker(g, c.speaker, doc, types, act),
                  c.stance, about, document_iri(doc.id), act, KGO.Extracted, confidence=c.confidence)
    for r in ex.relations:
        if _relation_ok(r.subject, r.predicate, r.object, types):
            node = KGR[f"extracted/{doc.id}/relation/{r.subject}--{r.predicate}--{r.object}--{r.start}"]
            add_actor_relation(g, node, r.subject, r.predicate, r.object, doc.id,
                               make_anchor(doc.id, doc.text, r.start, r.end), act, KGO.Extracted,
                               (types[r.subject], types[r.object]), confidence=r.confidence)
    for cr in ex.claim_relations:
        if cr.relation in CLAIM_RELATIONS and cr.claim in kept_claims and (
                cr.other in kept_claims or cr.other in curated_claims):
            basis = "contrast" if cr.relation != "supports" else "same polarity"
            add_claim_relation(g, cr.claim, cr.relation, cr.other,
                               f"extractor {version}: shared subjects and {basis}", act,
                               KGO.Extracted, cr.confidence)


def _add_new_entity(g: GraphSink, eid: str, label: str, etype: str, confidence: float, act: URIRef) -> None:
    """An entity curation does not know: typed, labelled in both scripts, marked as extracted."""
    node = entity_iri(eid)
    own, category, reused = ENTITY_TYPES.get(etype, ENTITY_TYPES["Concept"])
    for cls in sorted({own, category, reused}):
        g.add((node, RDF.type, cls))
    g.add((node, DCTERMS.identifier, lit(eid)))
    for lang, text in (("zh-Hans", label), ("zh-Hant", to_traditional(label))):
        g.add((node, SKOS.prefLabel, lit(text, lang)))
        g.add((node, RDFS.label, lit(text, lang)))
    g.add((node, KGO.provenance, KGO.Extracted))
    g.add((node, KGO.confidence, confidence_literal(confidence)))
    g.add((node, PROV.wasGeneratedBy, act))


def _speaker(g: GraphSink, speaker: str | None, doc: Document, types: dict[str, str], act: URIRef) -> str:
    """An entity id for whoever speaks: a known entity, else a new actor named by the phrase, else the author."""
    if not speaker or speaker == doc.author:
        return doc.author
    if speaker in types:
        return speaker if _category(types[speaker]) == "Actor" else doc.author
    eid = entity_id_for(speaker)
    if eid not in types:
        _add_new_entity(g, eid, speaker, "ActorGroup", 0.5, act)
        types[eid] = "ActorGroup"
    return eid


def _category(etype: str | None) -> str | None:
    if etype not in ENTITY_TYPES:
        return None
    return str(ENTITY_TYPES[etype][1]).rsplit("#", 1)[-1]


def _relation_ok(subject: str, predicate: str, obj: str, types: dict[str, str]) -> bool:
    """The shapes' rules for relation ends, applied before the fact enters the graph."""
    if predicate not in ACTOR_RELATIONS or subject not in types or obj not in types or subject == obj:
        return False
    if predicate in PLACE_OBJECTS and _category(types[obj]) != "Place":
        return False
    if predicate in ACTOR_SUBJECTS and _category(types[subject]) != "Actor":
        return False
    if predicate in ACTOR_OBJECTS and _category(types[obj]) != "Actor":
        return False
    return True

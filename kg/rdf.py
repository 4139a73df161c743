"""Turns the loaded corpus into an RDF dataset: one named graph per concern, IRIs from slugs, no blank nodes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import resources
from urllib.parse import quote as urlquote

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import __version__
from kg.model import Anchor, Corpus, Document, Entity
from kg.namespaces import GRAPH, KGR, PREFIXES, WD
from kg.quads import GraphSink, QuadDataset, boolean, lit, typed
from kg.terms import DCTERMS, KGO, OA, PROV, RDF, RDFS, SCHEMA, SKOS
from kg.textnorm import detect_script, to_simplified, to_traditional
from kg.vocab import ACTOR_RELATIONS, CLAIM_RELATIONS, ENTITY_TYPES, GENRES, STANCES

_IRI_SAFE = re.compile(r"[\w-]+")
ONTOLOGY_GRAPH = GRAPH["ontology"]
DOCUMENTS_GRAPH = GRAPH["documents"]
ENTITIES_GRAPH = GRAPH["entities"]
CROSS_GRAPH = GRAPH["curated/cross-document"]
CURATION_ACTIVITY = KGR["activity/curation"]


def curated_graph(doc_id: str) -> URIRef:
    return GRAPH[f"curated/{doc_id}"]


def extracted_graph(doc_id: str) -> URIRef:
    return GRAPH[f"extracted/{doc_id}"]


def entity_iri(eid: str) -> URIRef:
    """Readable IRIs: slugs and extracted ids (letters of any script, digits, '-', '_') stay as they are."""
    return KGR[f"entity/{eid if _IRI_SAFE.fullmatch(eid) else urlquote(eid, safe='-')}"]


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"document/{doc_id}"]


def claim_iri(cid: str) -> URIRef:
    return KGR[f"claim/{cid if _IRI_SAFE.fullmatch(cid) else urlquote(cid, safe='-')}"]


def work_iri(doc_id: str, wid: str) -> URIRef:
    return KGR[f"work/{wid}"]


def content_source_iri(doc_id: str, sid: str) -> URIRef:
    return KGR[f"content/{doc_id}/{sid}"]


def ontology_graph() -> Graph:
    """The packaged ontology (found through the installed package, never through the repo)."""
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("data/ontology.ttl").read_text("utf-8"), format="turtle")
    return g


def bind_prefixes(g: Graph) -> None:
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True, replace=True)
    g.bind("graph", str(GRAPH))


def add_anchor(g: GraphSink, node: URIRef, anchor: Anchor) -> None:
    """Web Annotation anchor: a SpecificResource on the document with quote and position selectors."""
    target = URIRef(f"{node}/anchor")
    quote_sel = URIRef(f"{target}/quote")
    pos_sel = URIRef(f"{target}/position")
    g.add((node, KGO.anchor, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, document_iri(anchor.document)))
    g.add((target, OA.hasSelector, quote_sel))
    g.add((target, OA.hasSelector, pos_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, lit(anchor.exact)))
    g.add((quote_sel, OA.prefix, lit(anchor.prefix)))
    g.add((quote_sel, OA.suffix, lit(anchor.suffix)))
    g.add((pos_sel, RDF.type, OA.TextPositionSelector))
    g.add((pos_sel, OA.start, typed(str(anchor.start), "nonNegativeInteger")))
    g.add((pos_sel, OA.end, typed(str(anchor.end), "nonNegativeInteger")))


def _date_literal(value: str) -> ox.Literal:
    return typed(value, {4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)])


def add_entity(g: GraphSink, e: Entity) -> None:
    node = entity_iri(e.id)
    own, category, reused = ENTITY_TYPES[e.type]
    for cls in sorted({own, category, reused}):
        g.add((node, RDF.type, cls))
    g.add((node, DCTERMS.identifier, lit(e.id)))
    for lang, label in sorted(e.labels.items()):
        g.add((node, SKOS.prefLabel, lit(label, lang)))
        g.add((node, RDFS.label, lit(label, lang)))
    for alias in e.aliases:
        script = detect_script(alias)
        g.add((node, SKOS.altLabel, lit(alias, script if script != "und" else None)))
    if e.wikidata:
        g.add((node, SCHEMA.sameAs, WD[e.wikidata]))
    if e.description:
        g.add((node, SCHEMA.description, lit(e.description, "en")))


def add_agent(g: GraphSink, eid: str, name: str, etype: str) -> None:
    """An author or publisher named only in a document's metadata (added documents)."""
    node = entity_iri(eid)
    own, category, reused = ENTITY_TYPES.get(etype, ENTITY_TYPES["Person"])
    for cls in sorted({own, category, reused}):
        g.add((node, RDF.type, cls))
    g.add((node, DCTERMS.identifier, lit(eid)))
    for lang, label in (("zh-Hans", to_simplified(name)), ("zh-Hant", to_traditional(name))):
        g.add((node, SKOS.prefLabel, lit(label, lang)))
        g.add((node, RDFS.label, lit(label, lang)))


def add_document(g: GraphSink, doc: Document) -> None:
    node = document_iri(doc.id)
    for eid, (name, etype) in sorted(doc.agents.items()):
        add_agent(g, eid, name, etype)
    g.add((node, RDF.type, KGO.Document))
    g.add((node, RDF.type, GENRES[doc.genre]))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, DCTERMS.identifier, lit(doc.id)))
    g.add((node, DCTERMS.title, lit(doc.title, doc.language)))
    g.add((node, RDFS.label, lit(doc.title, doc.language)))
    g.add((node, DCTERMS.language, lit(doc.language)))
    g.add((node, SCHEMA.author, entity_iri(doc.author)))
    g.add((node, DCTERMS.creator, entity_iri(doc.author)))
    g.add((node, PROV.wasAttributedTo, entity_iri(doc.author)))
    g.add((node, DCTERMS.publisher, entity_iri(doc.publisher)))
    if doc.date:
        g.add((node, SCHEMA.datePublished, _date_literal(doc.date)))
    g.add((node, KGO.sourceFile, lit(doc.path)))
    g.add((node, SCHEMA.text, lit(doc.text)))
    for prop, value in ((KGO.byline, doc.byline), (KGO.dateNote, doc.date_note)):
        if value:
            g.add((node, prop, lit(value)))
    if doc.url:
        g.add((node, SCHEMA.url, typed(doc.url, "anyURI")))
    if doc.editor:
        g.add((node, SCHEMA.editor, entity_iri(doc.editor)))
    for w in doc.derived_from:
        wnode = work_iri(doc.id, w.id)
        g.add((node, PROV.wasDerivedFrom, wnode))
        if w.relation == "republishes":
            g.add((node, KGO.republishes, wnode))
            g.add((wnode, KGO.republishedBy, entity_iri(doc.publisher)))
        g.add((wnode, RDF.type, KGO.Work))
        g.add((wnode, RDF.type, GENRES[w.genre]))
        g.add((wnode, RDF.type, PROV.Entity))
        if w.title:
            g.add((wnode, DCTERMS.title, lit(w.title, doc.language)))
            g.add((wnode, RDFS.label, lit(w.title, doc.language)))
        if w.author:
            g.add((wnode, SCHEMA.author, entity_iri(w.author)))
            g.add((wnode, PROV.wasAttributedTo, entity_iri(w.author)))
        if w.publisher:
            g.add((wnode, DCTERMS.publisher, entity_iri(w.publisher)))
        if w.anchor:
            add_anchor(g, wnode, w.anchor)
    for s in doc.content_sources:
        snode = content_source_iri(doc.id, s.id)
        g.add((snode, RDF.type, KGO.GeneratedContent if s.generated_by else PROV.Entity))
        g.add((snode, RDF.type, PROV.Entity))
        g.add((snode, DCTERMS.isPartOf, node))
        g.add((snode, RDFS.label, lit(f"{s.id} ({doc.id})")))
        if s.part_of:
            g.add((snode, PROV.wasDerivedFrom, work_iri(doc.id, s.part_of)))
        if s.generated_by:
            act = KGR[f"activity/generation/{doc.id}/{s.id}"]
            g.add((snode, PROV.wasGeneratedBy, act))
            g.add((snode, PROV.wasAttributedTo, entity_iri(s.generated_by)))
            g.add((act, RDF.type, PROV.Activity))
            g.add((act, RDF.type, KGO.TextGeneration))
            g.add((act, PROV.wasAssociatedWith, entity_iri(s.generated_by)))
            g.add((act, RDFS.label, lit(f"text generation for {doc.id}", "en")))
        if s.relayed_by:
            g.add((snode, KGO.relayedBy, entity_iri(s.relayed_by)))
        if s.caveat:
            g.add((snode, KGO.caveat, lit(s.caveat, doc.language)))
        if s.anchor:
            add_anchor(g, snode, s.anchor)


def confidence_literal(value: float) -> ox.Literal:
    """xsd:decimal with three places, written from a string so the lexical form is exact and stable."""
    return typed(f"{min(1.0, max(0.0, value)):.3f}", "decimal")


def mark_provenance(g: GraphSink, node: URIRef, doc_id: str, activity: URIRef, kind: URIRef,
                    confidence: float | None = None) -> None:
    """What every statement carries: its document, curated-or-extracted, the activity that made it."""
    g.add((node, KGO.inDocument, document_iri(doc_id)))
    g.add((node, KGO.provenance, kind))
    g.add((node, PROV.wasGeneratedBy, activity))
    if confidence is not None:
        g.add((node, KGO.confidence, confidence_literal(confidence)))


def add_claim(g: GraphSink, claim_id: str, doc: Document, anchor: Anchor, speaker: str, stance: str,
              about: Iterable[str], origin: URIRef, activity: URIRef, kind: URIRef, *,
              summary: str | None = None, machine_generated: bool = False, relayed_by: str | None = None,
              confidence: float | None = None) -> URIRef:
    """A claim node with its quote, speaker, stance, subjects, origin (document or content) and anchor."""
    node = claim_iri(claim_id)
    g.add((node, RDF.type, KGO.Claim))
    g.add((node, RDF.type, SCHEMA.Claim))
    g.add((node, DCTERMS.identifier, lit(claim_id)))
    g.add((node, SCHEMA.text, lit(anchor.exact, doc.language)))
    g.add((node, RDFS.label, lit(anchor.exact, doc.language)))
    g.add((node, KGO.speaker, entity_iri(speaker)))
    g.add((node, PROV.wasAttributedTo, entity_iri(speaker)))
    g.add((node, KGO.stance, STANCES[stance]))
    for entity in about:
        g.add((node, SCHEMA.about, entity_iri(entity)))
        g.add((entity_iri(entity), KGO.appearsIn, document_iri(doc.id)))
    if summary:
        g.add((node, KGO.summary, lit(summary, "en")))
    g.add((node, KGO.machineGenerated, boolean(machine_generated)))
    g.add((node, PROV.wasDerivedFrom, origin))
    if relayed_by:
        g.add((node, KGO.relayedBy, entity_iri(relayed_by)))
    mark_provenance(g, node, doc.id, activity, kind, confidence)
    add_anchor(g, node, anchor)
    return node


def add_statement(g: GraphSink, node: URIRef, cls: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef) -> None:
    """The direct triple plus its reified record (rdf:Statement), which carries rationale and provenance."""
    g.add((subject, predicate, obj))
    g.add((node, RDF.type, cls))
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))


# An actor relation's end, by the category of its type: kgo:tiesActor, kgo:tiesPolicy ... (see the ontology).
TIES = {KGO.Actor: KGO.tiesActor, KGO.Policy: KGO.tiesPolicy, KGO.Place: KGO.tiesPlace, KGO.Concept: KGO.tiesConcept}


def add_actor_relation(g: GraphSink, node: URIRef, subject: str, predicate: str, obj: str, doc_id: str,
                       anchor: Anchor, activity: URIRef, kind: URIRef, end_types: tuple[str, str],
                       rationale: str | None = None, confidence: float | None = None) -> None:
    """The relation, its record, and one kgo:ties… triple per end (`end_types`: the ends' entity types), which
    lets questions about relations between two categories start from the records they want."""
    add_statement(g, node, KGO.ActorRelation, entity_iri(subject), ACTOR_RELATIONS[predicate], entity_iri(obj))
    for end, etype in zip((subject, obj), end_types, strict=True):
        g.add((node, TIES[ENTITY_TYPES.get(etype, ENTITY_TYPES["Concept"])[1]], entity_iri(end)))
    if rationale:
        g.add((node, KGO.rationale, lit(rationale, "en")))
    mark_provenance(g, node, doc_id, activity, kind, confidence)
    add_anchor(g, node, anchor)


def add_claim_relation(g: GraphSink, source: str, relation: str, target: str, rationale: str, activity: URIRef,
                       kind: URIRef, confidence: float | None = None) -> None:
    node = KGR[f"claim-relation/{source}--{relation}--{target}"]
    add_statement(g, node, KGO.ClaimRelation, claim_iri(source), CLAIM_RELATIONS[relation], claim_iri(target))
    g.add((node, KGO.rationale, lit(rationale, "en")))
    g.add((node, KGO.provenance, kind))
    if confidence is not None:
        g.add((node, KGO.confidence, confidence_literal(confidence)))
    g.add((node, PROV.wasGeneratedBy, activity))


def add_mention(g: GraphSink, node: URIRef, entity: str, doc_id: str, anchor: Anchor, activity: URIRef,
                kind: URIRef, confidence: float | None = None) -> None:
    g.add((node, RDF.type, KGO.Mention))
    g.add((node, RDF.type, OA.Annotation))
    g.add((node, OA.motivatedBy, OA.identifying))
    g.add((node, OA.hasBody, entity_iri(entity)))
    g.add((node, OA.hasTarget, URIRef(f"{node}/anchor")))
    g.add((entity_iri(entity), KGO.appearsIn, document_iri(doc_id)))
    mark_provenance(g, node, doc_id, activity, kind, confidence)
    add_anchor(g, node, anchor)


def add_curated_document(ds: QuadDataset, corpus: Corpus, doc: Document) -> None:
    cur = corpus.curation
    g = ds.sink(curated_graph(doc.id))
    for claim in sorted((c for c in cur.claims.values() if c.document == doc.id), key=lambda c: c.id):
        origin = content_source_iri(doc.id, claim.source) if claim.source else document_iri(doc.id)
        add_claim(g, claim.id, doc, claim.anchor, claim.speaker, claim.stance, claim.about, origin,
                  CURATION_ACTIVITY, KGO.Curated, summary=claim.summary,
                  machine_generated=claim.machine_generated, relayed_by=claim.relayed_by)
    for rel in (r for r in cur.actor_relations if r.document == doc.id):
        node = KGR[f"relation/{doc.id}/{rel.subject}--{rel.predicate}--{rel.object}--{rel.anchor.start}"]
        ends = (cur.entities[rel.subject].type, cur.entities[rel.object].type)
        add_actor_relation(g, node, rel.subject, rel.predicate, rel.object, doc.id, rel.anchor,
                           CURATION_ACTIVITY, KGO.Curated, ends, rel.rationale)
    for m in (m for m in cur.mentions if m.document == doc.id):
        add_mention(g, KGR[f"mention/{doc.id}/{m.anchor.start}-{m.anchor.end}"], m.entity, doc.id, m.anchor,
                    CURATION_ACTIVITY, KGO.Curated)


def add_claim_relations(corpus: Corpus, graph_for: Callable[[str, str], GraphSink]) -> None:
    claims = corpus.curation.claims
    for rel in corpus.curation.claim_relations:
        g = graph_for(claims[rel.source].document, claims[rel.target].document)
        add_claim_relation(g, rel.source, rel.relation, rel.target, rel.rationale, CURATION_ACTIVITY, KGO.Curated)


def build_dataset(corpus: Corpus) -> QuadDataset:
    """The curated corpus as quads (extracted graphs are added in place by kg.build.add_extracted)."""
    ds = QuadDataset()
    onto = ds.sink(ONTOLOGY_GRAPH)
    for t in ox.parse(resources.files("kg").joinpath("data/ontology.ttl").read_bytes(), format=ox.RdfFormat.TURTLE):
        onto.add((t.subject, t.predicate, t.object))
    docs_g = ds.sink(DOCUMENTS_GRAPH)
    docs_g.add((CURATION_ACTIVITY, RDF.type, PROV.Activity))
    docs_g.add((CURATION_ACTIVITY, RDF.type, KGO.Curation))
    docs_g.add((CURATION_ACTIVITY, RDFS.label, lit("hand curation of seeds/curation", "en")))
    docs_g.add((CURATION_ACTIVITY, PROV.wasAssociatedWith, KGR[f"software/kg-{__version__}"]))
    docs_g.add((KGR[f"software/kg-{__version__}"], RDF.type, PROV.SoftwareAgent))
    docs_g.add((KGR[f"software/kg-{__version__}"], RDFS.label, lit(f"kg {__version__}")))
    for doc in corpus.documents.values():
        add_document(docs_g, doc)
    ent_g = ds.sink(ENTITIES_GRAPH)
    for e in corpus.curation.entities.values():
        add_entity(ent_g, e)
    for doc in corpus.documents.values():
        add_curated_document(ds, corpus, doc)

    def graph_for(doc_a: str, doc_b: str) -> GraphSink:
        return ds.sink(curated_graph(doc_a) if doc_a == doc_b else CROSS_GRAPH)

    add_claim_relations(corpus, graph_for)
    return ds

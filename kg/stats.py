"""Statement statistics per document, as VoID class partitions in their own named graph.

Why: counting the claims, mentions and actor relations of every document by provenance joins three triples per
statement (~40k statements at 1M triples: 100+ ms in Oxigraph), while the counts change only when the graph is
built. Computed once at build time, the `provenance-counts` question reads a few hundred triples instead.

Shape (one node per document, provenance and kind that has at least one statement):

    GRAPH <https://w3id.org/kgcn/graph/stats> {
      kgr:stats/document/000_…/Curated/Claim a void:Dataset ;
          kgo:forDocument kgr:document/000_… ; kgo:provenance kgo:Curated ;
          void:class kgo:Claim ; void:entities 56 .
    }

A statement counts once per (document, provenance, kind) it has, however many named graphs repeat its triples.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg.namespaces import BASE, PREFIXES
from kg.quads import QuadDataset

VOID = "http://rdfs.org/ns/void#"
STATS_GRAPH = ox.NamedNode(BASE + "graph/stats")
STATS_PREFIX = PREFIXES["kgr"] + "stats/"

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
IN_DOCUMENT = ox.NamedNode(PREFIXES["kgo"] + "inDocument")
PROVENANCE = ox.NamedNode(PREFIXES["kgo"] + "provenance")
APPEARS_IN = ox.NamedNode(PREFIXES["kgo"] + "appearsIn")
DOCUMENT_COUNT = ox.NamedNode(PREFIXES["kgo"] + "documentCount")  # entity -> how many documents it appears in
FOR_DOCUMENT = ox.NamedNode(PREFIXES["kgo"] + "forDocument")  # new ontology term: partition -> its document
VOID_DATASET = ox.NamedNode(VOID + "Dataset")
VOID_CLASS = ox.NamedNode(VOID + "class")
VOID_ENTITIES = ox.NamedNode(VOID + "entities")
# The kinds of statement the `provenance-counts` question reports.
COUNTED_KINDS = tuple(ox.NamedNode(PREFIXES["kgo"] + k) for k in ("Claim", "Mention", "ActorRelation"))

Subject = ox.NamedNode | ox.BlankNode
Object = ox.NamedNode | ox.BlankNode | ox.Literal


# The same join the `provenance-counts` question falls back on, run by Oxigraph over the union of the graphs.
_KINDS = " ".join(f"<{k.value}>" for k in COUNTED_KINDS)
_COUNT_QUERY = f"""
SELECT ?document ?provenance ?kind (COUNT(DISTINCT ?statement) AS ?n) WHERE {{
  VALUES ?kind {{ {_KINDS} }}
  ?statement a ?kind ; <{IN_DOCUMENT.value}> ?document ; <{PROVENANCE.value}> ?provenance .
}}
GROUP BY ?document ?provenance ?kind
"""


def _counts_in_store(store: ox.Store) -> Counter[tuple[Object, Object, ox.NamedNode]]:
    """Counted by Oxigraph: ~0.1 s at 1M triples, where reading the quads into Python takes ~1 s."""
    counts: Counter[tuple[Object, Object, ox.NamedNode]] = Counter()
    for row in store.query(_COUNT_QUERY, use_default_graph_as_union=True):
        counts[(row[0], row[1], row[2])] = int(row[3].value)
    return counts


def _counts_in_quads(quads: Iterable[ox.Quad]) -> Counter[tuple[Object, Object, ox.NamedNode]]:
    """The same counts from quads read once (for sources that are not a store, e.g. a generator's output)."""
    kinds: dict[Subject, set[ox.NamedNode]] = defaultdict(set)
    documents: dict[Subject, set[Object]] = defaultdict(set)
    provenances: dict[Subject, set[Object]] = defaultdict(set)
    counted = set(COUNTED_KINDS)
    for quad in quads:
        if quad.predicate == RDF_TYPE:
            if quad.object in counted:
                kinds[quad.subject].add(quad.object)
        elif quad.predicate == IN_DOCUMENT:
            documents[quad.subject].add(quad.object)
        elif quad.predicate == PROVENANCE:
            provenances[quad.subject].add(quad.object)
    counts: Counter[tuple[Object, Object, ox.NamedNode]] = Counter()
    for statement, its_kinds in kinds.items():
        for document in documents.get(statement, ()):
            for provenance in provenances.get(statement, ()):
                for kind in its_kinds:
                    counts[(document, provenance, kind)] += 1
    return counts


def _local(iri: str) -> str:
    """A short, IRI-safe path segment for a term: the part after our resource or ontology namespace, else a digest of
    the whole IRI (so two terms from elsewhere never share a node by accident of their spelling)."""
    if iri.startswith(PREFIXES["kgr"]):
        return iri[len(PREFIXES["kgr"]):]
    if iri.startswith(PREFIXES["kgo"]):
        return iri[len(PREFIXES["kgo"]):]
    digest = hashlib.sha1(iri.encode("utf-8")).hexdigest()[:16]
    return f"iri-{digest}"


def _counts_in_rows(ds: QuadDataset) -> Counter[tuple[Object, Object, ox.NamedNode]]:
    """The same counts from the build's rows (N-Triples keys): one pass, no store, no Quad objects."""
    type_key, doc_key, prov_key = (f"<{t.value}>" for t in (RDF_TYPE, IN_DOCUMENT, PROVENANCE))
    counted = {f"<{k.value}>": k for k in COUNTED_KINDS}
    kinds: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    provenances: dict[str, set[str]] = defaultdict(set)
    for _, s, _, p, o in ds.rows():
        if p == type_key:
            if o in counted:
                kinds[s].add(o)
        elif p == doc_key:
            documents[s].add(o)
        elif p == prov_key:
            provenances[s].add(o)
    counts: Counter[tuple[Object, Object, ox.NamedNode]] = Counter()
    for statement, its_kinds in kinds.items():
        for document in documents.get(statement, ()):
            for provenance in provenances.get(statement, ()):
                if document[0] == "<" and provenance[0] == "<":  # only IRIs are reported (see below)
                    for kind in its_kinds:
                        counts[(ox.NamedNode(document[1:-1]), ox.NamedNode(provenance[1:-1]), counted[kind])] += 1
    return counts


def _document_counts(source: ox.Store | QuadDataset | Iterable[ox.Quad]) -> Counter[ox.NamedNode]:
    """Entity -> number of distinct documents it appears in (kgo:appearsIn), for entities that are IRIs."""
    pairs: set[tuple[str, str]] = set()
    if isinstance(source, QuadDataset):
        key = f"<{APPEARS_IN.value}>"
        pairs = {(s[1:-1], o) for _, s, _, p, o in source.rows() if p == key and s[0] == "<"}
    else:
        quads = source.quads_for_pattern(None, APPEARS_IN, None, None) if isinstance(source, ox.Store) else (
            q for q in source if q.predicate == APPEARS_IN)
        pairs = {(q.subject.value, str(q.object)) for q in quads if isinstance(q.subject, ox.NamedNode)}
    return Counter(ox.NamedNode(entity) for entity, _ in pairs)


def statement_counts(source: ox.Store | QuadDataset | Iterable[ox.Quad]) -> list[ox.Quad]:
    """The statistics quads for every document in `source`, sorted (deterministic output for the exports), and
    each entity's kgo:documentCount.

    Each counted statement is a subject typed kgo:Claim, kgo:Mention or kgo:ActorRelation with kgo:inDocument and
    kgo:provenance, in any graph (the same join the question makes over the union of the graphs). Pure: reads
    `source`, returns new quads, changes nothing."""
    if not isinstance(source, (ox.Store, QuadDataset)):
        source = list(source)  # read twice below
    if isinstance(source, ox.Store):
        counts = _counts_in_store(source)
    elif isinstance(source, QuadDataset):
        counts = _counts_in_rows(source)
    else:
        counts = _counts_in_quads(source)
    quads = []
    for (document, provenance, kind), n in counts.items():
        if not isinstance(document, ox.NamedNode) or not isinstance(provenance, ox.NamedNode):
            continue  # a literal or blank node is no document or provenance kind to report on
        node = ox.NamedNode(f"{STATS_PREFIX}{_local(document.value)}/{_local(provenance.value)}/{_local(kind.value)}")
        for predicate, obj in ((RDF_TYPE, VOID_DATASET), (FOR_DOCUMENT, document), (PROVENANCE, provenance),
                               (VOID_CLASS, kind), (VOID_ENTITIES, ox.Literal(n))):
            quads.append(ox.Quad(node, predicate, obj, STATS_GRAPH))
    # and per entity the number of documents it appears in (the cross-document-entities question)
    for entity, n in _document_counts(source).items():
        quads.append(ox.Quad(entity, DOCUMENT_COUNT, ox.Literal(n), STATS_GRAPH))
    return sorted(quads, key=lambda q: (q.subject.value, q.predicate.value, str(q.object)))

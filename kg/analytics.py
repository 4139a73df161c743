"""Network questions over the graph: one RDF -> networkx conversion, then plain functions over that graph.

Why one conversion: `kg stats`, `kg path`, `kg contested` and every graph file (GraphML, GEXF, Neo4j CSV,
Cytoscape JSON) must count the same nodes and edges. `to_networkx` is that single place.

The graph is a `MultiDiGraph` (parallel edges kept: one actor relation per quote). Nodes are entities
(`entity:<slug>`, speakers included), claims (`claim:<id>`) and documents (`document:<id>`). Edges carry
`relation` (e.g. `located-in`, `about`, `disputes`) and `kind`:

- ``actor``: actor relations between entities, with the quote, document and provenance behind them;
- ``claim``: claim -> entity ``about``, ``speaker`` and ``relayed-by``;
- ``claim-relation``: claim -> claim ``supports|refutes|disputes|qualifies`` with the rationale;
- ``mention``: entity -> document ``mentioned-in``, one edge per entity and document with a ``count``;
- ``document``: document -> entity ``author``, ``publisher``, ``editor``.

Attribute values are Python scalars or sorted lists; None is never stored (graph writers choke on it).
Nodes and edges are inserted in sorted order, so everything derived from the graph is deterministic.
"""

from __future__ import annotations

import difflib
import math
import statistics
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import unquote

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import KgError, UsageError
from kg.namespaces import GRAPH, KGR
from kg.terms import DCTERMS, KGO, OA, RDF, RDFS, SCHEMA, SKOS
from kg.textnorm import to_simplified, to_traditional
from kg.vocab import ACTOR_RELATIONS, CATEGORY_NAMES, CLAIM_RELATIONS, COUNTER_RELATIONS, ENTITY_TYPES, STANCES

__all__ = [
    "AnalyticsError", "UnknownEntityError", "AmbiguousNameError", "EmptyGraphError", "NoPathError",
    "to_networkx", "node_label", "semantic_view", "stats", "find_entity", "shortest_paths", "Hop", "HopEdge",
    "contested_claims", "dispute_matrix", "PATH_KINDS",
]


class AnalyticsError(KgError):
    """A network question that cannot be answered as asked (unknown name, no path, empty graph)."""


class UnknownEntityError(AnalyticsError):
    """No entity has that label or alias."""


class AmbiguousNameError(AnalyticsError):
    """Several entities match the name; the message lists them."""


class EmptyGraphError(AnalyticsError):
    """The graph holds nothing to analyse."""


class NoPathError(AnalyticsError):
    """The two entities are not connected."""


# --------------------------------------------------------------------------------------------- conversion

_ACTOR_NAMES = {iri: name for name, iri in ACTOR_RELATIONS.items()}
_CLAIM_REL_NAMES = {iri: name for name, iri in CLAIM_RELATIONS.items()}
_STANCE_NAMES = {iri: name for name, iri in STANCES.items()}
_TYPE_NAMES = {own: name for name, (own, _cat, _reused) in ENTITY_TYPES.items()}
_CATEGORY_CLASSES = frozenset(CATEGORY_NAMES)
_PROVENANCE_NAMES = {KGO.Curated: "curated", KGO.Extracted: "extracted"}
_EXTRACTED_GRAPH_PREFIX = str(GRAPH["extracted/"])
_LABEL_KEYS = {"zh-hans": "label_zh_hans", "zh-hant": "label_zh_hant", "en": "label_en"}


class _Index:
    """Subject -> predicate -> sorted objects, plus the named graphs each subject was stated in."""

    def __init__(self, data: Graph) -> None:
        props: dict = defaultdict(lambda: defaultdict(set))
        graphs: dict = defaultdict(set)
        for s, p, o, g in _quads(data):
            props[s][p].add(o)
            if g is not None:
                graphs[s].add(str(g))
        self.props = {s: {p: sorted(os) if len(os) > 1 else list(os) for p, os in ps.items()}
                      for s, ps in props.items()}
        self.graphs = graphs
        self.by_type: dict = defaultdict(list)
        for s, ps in self.props.items():
            for cls in ps.get(RDF.type, ()):
                self.by_type[cls].append(s)

    def all(self, s, p) -> list:
        return self.props.get(s, {}).get(p, [])

    def one(self, s, p):
        values = self.all(s, p)
        return values[0] if values else None

    def subjects_of_type(self, cls: URIRef) -> list:
        return sorted(self.by_type.get(cls, ()))

    def subjects_with(self, predicates) -> list:
        """Subjects that have any of `predicates`, sorted (cheaper than sorting every subject)."""
        return sorted(s for s, ps in self.props.items() if not ps.keys().isdisjoint(predicates))

    def provenance(self, s) -> str:
        """curated wins: a node stated in any curated graph (or with kgo:Curated) is curated."""
        kinds = {_PROVENANCE_NAMES.get(v, "curated") for v in self.all(s, KGO.provenance)}
        if not kinds:
            kinds = {"extracted" if g.startswith(_EXTRACTED_GRAPH_PREFIX) else "curated"
                     for g in self.graphs.get(s, ())} or {"curated"}
        return "curated" if "curated" in kinds else "extracted"


def _quads(data: Graph) -> Iterator[tuple]:
    if isinstance(data, Dataset) or hasattr(data, "ox_quads"):  # rdflib Dataset or kg.quads.QuadDataset
        for s, p, o, g in data.quads((None, None, None, None)):
            yield s, p, o, g
    else:
        for s, p, o in data.triples((None, None, None)):
            yield s, p, o, None


def _tail(iri: URIRef, kind: str) -> str | None:
    prefix = str(KGR[f"{kind}/"])
    text = str(iri)
    return unquote(text[len(prefix):]) if text.startswith(prefix) else None


def _text(value) -> str | None:
    return str(value) if value is not None else None


def _float(value) -> float | None:
    if value is None:
        return None
    try:
        return float(value.toPython() if isinstance(value, Literal) else value)
    except (TypeError, ValueError):
        return None


class _Builder:
    def __init__(self, index: _Index) -> None:
        self.ix = index
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.node_docs: dict[str, set[str]] = defaultdict(set)

    # ids -------------------------------------------------------------------------------------------
    def entity_id(self, iri) -> str | None:
        tail = _tail(iri, "entity")
        if tail is None:
            return None
        ident = self.ix.one(iri, DCTERMS.identifier)
        nid = f"entity:{ident if ident is not None else tail}"
        if nid not in self.nodes:  # referenced but never described: still a node, so no edge is lost
            self.nodes[nid] = {"kind": "entity", "iri": str(iri), "label": str(ident or tail)}
        return nid

    def claim_id(self, iri) -> str | None:
        tail = _tail(iri, "claim")
        return f"claim:{tail}" if tail is not None and f"claim:{tail}" in self.nodes else None

    def document_id(self, iri) -> str | None:
        tail = _tail(iri, "document")
        return f"document:{tail}" if tail is not None and f"document:{tail}" in self.nodes else None

    def add_edge(self, u: str, v: str, key: str, attrs: dict) -> None:
        self.edges[(u, v, key)] = {k: val for k, val in attrs.items() if val is not None}
        for doc in (attrs.get("document"), attrs.get("target_document")):
            if doc:
                self.node_docs[u].add(doc)
                self.node_docs[v].add(doc)

    # nodes -----------------------------------------------------------------------------------------
    def labels(self, s) -> dict[str, str]:
        found: dict[str, str] = {}
        for lit in list(self.ix.all(s, SKOS.prefLabel)) + list(self.ix.all(s, RDFS.label)):
            if not isinstance(lit, Literal):
                continue
            key = _LABEL_KEYS.get((lit.language or "").lower())
            if key and key not in found:
                found[key] = str(lit)
        # both scripts, as the build gives them: fill a missing one by OpenCC from the other
        if "label_zh_hans" in found and "label_zh_hant" not in found:
            found["label_zh_hant"] = to_traditional(found["label_zh_hans"])
        if "label_zh_hant" in found and "label_zh_hans" not in found:
            found["label_zh_hans"] = to_simplified(found["label_zh_hant"])
        return found

    def add_documents(self) -> None:
        for s in self.ix.subjects_of_type(KGO.Document):
            tail = _tail(s, "document")
            if tail is None:
                continue
            title = _text(self.ix.one(s, DCTERMS.title)) or tail
            date = self.ix.one(s, SCHEMA.datePublished)
            self.nodes[f"document:{tail}"] = {
                "kind": "document", "type": "Document", "iri": str(s), "label": title, "title": title,
                "language": _text(self.ix.one(s, DCTERMS.language)), "date": _text(date),
                "source_file": _text(self.ix.one(s, KGO.sourceFile)), "documents": [tail],
                "provenance": "curated",
            }

    def add_entities(self) -> None:
        subjects = sorted({s for cls in _CATEGORY_CLASSES for s in self.ix.subjects_of_type(cls)})
        for s in subjects:
            if _tail(s, "entity") is None:
                continue
            types = set(self.ix.all(s, RDF.type))
            categories = sorted(CATEGORY_NAMES[c] for c in types & _CATEGORY_CLASSES)
            own = sorted(_TYPE_NAMES[t] for t in types if t in _TYPE_NAMES and t not in _CATEGORY_CLASSES)
            own = own or sorted(_TYPE_NAMES[t] for t in types if t in _TYPE_NAMES)
            labels = self.labels(s)
            ident = _text(self.ix.one(s, DCTERMS.identifier)) or _tail(s, "entity")
            same_as = self.ix.one(s, SCHEMA.sameAs)
            self.nodes[f"entity:{ident}"] = {
                "kind": "entity", "iri": str(s), "type": own[0] if own else "Entity",
                "category": categories[0] if categories else None,
                "label": labels.get("label_zh_hans") or labels.get("label_zh_hant") or labels.get("label_en")
                or ident,
                **labels,
                "aliases": sorted({str(a) for a in self.ix.all(s, SKOS.altLabel)}),
                "wikidata": str(same_as).rsplit("/", 1)[-1] if same_as is not None else None,
                "description": _text(self.ix.one(s, SCHEMA.description)),
                "provenance": self.ix.provenance(s),
                "confidence": _float(self.ix.one(s, KGO.confidence)),
            }

    def add_claims(self) -> None:
        for s in self.ix.subjects_of_type(KGO.Claim):
            tail = _tail(s, "claim")
            if tail is None:
                continue
            doc_iri = self.ix.one(s, KGO.inDocument)
            doc = _tail(doc_iri, "document") if doc_iri is not None else None
            quote = _text(self.ix.one(s, SCHEMA.text)) or ""
            machine = self.ix.one(s, KGO.machineGenerated)
            self.nodes[f"claim:{tail}"] = {
                "kind": "claim", "type": "Claim", "iri": str(s), "label": quote or tail, "quote": quote,
                "summary": _text(self.ix.one(s, KGO.summary)),
                "stance": _STANCE_NAMES.get(self.ix.one(s, KGO.stance)),
                "document": doc, "provenance": self.ix.provenance(s),
                "confidence": _float(self.ix.one(s, KGO.confidence)),
                "machine_generated": bool(machine.toPython()) if isinstance(machine, Literal) else None,
            }
        for s in self.ix.subjects_of_type(KGO.Claim):
            cid = self.claim_id(s)
            if cid is None:
                continue
            claim = self.nodes[cid]
            base = {"kind": "claim", "document": claim["document"], "provenance": claim["provenance"],
                    "confidence": claim["confidence"]}
            for prop, rel in ((SCHEMA.about, "about"), (KGO.speaker, "speaker"), (KGO.relayedBy, "relayed-by")):
                for target in self.ix.all(s, prop):
                    eid = self.entity_id(target)
                    if eid is None:
                        continue
                    if rel != "about":
                        claim[rel.replace("-", "_")] = eid
                    self.add_edge(cid, eid, f"{cid}--{rel}--{eid}", {**base, "relation": rel})

    def anchor(self, s) -> tuple[str | None, int | None]:
        """The exact quote and start offset of a statement's Web Annotation anchor."""
        quote = start = None
        for anchor in self.ix.all(s, KGO.anchor):
            for sel in self.ix.all(anchor, OA.hasSelector):
                if self.ix.one(sel, OA.exact) is not None:
                    quote = str(self.ix.one(sel, OA.exact))
                if self.ix.one(sel, OA.start) is not None:
                    start = int(self.ix.one(sel, OA.start).toPython())
        return quote, start

    def add_actor_relations(self) -> None:
        reified = set()
        for s in self.ix.subjects_of_type(KGO.ActorRelation):
            pred = self.ix.one(s, RDF.predicate)
            u, v = self.entity_id(self.ix.one(s, RDF.subject)), self.entity_id(self.ix.one(s, RDF.object))
            if u is None or v is None or pred is None:
                continue
            rel = _ACTOR_NAMES.get(pred, _local(pred))
            reified.add((u, rel, v))
            doc_iri = self.ix.one(s, KGO.inDocument)
            doc = _tail(doc_iri, "document") if doc_iri is not None else None
            quote, start = self.anchor(s)
            key = f"{u}--{rel}--{v}--{doc or ''}:{start if start is not None else _tail(s, 'relation')}"
            self.add_edge(u, v, key, {
                "kind": "actor", "relation": rel, "quote": quote, "document": doc, "quote_start": start,
                "provenance": self.ix.provenance(s), "confidence": _float(self.ix.one(s, KGO.confidence)),
                "rationale": _text(self.ix.one(s, KGO.rationale)),
            })
        # direct triples that were stated without a reified statement (e.g. from another tool's dump)
        for s in self.ix.subjects_with(_ACTOR_NAMES):
            for pred, objects in sorted(self.ix.props[s].items()):
                if pred not in _ACTOR_NAMES:
                    continue
                for o in objects:
                    u, v = self.entity_id(s), self.entity_id(o)
                    rel = _ACTOR_NAMES[pred]
                    if u and v and (u, rel, v) not in reified:
                        self.add_edge(u, v, f"{u}--{rel}--{v}", {"kind": "actor", "relation": rel,
                                                                 "provenance": self.ix.provenance(s)})

    def add_claim_relations(self) -> None:
        done = set()
        for s in self.ix.subjects_of_type(KGO.ClaimRelation):
            pred = self.ix.one(s, RDF.predicate)
            u, v = self.claim_id(self.ix.one(s, RDF.subject)), self.claim_id(self.ix.one(s, RDF.object))
            if u is None or v is None or pred not in _CLAIM_REL_NAMES:
                continue
            rel = _CLAIM_REL_NAMES[pred]
            done.add((u, rel, v))
            self._claim_relation(u, v, rel, self.ix.provenance(s), _text(self.ix.one(s, KGO.rationale)),
                                 _float(self.ix.one(s, KGO.confidence)))
        for s in self.ix.subjects_with(_CLAIM_REL_NAMES):
            for pred, objects in sorted(self.ix.props[s].items()):
                if pred not in _CLAIM_REL_NAMES:
                    continue
                for o in objects:
                    u, v, rel = self.claim_id(s), self.claim_id(o), _CLAIM_REL_NAMES[pred]
                    if u and v and (u, rel, v) not in done:
                        self._claim_relation(u, v, rel, self.nodes[u]["provenance"], None, None)

    def _claim_relation(self, u: str, v: str, rel: str, prov: str, rationale: str | None,
                        confidence: float | None) -> None:
        du, dv = self.nodes[u].get("document"), self.nodes[v].get("document")
        self.add_edge(u, v, f"{u}--{rel}--{v}", {
            "kind": "claim-relation", "relation": rel, "rationale": rationale, "provenance": prov,
            "confidence": confidence, "document": du, "target_document": dv,
            "cross_document": bool(du and dv and du != dv), "counter": rel in COUNTER_RELATIONS,
        })

    def add_mentions(self) -> None:
        counts: Counter = Counter()
        provs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for s in self.ix.subjects_of_type(KGO.Mention):
            doc_iri = self.ix.one(s, KGO.inDocument)
            did = self.document_id(doc_iri) if doc_iri is not None else None
            for body in self.ix.all(s, OA.hasBody):
                eid = self.entity_id(body)
                if eid and did:
                    counts[(eid, did)] += 1
                    provs[(eid, did)].add(self.ix.provenance(s))
        for (eid, did), n in sorted(counts.items()):
            self.add_edge(eid, did, f"{eid}--mentioned-in--{did}", {
                "kind": "mention", "relation": "mentioned-in", "count": n, "document": did.split(":", 1)[1],
                "provenance": "curated" if "curated" in provs[(eid, did)] else "extracted",
            })

    def add_document_edges(self) -> None:
        for s in self.ix.subjects_of_type(KGO.Document):
            did = self.document_id(s)
            if did is None:
                continue
            for prop, rel in ((SCHEMA.author, "author"), (DCTERMS.publisher, "publisher"),
                              (SCHEMA.editor, "editor")):
                for o in self.ix.all(s, prop):
                    eid = self.entity_id(o)
                    if eid:
                        self.nodes[did][rel] = eid
                        self.add_edge(did, eid, f"{did}--{rel}--{eid}", {
                            "kind": "document", "relation": rel, "document": did.split(":", 1)[1],
                            "provenance": "curated"})

    def graph(self) -> nx.MultiDiGraph:
        for nid, docs in self.node_docs.items():
            node = self.nodes[nid]
            if node["kind"] == "entity":
                node["documents"] = sorted(docs)
        for node in self.nodes.values():
            if node["kind"] == "claim":
                node["documents"] = [node["document"]] if node.get("document") else []
            node.setdefault("documents", [])
        G = nx.MultiDiGraph(name="kg")
        for nid in sorted(self.nodes):
            G.add_node(nid, **{k: v for k, v in sorted(self.nodes[nid].items()) if v is not None})
        for u, v, key in sorted(self.edges):
            G.add_edge(u, v, key=key, **dict(sorted(self.edges[(u, v, key)].items())))
        return G


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(data: Graph) -> nx.MultiDiGraph:
    """The RDF dataset (or any graph of kg triples, e.g. a loaded export) as a networkx MultiDiGraph."""
    b = _Builder(_Index(data))
    b.add_documents()
    b.add_entities()
    b.add_claims()
    b.add_actor_relations()
    b.add_claim_relations()
    b.add_mentions()
    b.add_document_edges()
    return b.graph()


def is_empty(G: nx.MultiDiGraph) -> bool:
    """True when there is nothing kg-shaped to analyse (no entity, claim or document)."""
    return G.number_of_nodes() == 0


def require_nonempty(G: nx.MultiDiGraph, source: str = "the graph") -> None:
    if is_empty(G):
        raise EmptyGraphError(f"{source} holds no entities, claims or documents; build seeds/ with `kg build` or "
                              "pass a kg export such as exports/kg.trig with --data")


def node_label(G: nx.MultiDiGraph, node: str, lang: str = "zh-Hans") -> str:
    """A short human label: the label in `lang` when there is one, else the default label, else the id."""
    data = G.nodes[node]
    return data.get(_LABEL_KEYS.get(lang.lower(), "label"), data.get("label", node))


# --------------------------------------------------------------------------------------------- stats

def semantic_view(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Entities and claims only: through documents every mentioned entity would be two hops from every other."""
    return G.subgraph([n for n, k in G.nodes(data="kind") if k != "document"])


def semantic_graphs(G: nx.MultiDiGraph) -> tuple[nx.DiGraph, nx.Graph]:
    """The semantic view as a weighted DiGraph (parallel edges counted) and a simple undirected Graph.

    Built from edge lists rather than through subgraph views: ten times faster on a million edges.
    """
    keep = [n for n, k in G.nodes(data="kind") if k != "document"]
    kept = set(keep)
    weights = Counter((u, v) for u, v in G.edges() if u in kept and v in kept)
    directed = nx.DiGraph()
    directed.add_nodes_from(keep)
    directed.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    simple = nx.Graph()
    simple.add_nodes_from(keep)
    simple.add_edges_from(weights)
    return directed, simple


def _components(G: nx.MultiDiGraph) -> dict:
    sizes = sorted((len(c) for c in nx.weakly_connected_components(G)), reverse=True) if len(G) else []
    return _component_summary(sizes)


def _undirected_components(H: nx.Graph) -> dict:
    return _component_summary(sorted((len(c) for c in nx.connected_components(H)), reverse=True))


def _component_summary(sizes: list[int]) -> dict:
    return {"count": len(sizes), "largest": sizes[0] if sizes else 0, "sizes": sizes[:10],
            "isolated": sum(1 for s in sizes if s == 1)}


def _degree_distribution(G: nx.MultiDiGraph) -> dict:
    degrees = [d for _, d in G.degree()]
    if not degrees:
        return {"min": 0, "max": 0, "mean": 0.0, "median": 0.0, "histogram": {}}
    hist = Counter(degrees)
    return {"min": min(degrees), "max": max(degrees), "mean": round(statistics.fmean(degrees), 3),
            "median": statistics.median(degrees), "histogram": {str(d): hist[d] for d in sorted(hist)}}


def betweenness(H: nx.Graph, budget: float = 2e6, seed: int = 0) -> tuple[dict, str]:
    """Exact Brandes betweenness when nodes x edges fits the budget, else sampled from k sources (and say so)."""
    n, m = H.number_of_nodes(), H.number_of_edges()
    if n == 0:
        return {}, "exact"
    if n * max(m, 1) <= budget:
        return nx.betweenness_centrality(H), "exact"
    k = max(10, min(n, int(budget // max(m, 1))))
    if k >= n:
        return nx.betweenness_centrality(H), "exact"
    return nx.betweenness_centrality(H, k=k, seed=seed), f"approximate (k={k} sampled sources, seed={seed})"


def _top(G: nx.MultiDiGraph, scores: dict, nodes: Iterable[str], top: int, digits: int = 6) -> list[dict]:
    ranked = sorted(nodes, key=lambda n: (-scores.get(n, 0), n))[:top]
    return [{"id": n, "label": node_label(G, n), "label_en": G.nodes[n].get("label_en", ""),
             "value": int(scores.get(n, 0)) if digits == 0 else round(float(scores.get(n, 0)), digits)}
            for n in ranked]


def stats(G: nx.MultiDiGraph, top: int = 10, betweenness_budget: float = 2e6) -> dict:
    """Counts, degrees, components, density and the most central actors, as one JSON-ready dict."""
    kinds = Counter(k for _, k in G.nodes(data="kind"))
    ent_types = Counter(d.get("type", "Entity") for _, d in G.nodes(data=True) if d.get("kind") == "entity")
    categories = Counter(d.get("category", "") for _, d in G.nodes(data=True) if d.get("kind") == "entity")
    relations = Counter(r for *_, r in G.edges(data="relation"))
    edge_kinds = Counter(k for *_, k in G.edges(data="kind"))

    per_doc: dict[str, dict] = {}
    for n, d in G.nodes(data=True):
        if d.get("kind") == "document":
            per_doc[n.split(":", 1)[1]] = {"title": d.get("title", ""), "claims": 0, "entities_mentioned": 0,
                                           "mentions": 0, "actor_relations": 0, "claim_relations": 0,
                                           "cross_document_claim_relations": 0}
    for _, d in G.nodes(data=True):
        if d.get("kind") == "claim" and d.get("document") in per_doc:
            per_doc[d["document"]]["claims"] += 1
    for _, _, d in G.edges(data=True):
        row = per_doc.get(d.get("document", ""))
        if row is None:
            continue
        kind = d.get("kind")
        if kind == "mention":
            row["entities_mentioned"] += 1
            row["mentions"] += d.get("count", 1)
        elif kind == "actor":
            row["actor_relations"] += 1
        elif kind == "claim-relation":
            row["claim_relations"] += 1
            if d.get("cross_document"):
                row["cross_document_claim_relations"] += 1

    per_prov: dict[str, dict] = defaultdict(lambda: {"nodes": 0, "edges": 0})
    for _, p in G.nodes(data="provenance"):
        per_prov[p or "curated"]["nodes"] += 1
    for *_, p in G.edges(data="provenance"):
        per_prov[p or "curated"]["edges"] += 1

    directed, simple = semantic_graphs(G)
    actors = [n for n in simple if G.nodes[n].get("kind") == "entity" and G.nodes[n].get("category") == "actor"]
    degree = dict(simple.degree())
    between, method = betweenness(simple, betweenness_budget)
    try:
        pagerank = nx.pagerank(directed, weight="weight") if len(directed) else {}
    except nx.PowerIterationFailedConvergence:
        pagerank = {}
    n = G.number_of_nodes()
    return {
        "nodes": n,
        "edges": G.number_of_edges(),
        "nodes_by_kind": dict(sorted(kinds.items())),
        "entities_by_type": dict(sorted(ent_types.items())),
        "entities_by_category": dict(sorted(categories.items())),
        "edges_by_kind": dict(sorted(edge_kinds.items())),
        "edges_by_relation": dict(sorted(relations.items())),
        "per_document": dict(sorted(per_doc.items())),
        "per_provenance": dict(sorted(per_prov.items())),
        "degree": _degree_distribution(G),
        "components": _components(G),
        "components_without_documents": _undirected_components(simple),
        "density": round(len(set(G.edges())) / (n * (n - 1)), 6) if n > 1 else 0.0,
        "centrality": {
            "scope": "entities and claims, documents left out; ranked among actors",
            "degree": _top(G, degree, actors, top, 0),
            "betweenness": _top(G, between, actors, top),
            "betweenness_method": method,
            "pagerank": _top(G, pagerank, actors, top),
            "pagerank_method": "networkx pagerank (scipy), alpha 0.85, parallel edges as weights",
        },
    }


# --------------------------------------------------------------------------------------------- names

def _norm(text: str) -> str:
    return " ".join(to_simplified(text).casefold().split())


_NAME_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def entity_names(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Normalised name (simplified script, case-folded Latin) -> entity node ids carrying it.

    Cached per graph (until its node count changes): `kg path` looks up two names in the same graph.
    """
    cached = _NAME_CACHE.get(G)
    if cached is not None and cached[0] == G.number_of_nodes():
        return cached[1]
    names: dict[str, set[str]] = defaultdict(set)
    for n, d in G.nodes(data=True):
        if d.get("kind") != "entity":
            continue
        spellings = [d.get(k) for k in ("label", *_LABEL_KEYS.values())] + list(d.get("aliases", []))
        spellings += [n, n.split(":", 1)[1]]
        for s in spellings:
            if s:
                names[_norm(s)].add(n)
    _NAME_CACHE[G] = (G.number_of_nodes(), names)
    return names


def _describe(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    en = d.get("label_en")
    extra = f", {en}" if en and en != d.get("label") else ""
    return f"{node_label(G, n)} ({n}{extra}, {d.get('type', 'Entity')})"


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The entity a user means: exact label/alias in either script first, then a unique substring."""
    query = _norm(name)
    if not query:
        raise UsageError("an empty name matches nothing; give a label or alias, e.g. 深度求索 or DeepSeek")
    names = entity_names(G)
    if not names:
        raise EmptyGraphError(f"cannot look up {name!r}: the graph holds no entities")
    exact = names.get(query, set())
    if len(exact) == 1:
        return next(iter(exact))
    if len(exact) > 1:
        raise _ambiguous(G, name, exact)
    partial = {n for key, ids in names.items() if query in key for n in ids}
    if len(partial) == 1:
        return next(iter(partial))
    if partial:
        raise _ambiguous(G, name, partial)
    close = difflib.get_close_matches(query, list(names), n=5, cutoff=0.5)
    hint = ""
    if close:
        ids = sorted({n for key in close for n in names[key]})[:5]
        hint = "; did you mean: " + ", ".join(_describe(G, n) for n in ids)
    raise UnknownEntityError(f"no entity is called {name!r} (labels and aliases in either script){hint}")


def _ambiguous(G: nx.MultiDiGraph, name: str, ids: set[str], limit: int = 12) -> AmbiguousNameError:
    listed = sorted(ids)
    lines = [f"  {_describe(G, n)}" for n in listed[:limit]]
    if len(listed) > limit:
        lines.append(f"  … and {len(listed) - limit} more")
    return AmbiguousNameError(f"{name!r} matches {len(listed)} entities; use one of their labels or ids:\n"
                              + "\n".join(lines))


# --------------------------------------------------------------------------------------------- paths

PATH_KINDS = frozenset({"actor", "claim", "claim-relation"})


@dataclass(frozen=True)
class HopEdge:
    """One edge behind a hop, in its real direction."""

    source: str
    target: str
    relation: str
    kind: str
    quote: str = ""
    document: str = ""
    provenance: str = ""
    rationale: str = ""


@dataclass
class Hop:
    source: str
    target: str
    edges: list[HopEdge] = field(default_factory=list)


def _walk_graph(G: nx.MultiDiGraph, kinds: frozenset[str]) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    H.add_edges_from((u, v) for u, v, k in G.edges(data="kind") if k in kinds)
    return H


def shortest_paths(G: nx.MultiDiGraph, a: str, b: str, limit: int = 5,
                   kinds: frozenset[str] = PATH_KINDS) -> list[list[Hop]]:
    """Up to `limit` shortest paths between two nodes, edge direction ignored, each hop with its edges."""
    if a == b:
        raise UsageError(f"both names are {_describe(G, a)}; give two different entities")
    H = _walk_graph(G, kinds)
    try:
        paths = list(islice(nx.all_shortest_paths(H, a, b), limit))
    except nx.NetworkXNoPath:
        ca, cb = len(nx.node_connected_component(H, a)), len(nx.node_connected_component(H, b))
        raise NoPathError(
            f"no path between {_describe(G, a)} and {_describe(G, b)}: they lie in different parts of the graph "
            f"({ca} and {cb} nodes reachable over {', '.join(sorted(kinds))} edges)") from None
    return [[_hop(G, x, y, kinds) for x, y in zip(path, path[1:], strict=False)] for path in paths]


def _hop(G: nx.MultiDiGraph, x: str, y: str, kinds: frozenset[str]) -> Hop:
    hop = Hop(x, y)
    for u, v in ((x, y), (y, x)):
        for _key, d in sorted(G.get_edge_data(u, v, default={}).items()):
            if d.get("kind") in kinds:
                hop.edges.append(HopEdge(u, v, d.get("relation", ""), d.get("kind", ""), d.get("quote", ""),
                                         d.get("document", ""), d.get("provenance", ""), d.get("rationale", "")))
    return hop


# --------------------------------------------------------------------------------------------- contested

def contested_claims(G: nx.MultiDiGraph) -> list[dict]:
    """Claims ranked by counter-claims (refutes/disputes/qualifies either way), distinct speakers, cross-document."""
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "claim":
            continue
        counters: set[str] = set()
        by_relation: Counter = Counter()
        supporters: set[str] = set()
        for u, v, rel in list(G.out_edges(n, data="relation")) + list(G.in_edges(n, data="relation")):
            other = v if u == n else u
            if G.nodes[other].get("kind") != "claim":
                continue
            if rel in COUNTER_RELATIONS:
                counters.add(other)
                by_relation[rel] += 1
            elif rel == "supports":
                supporters.add(other)
        if not counters:
            continue
        speakers = {G.nodes[c].get("speaker") for c in counters} - {None}
        cross = {c for c in counters if G.nodes[c].get("document") != d.get("document")}
        speaker = d.get("speaker")
        rows.append({
            "id": n, "quote": d.get("quote", ""), "summary": d.get("summary", ""), "document": d.get("document", ""),
            "speaker": speaker or "", "speaker_label": node_label(G, speaker) if speaker in G else "",
            "counter_claims": len(counters), "distinct_speakers": len(speakers), "cross_document": len(cross),
            "refutes": by_relation["refutes"], "disputes": by_relation["disputes"],
            "qualifies": by_relation["qualifies"], "supported_by": len(supporters),
            "counter_claim_ids": sorted(counters),
        })
    rows.sort(key=lambda r: (-r["counter_claims"], -r["distinct_speakers"], -r["cross_document"], r["id"]))
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


def dispute_matrix(G: nx.MultiDiGraph) -> tuple[list[str], dict[tuple[str, str], int]]:
    """Who disputes whom: speaker of the countering claim -> speaker of the countered claim -> count."""
    counts: Counter = Counter()
    for u, v, rel in G.edges(data="relation"):
        if rel not in COUNTER_RELATIONS or G.nodes[u].get("kind") != "claim" or G.nodes[v].get("kind") != "claim":
            continue
        su, sv = G.nodes[u].get("speaker"), G.nodes[v].get("speaker")
        if su and sv:
            counts[(su, sv)] += 1
    speakers = sorted({s for pair in counts for s in pair}, key=lambda s: (node_label(G, s), s))
    return speakers, dict(sorted(counts.items()))


def summarise_float(value: float) -> str:
    """Compact figures for tables: 0.1234 -> '0.1234', 1e-7 -> '1e-07', integers stay integers."""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) >= 1):
        return str(int(value))
    if value == 0 or math.isnan(value):
        return "0"
    return f"{value:.4g}"

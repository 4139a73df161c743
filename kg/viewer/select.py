"""What the viewer draws, read from the RDF dataset: entities, claims and the edges between them.

Why a separate, plain model: the page, the layout and the `--doc/--type` filters all work on the same
small structure, and tests can build it without a browser. Everything is sorted, so the page is
byte-identical across runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rdflib import Dataset, Literal, URIRef

from kg.namespaces import GRAPH, KGR, WD
from kg.terms import DCTERMS, KGO, OA, PROV, RDF, RDFS, SCHEMA, SKOS
from kg.textnorm import to_simplified, to_traditional
from kg.vocab import ACTOR_RELATIONS, CATEGORY_NAMES, CLAIM_RELATIONS, ENTITY_TYPES, STANCES

__all__ = ["Node", "Edge", "DocInfo", "ViewGraph", "select_graph", "subset", "type_names"]

_CLASS_TO_TYPE = {own: name for name, (own, _cat, _reused) in ENTITY_TYPES.items()}
_CATEGORY_CLASSES = set(CATEGORY_NAMES)
_CITO_TO_NAME = {iri: name for name, iri in CLAIM_RELATIONS.items()}
_ACTOR_TO_NAME = {iri: name for name, iri in ACTOR_RELATIONS.items()}
_STANCE_TO_NAME = {iri: name for name, iri in STANCES.items()}
_ENTITY_PREFIX = str(KGR["entity/"])
_EXTRACTED_PREFIX = str(GRAPH["extracted/"])


@dataclass(frozen=True)
class Node:
    """One drawn node. `labels` is (zh-Hans, zh-Hant, en); `info` holds what only the side panel shows."""

    id: str
    kind: str  # "entity" | "claim"
    type: str  # entity type (Company …) or "Claim"
    category: str  # actor | place | policy | concept | claim
    labels: tuple[str, str, str]
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    provenance: str = "curated"  # curated | extracted
    confidence: float | None = None
    machine: bool = False
    info: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # claim-relation | actor-relation | speaker | about
    relation: str  # supports/refutes/… , funds/…, says, about
    provenance: str = "curated"
    confidence: float | None = None
    docs: tuple[str, ...] = ()
    rationale: str = ""
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocInfo:
    id: str
    title: str
    language: str
    date: str
    author: str  # node id or ""
    publisher: str  # node id or ""
    source_file: str = ""
    sources: tuple[dict, ...] = ()  # machine-generated / relayed content inside the document


@dataclass
class ViewGraph:
    nodes: list[Node]
    edges: list[Edge]
    docs: list[DocInfo]

    def node_ids(self) -> set[str]:
        return {n.id for n in self.nodes}


def short_id(iri: URIRef) -> str:
    """`kgr:entity/deepseek` -> `entity/deepseek`: readable, stable node ids for the page."""
    s = str(iri)
    return s[len(str(KGR)):] if s.startswith(str(KGR)) else s


def _lang(lit: Literal) -> str:
    return (lit.language or "").lower()


def _by_lang(values: Iterable) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in sorted(values, key=str):
        if isinstance(v, Literal):
            out.setdefault(_lang(v), str(v))
    return out


def _three_labels(labels: dict[str, str], fallback: str) -> tuple[str, str, str]:
    """Both scripts and English, filling gaps by OpenCC conversion so the 简/繁/EN switch never shows blanks."""
    hans = labels.get("zh-hans") or labels.get("zh") or ""
    hant = labels.get("zh-hant") or ""
    en = labels.get("en") or labels.get("") or ""
    hans = hans or (to_simplified(hant) if hant else "")
    hant = hant or (to_traditional(hans) if hans else "")
    any_label = hans or en or fallback
    return (hans or any_label, hant or any_label, en or hans or any_label)


def _num(v) -> float | None:
    try:
        return round(float(v), 3)
    except (TypeError, ValueError):
        return None


class _Index:
    """All quads once, grouped by subject: (predicate, object, graph) lists."""

    def __init__(self, ds: Dataset) -> None:
        self.po: dict[URIRef, list[tuple[URIRef, object, str]]] = defaultdict(list)
        self.props: dict[URIRef, dict[URIRef, list]] = defaultdict(lambda: defaultdict(list))
        self.by_type: dict[object, set[URIRef]] = defaultdict(set)
        for s, p, o, g in ds.quads((None, None, None, None)):
            gname = str(g.identifier if hasattr(g, "identifier") else g or "")
            self.po[s].append((p, o, gname))
            self.props[s][p].append(o)
            if p == RDF.type:
                self.by_type[o].add(s)

    def values(self, s, p) -> list:
        vals = self.props[s].get(p) if s in self.props else None
        if not vals:
            return []
        return [vals[0]] if len(vals) == 1 else sorted(set(vals), key=str)

    def one(self, s, p, default=None):
        vals = self.values(s, p)
        return vals[0] if vals else default

    def subjects_of_type(self, cls) -> list[URIRef]:
        return sorted(self.by_type.get(cls, ()))


def _provenance(idx: _Index, node) -> str:
    kind = idx.one(node, KGO.provenance)
    if kind == KGO.Extracted:
        return "extracted"
    if kind == KGO.Curated:
        return "curated"
    graphs = {g for _, _, g in idx.po.get(node, ())}
    return "extracted" if graphs and all(g.startswith(_EXTRACTED_PREFIX) for g in graphs) else "curated"


def _docs_of(idx: _Index, node) -> list[str]:
    return [short_id(d).removeprefix("document/") for d in idx.values(node, KGO.inDocument)]


def _anchor_quote(idx: _Index, node) -> dict:
    """exact/prefix/suffix/start/end of a node's Web Annotation anchor (empty if it has none)."""
    out: dict = {}
    for anchor in idx.values(node, KGO.anchor):
        for sel in idx.values(anchor, OA.hasSelector):
            for key, prop in (("exact", OA.exact), ("prefix", OA.prefix), ("suffix", OA.suffix)):
                v = idx.one(sel, prop)
                if v is not None:
                    out[key] = str(v)
            for key, prop in (("start", OA.start), ("end", OA.end)):
                v = idx.one(sel, prop)
                if v is not None:
                    out[key] = int(v)
        break
    return out


def _entity_type(classes: list) -> tuple[str, str] | None:
    own = [_CLASS_TO_TYPE[c] for c in classes if c in _CLASS_TO_TYPE]
    if not own:
        return None
    specific = [t for t in own if ENTITY_TYPES[t][0] not in _CATEGORY_CLASSES] or own
    name = sorted(specific)[0]
    return name, CATEGORY_NAMES[ENTITY_TYPES[name][1]]


def select_graph(ds: Dataset) -> ViewGraph:
    """Entities, claims and their relations from every named graph (curated and extracted) of `ds`."""
    idx = _Index(ds)
    docs = _documents(idx)
    entity_docs: dict[str, set[str]] = defaultdict(set)
    for m in idx.subjects_of_type(KGO.Mention):
        for body in idx.values(m, OA.hasBody):
            entity_docs[short_id(body)].update(_docs_of(idx, m))

    claims: dict[str, Node] = {}
    edges: list[Edge] = []
    for c in idx.subjects_of_type(KGO.Claim):
        cid = short_id(c)
        text = idx.one(c, SCHEMA.text) or idx.one(c, RDFS.label) or Literal(cid)
        summary = idx.one(c, KGO.summary)
        cdocs = _docs_of(idx, c)
        prov, conf = _provenance(idx, c), _num(idx.one(c, KGO.confidence))
        info = {
            "quote": str(text),
            "stance": _STANCE_TO_NAME.get(idx.one(c, KGO.stance), ""),
            "summary": str(summary) if summary is not None else "",
            "speaker": short_id(idx.one(c, KGO.speaker, URIRef(""))),
            "relayedBy": [short_id(r) for r in idx.values(c, KGO.relayedBy)],
            "source": [short_id(s) for s in idx.values(c, PROV.wasDerivedFrom)],
            "about": [short_id(a) for a in idx.values(c, SCHEMA.about)],
            **_anchor_quote(idx, c),
        }
        machine = str(idx.one(c, KGO.machineGenerated, "false")).lower() == "true"
        quote = str(text)
        claims[cid] = Node(
            id=cid, kind="claim", type="Claim", category="claim",
            labels=(to_simplified(quote), to_traditional(quote), info["summary"] or quote),
            docs=tuple(cdocs), provenance=prov, confidence=conf, machine=machine, info=info)
        for spk in idx.values(c, KGO.speaker):
            edges.append(Edge(short_id(spk), cid, "speaker", "says", prov, conf, tuple(cdocs), quotes=(quote,)))
            entity_docs[short_id(spk)].update(cdocs)
        for about in idx.values(c, SCHEMA.about):
            edges.append(Edge(cid, short_id(about), "about", "about", prov, conf, tuple(cdocs), quotes=(quote,)))
            entity_docs[short_id(about)].update(cdocs)

    # reified statements carry rationale, anchor quote, provenance and confidence of the direct triples
    reified: dict[tuple, list] = defaultdict(list)
    for cls in (KGO.ClaimRelation, KGO.ActorRelation):
        for st in idx.subjects_of_type(cls):
            key = (idx.one(st, RDF.subject), idx.one(st, RDF.predicate), idx.one(st, RDF.object))
            reified[key].append(st)

    entities = _entities(idx, entity_docs)
    relation_predicates = _CITO_TO_NAME.keys() | _ACTOR_TO_NAME.keys()
    for s in sorted(s for s, ps in idx.props.items() if not ps.keys().isdisjoint(relation_predicates)):
        for p, o, _g in sorted(set(idx.po[s]), key=lambda t: (str(t[0]), str(t[1]), t[2])):
            kind = "claim-relation" if p in _CITO_TO_NAME else "actor-relation" if p in _ACTOR_TO_NAME else ""
            if not kind:
                continue
            sid, oid = short_id(s), short_id(o)
            pool = claims if kind == "claim-relation" else entities
            if sid not in pool or oid not in pool:
                continue
            sts = reified.get((s, p, o), [])
            provs = {_provenance(idx, st) for st in sts} or {"curated"}
            confs = [c for c in (_num(idx.one(st, KGO.confidence)) for st in sts) if c is not None]
            rdocs = {d for st in sts for d in _docs_of(idx, st)}
            if not rdocs and kind == "claim-relation":
                rdocs = set(claims[sid].docs) | set(claims[oid].docs)
            rdocs = sorted(rdocs)
            rationale = "; ".join(sorted({str(r) for st in sts for r in idx.values(st, KGO.rationale)}))
            quotes = tuple(sorted({_anchor_quote(idx, st).get("exact", "") for st in sts} - {""}))
            name = _CITO_TO_NAME.get(p) or _ACTOR_TO_NAME[p]
            edges.append(Edge(sid, oid, kind, name, "curated" if "curated" in provs else "extracted",
                              max(confs) if confs and "curated" not in provs else None,
                              tuple(rdocs), rationale, quotes))
            if kind == "actor-relation":
                entity_docs[sid].update(rdocs)
                entity_docs[oid].update(rdocs)

    entities = {k: replace(n, docs=tuple(sorted(entity_docs.get(k, ())))) for k, n in entities.items()}
    nodes = {**entities, **claims}
    edges = sorted({e for e in edges if e.source in nodes and e.target in nodes},
                   key=lambda e: (e.source, e.target, e.kind, e.relation))
    return ViewGraph(nodes=[nodes[k] for k in sorted(nodes)], edges=edges, docs=docs)


def _entities(idx: _Index, entity_docs: dict[str, set[str]]) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for s in sorted(s for s in idx.po if s.startswith(_ENTITY_PREFIX)):
        typed = _entity_type(idx.values(s, RDF.type))
        if typed is None:
            continue
        eid = short_id(s)
        labels = _by_lang(idx.values(s, SKOS.prefLabel)) or _by_lang(idx.values(s, RDFS.label))
        ident = str(idx.one(s, DCTERMS.identifier, eid.removeprefix("entity/")))
        aliases = tuple(sorted({str(a) for a in idx.values(s, SKOS.altLabel)}))
        info: dict = {"slug": ident}
        desc = idx.one(s, SCHEMA.description)
        if desc is not None:
            info["description"] = str(desc)
        same = [str(w)[len(str(WD)):] for w in idx.values(s, SCHEMA.sameAs) if str(w).startswith(str(WD))]
        if same:
            info["wikidata"] = same[0]
        out[eid] = Node(id=eid, kind="entity", type=typed[0], category=typed[1],
                        labels=_three_labels(labels, ident), aliases=aliases,
                        provenance=_provenance(idx, s), confidence=_num(idx.one(s, KGO.confidence)), info=info)
    return out


def _documents(idx: _Index) -> list[DocInfo]:
    out = []
    generated = idx.subjects_of_type(KGO.GeneratedContent)
    for d in idx.subjects_of_type(KGO.Document):
        doc_id = str(idx.one(d, DCTERMS.identifier, short_id(d).removeprefix("document/")))
        sources = []
        for s in generated:
            if d in idx.values(s, DCTERMS.isPartOf):
                caveat = idx.one(s, KGO.caveat)
                sources.append({
                    "id": short_id(s),
                    "generatedBy": [short_id(a) for a in idx.values(s, PROV.wasAttributedTo)],
                    "relayedBy": [short_id(a) for a in idx.values(s, KGO.relayedBy)],
                    "caveat": str(caveat) if caveat is not None else "",
                })
        out.append(DocInfo(
            id=doc_id,
            title=str(idx.one(d, DCTERMS.title, doc_id)),
            language=str(idx.one(d, DCTERMS.language, "")),
            date=str(idx.one(d, SCHEMA.datePublished, "")),
            author=short_id(idx.one(d, SCHEMA.author, URIRef(""))),
            publisher=short_id(idx.one(d, DCTERMS.publisher, URIRef(""))),
            source_file=str(idx.one(d, KGO.sourceFile, "")),
            sources=tuple(sources),
        ))
    return out


def type_names() -> list[str]:
    """Every value `--type` accepts: entity types, categories, and `claim`."""
    return sorted(ENTITY_TYPES) + sorted(set(CATEGORY_NAMES.values())) + ["claim"]


def subset(vg: ViewGraph, docs: Iterable[str] = (), types: Iterable[str] = ()) -> ViewGraph:
    """The part of the graph a `--doc`/`--type` view shows: matching nodes and the edges among them."""
    docs, types = set(docs), {t.lower() for t in types}
    nodes = vg.nodes
    if docs:
        nodes = [n for n in nodes if set(n.docs) & docs]
    if types:
        nodes = [n for n in nodes if n.type.lower() in types or n.category in types]
    keep = {n.id for n in nodes}
    edges = [e for e in vg.edges if e.source in keep and e.target in keep and (not docs or set(e.docs) & docs)]
    return ViewGraph(nodes=nodes, edges=edges, docs=[d for d in vg.docs if not docs or d.id in docs])

"""What the viewer draws, read from the RDF dataset: entities, claims and the edges between them.

Why a separate, plain model: the page, the layout and the `--doc/--type` filters all work on the same
small structure, and tests can build it without a browser. Everything is sorted, so the page is
byte-identical across runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rdflib import Dataset

from kg.analytics import RowView
from kg.namespaces import GRAPH, KGR, WD
from kg.quads import QuadDataset
from kg.rowkeys import (
    ACTOR_NAMES,
    C_ACTOR_RELATION,
    C_CLAIM,
    C_CLAIM_RELATION,
    C_CURATED,
    C_DOCUMENT,
    C_EXTRACTED,
    C_GENERATED,
    C_MENTION,
    CLAIM_REL_NAMES,
    P_ABOUT,
    P_ALT_LABEL,
    P_ANCHOR,
    P_ATTRIBUTED_TO,
    P_AUTHOR,
    P_BODY,
    P_CAVEAT,
    P_CONFIDENCE,
    P_DERIVED_FROM,
    P_DESCRIPTION,
    P_END,
    P_EXACT,
    P_IDENTIFIER,
    P_IN_DOCUMENT,
    P_LABEL,
    P_LANGUAGE,
    P_MACHINE,
    P_OBJECT,
    P_PART_OF,
    P_PREDICATE,
    P_PREF_LABEL,
    P_PREFIX,
    P_PROVENANCE,
    P_PUBLISHED,
    P_PUBLISHER,
    P_RATIONALE,
    P_RELAYED_BY,
    P_SAME_AS,
    P_SELECTOR,
    P_SOURCE_FILE,
    P_SPEAKER,
    P_STANCE,
    P_START,
    P_SUBJECT,
    P_SUFFIX,
    P_SUMMARY,
    P_TEXT,
    P_TITLE,
    P_TYPE,
    STANCE_NAMES,
    TYPE_NAMES,
)
from kg.textnorm import to_simplified, to_traditional
from kg.vocab import CATEGORY_NAMES, ENTITY_TYPES

__all__ = ["Node", "Edge", "DocInfo", "ViewGraph", "select_graph", "subset", "type_names"]

_CATEGORY_CLASSES = set(CATEGORY_NAMES)
_RELATION_PREDICATES = frozenset(CLAIM_REL_NAMES.keys() | ACTOR_NAMES.keys())
_KGR = str(KGR)
_WD = str(WD)
_ENTITY_KEY_PREFIX = "<" + str(KGR["entity/"])
_EXTRACTED_KEY_PREFIX = "<" + str(GRAPH["extracted/"])

_QUOTE_PARTS = (("exact", P_EXACT), ("prefix", P_PREFIX), ("suffix", P_SUFFIX))
_OFFSETS = (("start", P_START), ("end", P_END))


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


def short_id(iri: str) -> str:
    """`kgr:entity/deepseek` -> `entity/deepseek`: readable, stable node ids for the page."""
    s = str(iri)
    return s[len(_KGR):] if s.startswith(_KGR) else s


def _three_labels(labels: dict[str, str], fallback: str) -> tuple[str, str, str]:
    """Both scripts and English, filling gaps by OpenCC conversion so the 简/繁/EN switch never shows blanks."""
    hans = labels.get("zh-hans") or labels.get("zh") or ""
    hant = labels.get("zh-hant") or ""
    en = labels.get("en") or labels.get("") or ""
    hans = hans or (to_simplified(hant) if hant else "")
    hant = hant or (to_traditional(hans) if hans else "")
    any_label = hans or en or fallback
    return (hans or any_label, hant or any_label, en or hans or any_label)


class _Index(RowView):
    """The dataset's rows indexed by subject (`kg.analytics.RowIndex`); a property's objects in text order.

    Lookups take and give N-Triples keys; `str_of`, `short`, `num` turn them into what the page shows.
    """

    def __init__(self, ds: QuadDataset | Dataset) -> None:
        super().__init__(ds)
        self._short: dict[str, str] = {}
        self._nums: dict[str, float | None] = {}

    def order(self, keys: list[str]) -> list[str]:
        return self.index.text_order(keys)

    def values(self, s: str, p: str) -> list[str]:
        return self.all(s, p)

    def str_of(self, s: str, p: str, default: str = "") -> str:
        """The text of the first object, or `default`."""
        key = self.one(s, p)
        return default if key is None else self.text(key)

    def short(self, key: str | None) -> str:
        """`short_id` of a key's text ("" for None), memoised: node ids repeat on every edge."""
        if key is None:
            return ""
        got = self._short.get(key)
        if got is None:
            got = self._short[key] = short_id(self.text(key))
        return got

    def num(self, key: str | None) -> float | None:
        """A number rounded to 3 places, as `float()` reads the text; None if it is none."""
        if key is None:
            return None
        got = self._nums.get(key, _MISSING)
        if got is _MISSING:
            try:
                got = round(float(self.text(key)), 3)
            except ValueError:
                got = None
            self._nums[key] = got
        return got

    def provenance(self, node: str, ps: dict | None = None) -> str:
        kind = self.first(self.props(node) if ps is None else ps, P_PROVENANCE)
        if kind == C_EXTRACTED:
            return "extracted"
        if kind == C_CURATED:
            return "curated"
        graphs = self.graphs_of(node)
        return "extracted" if graphs and all(g.startswith(_EXTRACTED_KEY_PREFIX) for g in graphs) else "curated"

    def docs_of(self, node: str, ps: dict | None = None) -> list[str]:
        docs = self.every(self.props(node) if ps is None else ps, P_IN_DOCUMENT)
        return [self.short(d).removeprefix("document/") for d in docs]

    def anchor_quote(self, node: str) -> dict:
        """exact/prefix/suffix/start/end of a node's Web Annotation anchor (empty if it has none)."""
        out: dict = {}
        for anchor in self.values(node, P_ANCHOR):
            for sel in self.values(anchor, P_SELECTOR):
                ps = self.props(sel)
                for key, prop in _QUOTE_PARTS:
                    v = self.first(ps, prop)
                    if v is not None:
                        out[key] = self.text(v)
                for key, prop in _OFFSETS:
                    v = self.first(ps, prop)
                    if v is not None:
                        out[key] = int(self.text(v))
            break
        return out


_MISSING = object()


def _entity_type(classes: list[str]) -> tuple[str, str] | None:
    own = [TYPE_NAMES[c] for c in classes if c in TYPE_NAMES]
    if not own:
        return None
    specific = [t for t in own if ENTITY_TYPES[t][0] not in _CATEGORY_CLASSES] or own
    name = sorted(specific)[0]
    return name, CATEGORY_NAMES[ENTITY_TYPES[name][1]]


def select_graph(ds: QuadDataset | Dataset) -> ViewGraph:
    """Entities, claims and their relations from every named graph (curated and extracted) of `ds`."""
    idx = _Index(ds)
    docs = _documents(idx)
    entity_docs: dict[str, set[str]] = defaultdict(set)
    in_document, has_body = idx.columns(P_IN_DOCUMENT, P_BODY)  # by column: mentions are many
    for m in idx.subjects_of_type(C_MENTION):
        bodies = has_body.get(m)
        if bodies:
            mdocs = [idx.short(d).removeprefix("document/") for d in in_document.get(m, ())]
            for body in bodies:
                entity_docs[idx.short(body)].update(mdocs)

    claims: dict[str, Node] = {}
    edges: list[Edge] = []
    first, every = idx.first, idx.every
    for c in idx.subjects_of_type(C_CLAIM):
        cid = idx.short(c)
        ps = idx.props(c)
        text = next((k for k in (first(ps, P_TEXT), first(ps, P_LABEL)) if k is not None and idx.truthy(k)), None)
        quote = idx.text(text) if text is not None else cid
        cdocs = idx.docs_of(c, ps)
        prov, conf = idx.provenance(c, ps), idx.num(first(ps, P_CONFIDENCE))
        summary = first(ps, P_SUMMARY)
        info = {
            "quote": quote,
            "stance": STANCE_NAMES.get(first(ps, P_STANCE), ""),
            "summary": idx.text(summary) if summary is not None else "",
            "speaker": idx.short(first(ps, P_SPEAKER)),
            "relayedBy": [idx.short(r) for r in every(ps, P_RELAYED_BY)],
            "source": [idx.short(s) for s in every(ps, P_DERIVED_FROM)],
            "about": [idx.short(a) for a in every(ps, P_ABOUT)],
            **idx.anchor_quote(c),
        }
        machine_key = first(ps, P_MACHINE)
        machine = (idx.text(machine_key) if machine_key is not None else "false").lower() == "true"
        claims[cid] = Node(
            id=cid, kind="claim", type="Claim", category="claim",
            labels=(to_simplified(quote), to_traditional(quote), info["summary"] or quote),
            docs=tuple(cdocs), provenance=prov, confidence=conf, machine=machine, info=info)
        for spk in every(ps, P_SPEAKER):
            edges.append(Edge(idx.short(spk), cid, "speaker", "says", prov, conf, tuple(cdocs), quotes=(quote,)))
            entity_docs[idx.short(spk)].update(cdocs)
        for about in every(ps, P_ABOUT):
            edges.append(Edge(cid, idx.short(about), "about", "about", prov, conf, tuple(cdocs), quotes=(quote,)))
            entity_docs[idx.short(about)].update(cdocs)

    # reified statements carry rationale, anchor quote, provenance and confidence of the direct triples
    reified: dict[tuple, list] = defaultdict(list)
    for cls in (C_CLAIM_RELATION, C_ACTOR_RELATION):
        for st in idx.subjects_of_type(cls):
            key = (idx.one(st, P_SUBJECT), idx.one(st, P_PREDICATE), idx.one(st, P_OBJECT))
            reified[key].append(st)

    entities = _entities(idx, entity_docs)
    for s in idx.subjects_with(_RELATION_PREDICATES):
        for p, objects in sorted(idx.items(s), key=lambda item: idx.text(item[0])):
            kind = "claim-relation" if p in CLAIM_REL_NAMES else "actor-relation" if p in ACTOR_NAMES else ""
            if not kind:
                continue
            sid = idx.short(s)
            pool = claims if kind == "claim-relation" else entities
            if sid not in pool:
                continue
            for o in objects:
                oid = idx.short(o)
                if oid not in pool:
                    continue
                sts = reified.get((s, p, o), [])
                provs = {idx.provenance(st) for st in sts} or {"curated"}
                confs = [c for c in (idx.num(idx.one(st, P_CONFIDENCE)) for st in sts) if c is not None]
                rdocs = {d for st in sts for d in idx.docs_of(st)}
                if not rdocs and kind == "claim-relation":
                    rdocs = set(claims[sid].docs) | set(claims[oid].docs)
                rdocs = sorted(rdocs)
                rationale = "; ".join(sorted({idx.text(r) for st in sts for r in idx.values(st, P_RATIONALE)}))
                quotes = tuple(sorted({idx.anchor_quote(st).get("exact", "") for st in sts} - {""}))
                name = CLAIM_REL_NAMES.get(p) or ACTOR_NAMES[p]
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


def _by_lang(idx: _Index, values: list[str]) -> dict[str, str]:
    """Language (lower case, "" for none) -> the first literal's text in that language."""
    out: dict[str, str] = {}
    for v in values:
        if idx.is_literal(v):
            out.setdefault(idx.lang(v), idx.text(v))
    return out


def _entities(idx: _Index, entity_docs: dict[str, set[str]]) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for s in sorted((s for s in idx.subjects() if s.startswith(_ENTITY_KEY_PREFIX)), key=idx.subject_order):
        typed = _entity_type(idx.values(s, P_TYPE))
        if typed is None:
            continue
        eid = idx.short(s)
        labels = _by_lang(idx, idx.values(s, P_PREF_LABEL)) or _by_lang(idx, idx.values(s, P_LABEL))
        ident = idx.str_of(s, P_IDENTIFIER, eid.removeprefix("entity/"))
        aliases = tuple(sorted({idx.text(a) for a in idx.values(s, P_ALT_LABEL)}))
        info: dict = {"slug": ident}
        desc = idx.one(s, P_DESCRIPTION)
        if desc is not None:
            info["description"] = idx.text(desc)
        same = [idx.text(w)[len(_WD):] for w in idx.values(s, P_SAME_AS) if idx.text(w).startswith(_WD)]
        if same:
            info["wikidata"] = same[0]
        out[eid] = Node(id=eid, kind="entity", type=typed[0], category=typed[1],
                        labels=_three_labels(labels, ident), aliases=aliases,
                        provenance=idx.provenance(s), confidence=idx.num(idx.one(s, P_CONFIDENCE)), info=info)
    return out


def _documents(idx: _Index) -> list[DocInfo]:
    out = []
    sources: dict[str, list[dict]] = defaultdict(list)  # document key -> generated content inside it
    for s in idx.subjects_of_type(C_GENERATED):
        parts = idx.values(s, P_PART_OF)
        if not parts:
            continue
        source = {
            "id": idx.short(s),
            "generatedBy": [idx.short(a) for a in idx.values(s, P_ATTRIBUTED_TO)],
            "relayedBy": [idx.short(a) for a in idx.values(s, P_RELAYED_BY)],
            "caveat": idx.str_of(s, P_CAVEAT),
        }
        for d in parts:
            sources[d].append(source)
    for d in idx.subjects_of_type(C_DOCUMENT):
        doc_id = idx.str_of(d, P_IDENTIFIER, idx.short(d).removeprefix("document/"))
        out.append(DocInfo(
            id=doc_id,
            title=idx.str_of(d, P_TITLE, doc_id),
            language=idx.str_of(d, P_LANGUAGE),
            date=idx.str_of(d, P_PUBLISHED),
            author=idx.short(idx.one(d, P_AUTHOR)),
            publisher=idx.short(idx.one(d, P_PUBLISHER)),
            source_file=idx.str_of(d, P_SOURCE_FILE),
            sources=tuple(dict(source) for source in sources.get(d, ())),
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

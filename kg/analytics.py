"""Network questions over the graph: one RDF -> networkx conversion, then plain functions over that graph.

Why one conversion: `kg stats`, `kg path`, `kg contested` and every graph file (GraphML, GEXF, Neo4j CSV,
Cytoscape JSON) must count the same nodes and edges. `to_networkx` is that single place (`graph_records`
gives its nodes and edges as lists, for writers that need no graph). It reads the dataset's rows through a
`RowIndex`, which the viewer shares.

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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import itemgetter, not_
from urllib.parse import unquote

import networkx as nx
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import KgError, UsageError
from kg.namespaces import GRAPH, KGR
from kg.oxi import from_ox, to_ox
from kg.quads import QuadDataset, Row
from kg.rowkeys import (
    ACTOR_NAMES,
    C_ACTOR_RELATION,
    C_CLAIM,
    C_CLAIM_RELATION,
    C_DOCUMENT,
    C_MENTION,
    CLAIM_REL_NAMES,
    P_ABOUT,
    P_ALT_LABEL,
    P_ANCHOR,
    P_AUTHOR,
    P_BODY,
    P_CONFIDENCE,
    P_DESCRIPTION,
    P_EDITOR,
    P_EXACT,
    P_IDENTIFIER,
    P_IN_DOCUMENT,
    P_LABEL,
    P_LANGUAGE,
    P_MACHINE,
    P_OBJECT,
    P_PREDICATE,
    P_PREF_LABEL,
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
    P_SUMMARY,
    P_TEXT,
    P_TITLE,
    P_TYPE,
    STANCE_NAMES,
    TYPE_KEY,
    TYPE_NAMES,
    term_key,
)
from kg.terms import KGO
from kg.textnorm import to_simplified, to_traditional
from kg.vocab import CATEGORY_NAMES, COUNTER_RELATIONS

__all__ = [
    "AnalyticsError", "UnknownEntityError", "AmbiguousNameError", "EmptyGraphError", "NoPathError",
    "to_networkx", "node_label", "semantic_view", "stats", "find_entity", "shortest_paths", "Hop", "HopEdge",
    "contested_claims", "dispute_matrix", "PATH_KINDS", "RowIndex", "RowView", "term_key", "graph_records",
    "graph_from_records", "GraphRecords",
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


# --------------------------------------------------------------------------------------------- row index

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_STRING_TYPES = frozenset({_XSD_STRING, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})
_EMPTY: dict = {}


def _rows_of(data: QuadDataset | Dataset | Graph) -> tuple[Sequence[Row], Callable[[str], object]]:
    """Sorted rows and the key -> Oxigraph term lookup of what the build made, or of a loaded rdflib graph.

    Loaded files are converted here rather than by `QuadDataset.from_rdflib`, which refuses IRIs our own
    builder never makes (spaces, relative IRIs); other tools' files may hold them, and `kg stats` reads those.
    """
    if isinstance(data, QuadDataset):
        return data.rows(), data.term
    terms: dict[str, object] = {}
    memo: dict = {}

    def key(t) -> str:
        k = memo.get(t)
        if k is None:
            if isinstance(t, URIRef):
                k = term_key(t)
            else:
                term = to_ox(t)
                k = str(term)
                terms[k] = term
            memo[t] = k
        return k

    rows: set[Row] = set()
    if isinstance(data, Dataset):
        for s, p, o, g in data.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            pk = key(p)
            rows.add(("" if name is None or name == DATASET_DEFAULT_GRAPH_ID else key(name), key(s),
                      pk != TYPE_KEY, pk, key(o)))
    else:
        for s, p, o in data.triples((None, None, None)):
            pk = key(p)
            rows.add(("", key(s), pk != TYPE_KEY, pk, key(o)))
    return sorted(rows), terms.__getitem__


class RowIndex:
    """Where each subject's rows are in the dataset's sorted N-Triples rows, and the subjects of each class.

    Why rows rather than rdflib terms: converting every quad to rdflib terms cost more than all the work the
    readers then do. Why only positions: the rows of one subject in one graph are contiguous, and most rows
    (the Web Annotation selectors of every mention …) belong to subjects no reader looks at, so a reader
    gathers a subject's properties when it first asks (`RowView`). Keys hash and compare as plain strings; one
    becomes text or a Python value only where a reader uses it, once (`text`, `lang`, `value`, `rdflib`).

    It holds nothing reader-specific, so the graph files and the viewer share one (`RowIndex.of`), made in
    the build before they are forked.
    """

    def __init__(self, data: QuadDataset | Dataset | Graph) -> None:
        rows, self._term = _rows_of(data)
        self.rows = rows
        # the end of each (graph, subject) run; runs are contiguous, and a dict keeps them in row order
        ends = dict(zip(map(itemgetter(0, 1), rows), range(1, len(rows) + 1), strict=True))
        spans: dict[str, list[tuple[str, int, int]]] = {}
        start = 0
        for (g, s), end in ends.items():
            got = spans.get(s)
            if got is None:
                spans[s] = [(g, start, end)]
            else:
                got.append((g, start, end))
            start = end
        self.spans = spans
        by_type: dict[str, list[str]] = {}
        for _, s, _, _, cls in compress(rows, map(not_, map(itemgetter(2), rows))):  # rdf:type rows, C speed
            got = by_type.get(cls)
            if got is None:
                by_type[cls] = [s]
            else:
                got.append(s)
        self.by_type = by_type
        self._of_type: dict[str, list[str]] = {}
        self._columns: dict[str, dict[str, list[str]]] = {}
        self._texts: dict[str, str] = {}
        self._rdflib: dict[str, object] = {}
        self._values: dict[str, object] = {}

    @classmethod
    def of(cls, data: QuadDataset | Dataset | Graph) -> RowIndex:
        """The index of `data`, made once per state of a build's dataset (readers and the build share it)."""
        if not isinstance(data, QuadDataset):
            return cls(data)
        return data.derived("row-index", lambda: cls(data))

    # structure -------------------------------------------------------------------------------------
    def subjects(self) -> Iterable[str]:
        """Every subject, unordered."""
        return self.spans.keys()

    def graphs_of(self, s: str) -> list[str]:
        """Keys of the named graphs that state something about `s` ("" is the default graph)."""
        return [g for g, _, _ in self.spans.get(s, ())]

    def subjects_of_type(self, cls: str) -> list[str]:
        """Subjects with rdf:type `cls`, in rdflib's order."""
        got = self._of_type.get(cls)
        if got is None:
            got = self._of_type[cls] = sorted(set(self.by_type.get(cls, ())), key=self.subject_order)
        return got

    def subjects_with(self, predicates: Collection[str]) -> list[str]:
        """Subjects that have any of `predicates`, in rdflib's order (one pass over the rows at C speed)."""
        rows = self.rows
        found = compress(rows, map(frozenset(predicates).__contains__, map(itemgetter(3), rows)))
        return sorted(set(map(itemgetter(1), found)), key=self.subject_order)

    def columns(self, *predicates: str) -> tuple[dict[str, list[str]], ...]:
        """Subject -> objects of each predicate, in row order (repeated when several graphs state them).

        Why: a reader that wants one or two properties of many subjects (every mention's body and document)
        would otherwise gather all their rows; this is one pass over the rows at C speed, made once.
        """
        missing = [p for p in predicates if p not in self._columns]
        if missing:
            made: dict[str, dict[str, list[str]]] = {p: {} for p in missing}
            rows = self.rows
            for _, s, _, p, o in compress(rows, map(frozenset(missing).__contains__, map(itemgetter(3), rows))):
                column = made[p]
                objects = column.get(s)
                if objects is None:
                    column[s] = [o]
                else:
                    objects.append(o)
            self._columns.update(made)
        return tuple(self._columns[p] for p in predicates)

    @staticmethod
    def subject_order(key: str) -> tuple[int, str]:
        """rdflib's order of subjects: blank nodes before IRIs, each by text."""
        return (1, key[1:-1]) if key[0] == "<" else (0, key[2:])

    # terms -----------------------------------------------------------------------------------------
    def text(self, key: str) -> str:
        """What `str()` of the rdflib term gives: the IRI, the blank node's id, or the literal's lexical form."""
        if key[0] == "<":
            return key[1:-1]
        got = self._texts.get(key)
        if got is None:
            got = self._texts[key] = key[2:] if key[0] == "_" else self._term(key).value
        return got

    @staticmethod
    def is_literal(key: str) -> bool:
        return key[0] == '"'

    def lang(self, key: str) -> str:
        """A literal's language tag, lower case ("" for none)."""
        return (self._term(key).language or "").lower() if key[0] == '"' else ""

    def is_string(self, key: str) -> bool:
        """A plain, xsd:string or language-tagged literal (its Python value is its text)."""
        return key[0] == '"' and self._term(key).datatype.value in _STRING_TYPES

    def rdflib(self, key: str):
        """The rdflib term (for rdflib's own semantics: ordering, `toPython`, truth)."""
        got = self._rdflib.get(key)
        if got is None:
            got = self._rdflib[key] = URIRef(key[1:-1]) if key[0] == "<" else from_ox(self._term(key))
        return got

    def value(self, key: str):
        """A literal's Python value as rdflib gives it (`toPython`)."""
        got = self._values.get(key, _EMPTY)
        if got is _EMPTY:
            got = self._values[key] = self.rdflib(key).toPython()
        return got

    def truthy(self, key: str) -> bool:
        """Truth of the rdflib term: an empty IRI or string is false, and so is a literal whose value is."""
        if key[0] != '"' or self.is_string(key):
            return bool(self.text(key))
        return bool(self.rdflib(key))

    # orders ----------------------------------------------------------------------------------------
    def rdflib_order(self, keys: list[str]) -> list[str]:
        """Distinct keys in the order rdflib sorts their terms (IRIs by text, strings by language then text)."""
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2:
            return keys
        if all(k[0] == "<" for k in keys):
            return sorted(keys, key=lambda k: k[1:-1])
        if all(self.is_string(k) for k in keys):
            return sorted(keys, key=lambda k: (self.lang(k), self.text(k)))
        return sorted(keys, key=self.rdflib)

    def text_order(self, keys: list[str]) -> list[str]:
        """Distinct keys sorted by their text (ties by key, so the order never depends on hashing)."""
        return sorted(dict.fromkeys(keys), key=lambda k: (self.text(k), k))




class RowView:
    """A reader's look at a `RowIndex`: each subject's properties, gathered on first use, with a property's
    objects distinct and in the reader's `order` (rdflib's unless a subclass says otherwise).

    Several objects stay a tuple (not yet distinct nor ordered) until asked for: most are rdf:type lists no
    reader asks for.
    """

    def __init__(self, data: QuadDataset | Dataset | Graph | RowIndex) -> None:
        index = data if isinstance(data, RowIndex) else RowIndex.of(data)
        self.index = index
        self._rows, self._spans = index.rows, index.spans
        self._props: dict[str, dict[str, list[str] | tuple[str, ...]]] = {}
        # the index's lookups, bound here (readers call them hundreds of thousands of times)
        self.text, self.lang, self.is_literal, self.is_string = index.text, index.lang, index.is_literal, \
            index.is_string
        self.value, self.truthy, self.rdflib = index.value, index.truthy, index.rdflib
        self.subjects, self.graphs_of, self.subject_order = index.subjects, index.graphs_of, index.subject_order
        self.subjects_of_type, self.subjects_with, self.columns = index.subjects_of_type, index.subjects_with, \
            index.columns

    def order(self, keys: list[str]) -> list[str]:
        """A property's objects, distinct, in the reader's order: rdflib's order of the terms here."""
        return self.index.rdflib_order(keys)

    def props(self, s: str) -> dict[str, list[str] | tuple[str, ...]]:
        """Predicate -> objects of one subject, gathered on first use (read them with `first`/`every`)."""
        ps = self._props.get(s)
        if ps is None:
            ps = self._props[s] = {}
            rows = self._rows
            count = 0
            for _, start, end in self._spans.get(s, ()):
                count += end - start
                for _, _, _, p, o in rows[start:end]:
                    got = ps.get(p)
                    if got is None:
                        ps[p] = [o]
                    else:
                        got.append(o)
            if count > len(ps):  # some predicate has several objects
                for p, objects in ps.items():
                    if len(objects) > 1:
                        ps[p] = tuple(objects)
        return ps

    def every(self, ps: dict, p: str) -> list[str]:
        """The objects of `p` in a subject's `props`, distinct and in order."""
        values = ps.get(p)
        if values is None:
            return []
        if type(values) is tuple:
            values = ps[p] = self.order(list(values))
        return values

    def first(self, ps: dict, p: str) -> str | None:
        """The first of `every(ps, p)`, or None."""
        values = ps.get(p)
        if values is None:
            return None
        if type(values) is tuple:
            values = ps[p] = self.order(list(values))
        return values[0]

    def all(self, s: str, p: str) -> list[str]:
        """The distinct objects of `s` and `p`, in the reader's `order`."""
        return self.every(self.props(s), p)

    def one(self, s: str, p: str) -> str | None:
        """The first of `all(s, p)`, or None."""
        return self.first(self.props(s), p)

    def items(self, s: str) -> list[tuple[str, list[str]]]:
        """(predicate, `all(s, predicate)`) for every predicate of `s`."""
        ps = self.props(s)
        return [(p, self.every(ps, p)) for p in ps]


# --------------------------------------------------------------------------------------------- conversion

_k = term_key
_CATEGORY_NAMES = {_k(cls): name for cls, name in CATEGORY_NAMES.items()}
_CATEGORY_CLASSES = frozenset(_CATEGORY_NAMES)
_PROVENANCE_NAMES = {_k(KGO.Curated): "curated", _k(KGO.Extracted): "extracted"}
_EXTRACTED_GRAPH_KEY_PREFIX = "<" + str(GRAPH["extracted/"])
_LABEL_KEYS = {"zh-hans": "label_zh_hans", "zh-hant": "label_zh_hant", "en": "label_en"}
_TAIL_PREFIXES = {kind: str(KGR[f"{kind}/"]) for kind in ("entity", "claim", "document", "relation")}



class _Index(RowView):
    """The row index with kg's lookups: provenance, numbers (objects in rdflib's order, as the graph was
    first built from rdflib terms)."""

    def __init__(self, data: QuadDataset | Dataset | Graph) -> None:
        super().__init__(data)
        self._floats: dict[str | None, float | None] = {None: None}

    def provenance(self, s: str, ps: dict | None = None, values: list[str] | None = None) -> str:
        """curated wins: a node stated in any curated graph (or with kgo:Curated) is curated.

        Its kgo:provenance objects come from `values` when given (any order, repeats allowed), else `ps`.
        """
        if values is None:
            values = self.every(self.props(s) if ps is None else ps, P_PROVENANCE)
        if len(values) == 1:
            return _PROVENANCE_NAMES.get(values[0], "curated")
        if values:
            kinds = {_PROVENANCE_NAMES.get(v, "curated") for v in values}
        else:
            kinds = {"extracted" if g.startswith(_EXTRACTED_GRAPH_KEY_PREFIX) else "curated"
                     for g in self.graphs_of(s)} or {"curated"}
        return "curated" if "curated" in kinds else "extracted"

    def text_or_none(self, key: str | None) -> str | None:
        return self.text(key) if key is not None else None

    def float(self, key: str | None) -> float | None:
        """The number a literal (or an IRI's text) holds, None if it holds none (as rdflib reads it)."""
        got = self._floats.get(key, _EMPTY)
        if got is _EMPTY:
            try:
                got = float(self.value(key) if key[0] == '"' else self.text(key))
            except (TypeError, ValueError):
                got = None
            self._floats[key] = got
        return got


class _Builder:
    def __init__(self, index: _Index) -> None:
        self.ix = index
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.node_docs: dict[str, set[str]] = defaultdict(set)
        self._tails: dict[str, dict[str, str | None]] = {kind: {} for kind in _TAIL_PREFIXES}
        self._entity_ids: dict[str, str | None] = {}

    # ids -------------------------------------------------------------------------------------------
    def tail(self, key: str, kind: str) -> str | None:
        """`kgr:<kind>/<tail>` -> the unquoted tail, else None (memoised: ids repeat across edges)."""
        memo = self._tails[kind]
        if key in memo:
            return memo[key]
        prefix = _TAIL_PREFIXES[kind]
        text = self.ix.text(key)
        got = memo[key] = unquote(text[len(prefix):]) if text.startswith(prefix) else None
        return got

    def entity_id(self, key: str) -> str | None:
        if key in self._entity_ids:
            return self._entity_ids[key]
        tail = self.tail(key, "entity")
        nid = None
        if tail is not None:
            ident = self.ix.one(key, P_IDENTIFIER)
            nid = f"entity:{self.ix.text(ident) if ident is not None else tail}"
            if nid not in self.nodes:  # referenced but never described: still a node, so no edge is lost
                label = self.ix.text(ident) if ident is not None and self.ix.truthy(ident) else tail
                self.nodes[nid] = {"kind": "entity", "iri": self.ix.text(key), "label": label}
        self._entity_ids[key] = nid
        return nid

    def claim_id(self, key: str | None) -> str | None:
        tail = self.tail(key, "claim") if key is not None else None
        return f"claim:{tail}" if tail is not None and f"claim:{tail}" in self.nodes else None

    def document_id(self, key: str) -> str | None:
        tail = self.tail(key, "document")
        return f"document:{tail}" if tail is not None and f"document:{tail}" in self.nodes else None

    def add_edge(self, u: str, v: str, key: str, attrs: dict) -> None:
        self.edges[(u, v, key)] = {k: val for k, val in attrs.items() if val is not None}
        for doc in (attrs.get("document"), attrs.get("target_document")):
            if doc:
                self.node_docs[u].add(doc)
                self.node_docs[v].add(doc)

    # nodes -----------------------------------------------------------------------------------------
    def labels(self, s: str) -> dict[str, str]:
        ix = self.ix
        found: dict[str, str] = {}
        for lit in ix.all(s, P_PREF_LABEL) + ix.all(s, P_LABEL):
            if not ix.is_literal(lit):
                continue
            key = _LABEL_KEYS.get(ix.lang(lit))
            if key and key not in found:
                found[key] = ix.text(lit)
        # both scripts, as the build gives them: fill a missing one by OpenCC from the other
        if "label_zh_hans" in found and "label_zh_hant" not in found:
            found["label_zh_hant"] = to_traditional(found["label_zh_hans"])
        if "label_zh_hant" in found and "label_zh_hans" not in found:
            found["label_zh_hans"] = to_simplified(found["label_zh_hant"])
        return found

    def add_documents(self) -> None:
        ix = self.ix
        for s in ix.subjects_of_type(C_DOCUMENT):
            tail = self.tail(s, "document")
            if tail is None:
                continue
            title = ix.text_or_none(ix.one(s, P_TITLE)) or tail
            self.nodes[f"document:{tail}"] = {
                "kind": "document", "type": "Document", "iri": ix.text(s), "label": title, "title": title,
                "language": ix.text_or_none(ix.one(s, P_LANGUAGE)),
                "date": ix.text_or_none(ix.one(s, P_PUBLISHED)),
                "source_file": ix.text_or_none(ix.one(s, P_SOURCE_FILE)), "documents": [tail],
                "provenance": "curated",
            }

    def add_entities(self) -> None:
        ix = self.ix
        subjects = sorted({s for cls in _CATEGORY_CLASSES for s in ix.subjects_of_type(cls)}, key=ix.subject_order)
        for s in subjects:
            tail = self.tail(s, "entity")
            if tail is None:
                continue
            types = set(ix.all(s, P_TYPE))
            categories = sorted(_CATEGORY_NAMES[c] for c in types & _CATEGORY_CLASSES)
            own = sorted(TYPE_NAMES[t] for t in types if t in TYPE_NAMES and t not in _CATEGORY_CLASSES)
            own = own or sorted(TYPE_NAMES[t] for t in types if t in TYPE_NAMES)
            labels = self.labels(s)
            ident = ix.text_or_none(ix.one(s, P_IDENTIFIER)) or tail
            same_as = ix.one(s, P_SAME_AS)
            self.nodes[f"entity:{ident}"] = {
                "kind": "entity", "iri": ix.text(s), "type": own[0] if own else "Entity",
                "category": categories[0] if categories else None,
                "label": labels.get("label_zh_hans") or labels.get("label_zh_hant") or labels.get("label_en")
                or ident,
                **labels,
                "aliases": sorted({ix.text(a) for a in ix.all(s, P_ALT_LABEL)}),
                "wikidata": ix.text(same_as).rsplit("/", 1)[-1] if same_as is not None else None,
                "description": ix.text_or_none(ix.one(s, P_DESCRIPTION)),
                "provenance": ix.provenance(s),
                "confidence": ix.float(ix.one(s, P_CONFIDENCE)),
            }

    def add_claims(self) -> None:
        ix = self.ix
        first = ix.first
        for s in ix.subjects_of_type(C_CLAIM):
            tail = self.tail(s, "claim")
            if tail is None:
                continue
            ps = ix.props(s)
            doc_iri = first(ps, P_IN_DOCUMENT)
            doc = self.tail(doc_iri, "document") if doc_iri is not None else None
            quote = ix.text_or_none(first(ps, P_TEXT)) or ""
            machine = first(ps, P_MACHINE)
            self.nodes[f"claim:{tail}"] = {
                "kind": "claim", "type": "Claim", "iri": ix.text(s), "label": quote or tail, "quote": quote,
                "summary": ix.text_or_none(first(ps, P_SUMMARY)),
                "stance": STANCE_NAMES.get(first(ps, P_STANCE)),
                "document": doc, "provenance": ix.provenance(s, ps),
                "confidence": ix.float(first(ps, P_CONFIDENCE)),
                "machine_generated": bool(ix.value(machine)) if machine is not None and ix.is_literal(machine)
                else None,
            }
        for s in ix.subjects_of_type(C_CLAIM):
            cid = self.claim_id(s)
            if cid is None:
                continue
            claim = self.nodes[cid]
            base = {"kind": "claim", "document": claim["document"], "provenance": claim["provenance"],
                    "confidence": claim["confidence"]}
            ps = ix.props(s)
            for prop, rel in ((P_ABOUT, "about"), (P_SPEAKER, "speaker"), (P_RELAYED_BY, "relayed-by")):
                for target in ix.every(ps, prop):
                    eid = self.entity_id(target)
                    if eid is None:
                        continue
                    if rel != "about":
                        claim[rel.replace("-", "_")] = eid
                    self.add_edge(cid, eid, f"{cid}--{rel}--{eid}", {**base, "relation": rel})

    def anchor(self, s: str) -> tuple[str | None, int | None]:
        """The exact quote and start offset of a statement's Web Annotation anchor."""
        ix = self.ix
        quote = start = None
        for anchor in ix.all(s, P_ANCHOR):
            for sel in ix.all(anchor, P_SELECTOR):
                ps = ix.props(sel)
                exact = ix.first(ps, P_EXACT)
                if exact is not None:
                    quote = ix.text(exact)
                offset = ix.first(ps, P_START)
                if offset is not None:
                    start = int(ix.value(offset))
        return quote, start

    def add_actor_relations(self) -> None:
        ix = self.ix
        reified = set()
        first = ix.first
        for s in ix.subjects_of_type(C_ACTOR_RELATION):
            ps = ix.props(s)
            pred = first(ps, P_PREDICATE)
            subj, obj = first(ps, P_SUBJECT), first(ps, P_OBJECT)
            u = self.entity_id(subj) if subj is not None else None
            v = self.entity_id(obj) if obj is not None else None
            if u is None or v is None or pred is None:
                continue
            rel = ACTOR_NAMES.get(pred) or _local(ix.text(pred))
            reified.add((u, rel, v))
            doc_iri = first(ps, P_IN_DOCUMENT)
            doc = self.tail(doc_iri, "document") if doc_iri is not None else None
            quote, start = self.anchor(s)
            key = f"{u}--{rel}--{v}--{doc or ''}:{start if start is not None else self.tail(s, 'relation')}"
            self.add_edge(u, v, key, {
                "kind": "actor", "relation": rel, "quote": quote, "document": doc, "quote_start": start,
                "provenance": ix.provenance(s, ps), "confidence": ix.float(first(ps, P_CONFIDENCE)),
                "rationale": ix.text_or_none(first(ps, P_RATIONALE)),
            })
        # direct triples that were stated without a reified statement (e.g. from another tool's dump)
        for s in ix.subjects_with(ACTOR_NAMES):
            for pred, objects in sorted(ix.items(s), key=lambda item: ix.text(item[0])):
                if pred not in ACTOR_NAMES:
                    continue
                for o in objects:
                    u, v = self.entity_id(s), self.entity_id(o)
                    rel = ACTOR_NAMES[pred]
                    if u and v and (u, rel, v) not in reified:
                        self.add_edge(u, v, f"{u}--{rel}--{v}", {"kind": "actor", "relation": rel,
                                                                 "provenance": ix.provenance(s)})

    def add_claim_relations(self) -> None:
        ix = self.ix
        done = set()
        first = ix.first
        for s in ix.subjects_of_type(C_CLAIM_RELATION):
            ps = ix.props(s)
            pred = first(ps, P_PREDICATE)
            u, v = self.claim_id(first(ps, P_SUBJECT)), self.claim_id(first(ps, P_OBJECT))
            if u is None or v is None or pred not in CLAIM_REL_NAMES:
                continue
            rel = CLAIM_REL_NAMES[pred]
            done.add((u, rel, v))
            self._claim_relation(u, v, rel, ix.provenance(s, ps), ix.text_or_none(first(ps, P_RATIONALE)),
                                 ix.float(first(ps, P_CONFIDENCE)))
        for s in ix.subjects_with(CLAIM_REL_NAMES):
            for pred, objects in sorted(ix.items(s), key=lambda item: ix.text(item[0])):
                if pred not in CLAIM_REL_NAMES:
                    continue
                for o in objects:
                    u, v, rel = self.claim_id(s), self.claim_id(o), CLAIM_REL_NAMES[pred]
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
        ix = self.ix
        counts: Counter = Counter()
        provs: dict[tuple[str, str], set[str]] = defaultdict(set)
        # three properties of every mention, read by column rather than by gathering each mention
        in_document, bodies, provenance = ix.columns(P_IN_DOCUMENT, P_BODY, P_PROVENANCE)
        for s in ix.subjects_of_type(C_MENTION):
            docs = in_document.get(s)
            doc_iri = None if docs is None else docs[0] if len(docs) == 1 else ix.order(docs)[0]
            did = self.document_id(doc_iri) if doc_iri is not None else None
            for body in dict.fromkeys(bodies.get(s, ())):
                eid = self.entity_id(body)
                if eid and did:
                    counts[(eid, did)] += 1
                    provs[(eid, did)].add(ix.provenance(s, values=provenance.get(s, [])))
        for (eid, did), n in sorted(counts.items()):
            self.add_edge(eid, did, f"{eid}--mentioned-in--{did}", {
                "kind": "mention", "relation": "mentioned-in", "count": n, "document": did.split(":", 1)[1],
                "provenance": "curated" if "curated" in provs[(eid, did)] else "extracted",
            })

    def add_document_edges(self) -> None:
        ix = self.ix
        for s in ix.subjects_of_type(C_DOCUMENT):
            did = self.document_id(s)
            if did is None:
                continue
            for prop, rel in ((P_AUTHOR, "author"), (P_PUBLISHER, "publisher"), (P_EDITOR, "editor")):
                for o in ix.all(s, prop):
                    eid = self.entity_id(o)
                    if eid:
                        self.nodes[did][rel] = eid
                        self.add_edge(did, eid, f"{did}--{rel}--{eid}", {
                            "kind": "document", "relation": rel, "document": did.split(":", 1)[1],
                            "provenance": "curated"})

    def records(self) -> GraphRecords:
        for nid, docs in self.node_docs.items():
            node = self.nodes[nid]
            if node["kind"] == "entity":
                node["documents"] = sorted(docs)
        for node in self.nodes.values():
            if node["kind"] == "claim":
                node["documents"] = [node["document"]] if node.get("document") else []
            node.setdefault("documents", [])
        nodes, edges = self.nodes, self.edges
        return ([(nid, {k: v for k, v in sorted(nodes[nid].items()) if v is not None}) for nid in sorted(nodes)],
                [(u, v, key, dict(sorted(edges[(u, v, key)].items()))) for u, v, key in sorted(edges)])


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


GraphRecords = tuple[list[tuple[str, dict]], list[tuple[str, str, str, dict]]]


def graph_records(data: QuadDataset | Dataset | Graph) -> GraphRecords:
    """What `to_networkx` puts in its graph, as lists: nodes `(id, attributes)` sorted by id, and edges
    `(source, target, key, attributes)` sorted; attributes sorted by name, None left out.

    Why: the graph files are written straight from these; building the networkx graph costs as much as
    writing a file.
    """
    b = _Builder(_Index(data))
    b.add_documents()
    b.add_entities()
    b.add_claims()
    b.add_actor_relations()
    b.add_claim_relations()
    b.add_mentions()
    b.add_document_edges()
    return b.records()


def graph_from_records(nodes: list[tuple[str, dict]], edges: list[tuple[str, str, str, dict]]) -> nx.MultiDiGraph:
    """The MultiDiGraph of `graph_records`, nodes and edges inserted in their (sorted) order."""
    G = nx.MultiDiGraph(name="kg")
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    return G


def to_networkx(data: QuadDataset | Dataset | Graph) -> nx.MultiDiGraph:
    """The dataset (the build's rows, or a loaded rdflib graph of kg triples) as a networkx MultiDiGraph."""
    return graph_from_records(*graph_records(data))


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

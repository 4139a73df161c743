"""The build's dataset as Oxigraph quads: written once, sorted once, read by everything after the build.

rdflib costs ~10 µs per added triple and keeps several indexes per graph; a corpus of 1,000 extracted documents
is ~4M quads, so the build writes `pyoxigraph.Quad`s straight into a list instead. Writers keep rdflib's
`URIRef` constants (cheap `str` subclasses, converted once per distinct IRI) and build literals as
`pyoxigraph.Literal`. Readers that need rdflib (pySHACL, the analytics and viewer indexes) get a converted
view of just the quads they ask for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.oxi import from_ox, to_ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DATATYPES: dict[str, ox.NamedNode] = {}


def lit(value: str, lang: str | None = None) -> ox.Literal:
    """A plain or language-tagged literal."""
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def typed(value: str, datatype: str) -> ox.Literal:
    """A typed literal; `datatype` is an IRI or an xsd local name ("decimal", "nonNegativeInteger" …)."""
    iri = datatype if ":" in datatype else XSD + datatype
    node = _DATATYPES.get(iri)
    if node is None:
        node = _DATATYPES[iri] = ox.NamedNode(iri)
    return ox.Literal(value, datatype=node)


def boolean(value: bool) -> ox.Literal:
    return typed("true" if value else "false", "boolean")


class GraphSink:
    """Write access to one named graph: `add((s, p, o))` like an rdflib Graph, terms rdflib or Oxigraph."""

    __slots__ = ("_ds", "_name", "identifier")

    def __init__(self, ds: QuadDataset, name: URIRef | None) -> None:
        self._ds = ds
        self.identifier = name
        self._name = ox.DefaultGraph() if name is None else ds.term(name)

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        term = self._ds.term
        self._ds.append(ox.Quad(term(s), term(p), term(o), self._name))


class QuadDataset:
    """Quads of all named graphs, distinct and in one stable order once read.

    Offers the read side of rdflib's Dataset that our readers use (`quads`, `graph`, `graphs`, `len`), plus
    `ox_quads()` (the sorted quads every export is written from) and `store()` (an Oxigraph store for queries).
    """

    def __init__(self, quads: Iterable[ox.Quad] = ()) -> None:
        self._pending: list[ox.Quad] = list(quads)
        self._sorted: list[ox.Quad] = []
        self._iris: dict[URIRef, ox.NamedNode] = {}
        self._store: ox.Store | None = None
        self._rdflib: list[tuple] | None = None

    # writing ---------------------------------------------------------------------------------------
    def term(self, t):
        """An rdflib or Oxigraph term as an Oxigraph term (IRIs converted once each)."""
        if type(t) is URIRef:
            node = self._iris.get(t)
            if node is None:
                node = self._iris[t] = ox.NamedNode(t)
            return node
        if isinstance(t, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            return t
        if isinstance(t, (URIRef, Literal, BNode)):
            return to_ox(t)
        raise TypeError(f"cannot store {t!r} in the dataset")

    def append(self, quad: ox.Quad) -> None:
        self._pending.append(quad)
        self._store = self._rdflib = None

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self._pending.extend(quads)
        self._store = self._rdflib = None

    def sink(self, name: URIRef | None) -> GraphSink:
        return GraphSink(self, name)

    # reading ---------------------------------------------------------------------------------------
    def ox_quads(self) -> list[ox.Quad]:
        """Distinct quads in the exports' order: graph, subject, rdf:type first, predicate, object (N-Triples)."""
        if self._pending:
            merged = set(self._sorted)
            merged.update(self._pending)
            self._pending = []
            self._sorted = sorted(merged, key=_order)
        return self._sorted

    def __len__(self) -> int:
        return len(self.ox_quads())

    def store(self) -> ox.Store:
        """An in-memory Oxigraph store with every quad (built once, until the dataset changes)."""
        if self._store is None or self._pending:
            store = ox.Store()
            store.bulk_extend(self.ox_quads())
            self._store = store
        return self._store

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs that hold at least one quad, sorted."""
        names = {q.graph_name.value for q in self.ox_quads() if isinstance(q.graph_name, ox.NamedNode)}
        return sorted(names)

    def quads(self, pattern: tuple = (None, None, None, None)) -> Iterator[tuple]:
        """Every quad as rdflib terms (subject, predicate, object, graph IRI); only the all-None pattern."""
        if any(x is not None for x in pattern):
            raise NotImplementedError("QuadDataset.quads reads everything; query store() for patterns")
        if self._rdflib is None or self._pending:
            memo: dict = {}

            def conv(t):
                got = memo.get(t)
                if got is None:
                    got = memo[t] = from_ox(t)
                return got

            self._rdflib = [(conv(q.subject), conv(q.predicate), conv(q.object), conv(q.graph_name))
                            for q in self.ox_quads()]
        return iter(self._rdflib)

    def graph(self, name: URIRef) -> Graph:
        """A read-only rdflib copy of one named graph (for inspection and tests)."""
        g = Graph(identifier=name)
        key = ox.NamedNode(str(name))
        for q in self.ox_quads():
            if q.graph_name == key:
                g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g

    def graphs(self) -> Iterator[Graph]:
        for name in self.graph_names():
            yield self.graph(URIRef(name))

    def rdflib_graph(self, keep=lambda graph_iri: True) -> Graph:
        """The quads of the named graphs `keep` accepts, flattened into one rdflib Graph (for pySHACL)."""
        g = Graph()
        memo: dict = {}
        for q in self.ox_quads():
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if keep(name):
                triple = []
                for t in (q.subject, q.predicate, q.object):
                    got = memo.get(t)
                    if got is None:
                        got = memo[t] = from_ox(t)
                    triple.append(got)
                g.add(tuple(triple))
        return g

    def to_rdflib(self) -> Dataset:
        """A full rdflib Dataset copy: for small graphs and tools that need rdflib's own API."""
        ds = Dataset()
        for s, p, o, g in self.quads():
            ds.add((s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g))
        return ds


def _order(q: ox.Quad) -> tuple:
    return str(q.graph_name), str(q.subject), q.predicate != _TYPE, str(q.predicate), str(q.object)

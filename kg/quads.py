"""The build's dataset as sorted N-Quads rows: written once, sorted once, read by everything after the build.

rdflib costs ~10 µs per added triple and keeps several indexes per graph, and even a `pyoxigraph.Quad` costs
~3 µs to make and ~1 µs per attribute read; a corpus of 1,000 extracted documents is ~4M quads. So a quad is
kept as a row of N-Triples term strings `(graph, subject, not-rdf:type, predicate, object)`: the row is its
own sort key, N-Quads and N-Triples are joins of rows, and Oxigraph (Rust) parses those to write Turtle,
TriG and RDF/XML or fill a store. Each distinct term is converted once: writers keep rdflib's `URIRef`
constants and build literals as `pyoxigraph.Literal`. Readers that need rdflib (pySHACL, the analytics and
viewer indexes) get converted views.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.oxi import from_ox, to_ox

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE_KEY = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_DATATYPES: dict[str, ox.NamedNode] = {}
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # characters N-Triples forbids inside <…>

Row = tuple[str, str, bool, str, str]  # graph ("" = default), subject, predicate is not rdf:type, predicate, object


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

    __slots__ = ("_ds", "_gk", "identifier")

    def __init__(self, ds: QuadDataset, name: URIRef | None) -> None:
        self._ds = ds
        self.identifier = name
        self._gk = "" if name is None else ds.key(name)

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        ds = self._ds
        known = ds._iris  # the common case first: an IRI seen before (subjects and predicates always are IRIs)
        pk = known.get(p) or ds.key(p)
        ds.add_row((self._gk, known.get(s) or ds.key(s), pk != TYPE_KEY, pk,
                    (known.get(o) if type(o) is URIRef else None) or ds.key(o)))


class QuadDataset:
    """Every quad of every named graph, distinct and in one stable order once read.

    Offers the read side of rdflib's Dataset that our readers use (`quads`, `graph`, `len`), and the
    fast paths: `rows()`, `nquads()`, `ntriples()`, `ox_quads()`, `store()`.
    """

    def __init__(self) -> None:
        self._pending: list[Row] = []
        self._rows: list[Row] = []
        self._blocks: dict[str, tuple[int, int]] = {}  # graph key -> its [start, end) in _rows
        self._iris: dict[URIRef, str] = {}
        self._terms: dict[str, object] = {}  # N-Triples key -> Oxigraph term
        self._cache: dict[str, object] = {}

    @classmethod
    def from_rdflib(cls, ds: Dataset | Graph) -> QuadDataset:
        out = cls()
        if isinstance(ds, Dataset):
            for s, p, o, g in ds.quads((None, None, None, None)):
                name = getattr(g, "identifier", g)
                out.sink(None if name == DATASET_DEFAULT_GRAPH_ID else name).add((s, p, o))
        else:
            sink = out.sink(None)
            for t in ds:
                sink.add(t)
        return out

    # writing ---------------------------------------------------------------------------------------
    def key(self, t) -> str:
        """The N-Triples form of an rdflib or Oxigraph term (IRIs are converted and checked once each).

        IRIs are written as Oxigraph writes them, `<…>` unescaped, after the N-Triples IRIREF check.
        """
        if type(t) is URIRef:
            k = self._iris.get(t)
            if k is None:
                if _NOT_IRI.search(t) or ":" not in t:
                    raise ValueError(f"not an absolute IRI: {t!r}")
                k = self._iris[t] = f"<{t}>"
            return k
        if not isinstance(t, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            if not isinstance(t, (URIRef, Literal, BNode)):
                raise TypeError(f"cannot store {t!r} in the dataset")
            t = to_ox(t)
        k = str(t)
        if k not in self._terms:
            self._terms[k] = t
        return k

    def add_row(self, row: Row) -> None:
        self._pending.append(row)
        if self._cache:
            self._cache = {}

    def sink(self, name: URIRef | None) -> GraphSink:
        return GraphSink(self, name)

    # reading ---------------------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        """Distinct rows in the exports' order: graph, subject, rdf:type first, predicate, object."""
        if self._pending:
            added: dict[str, set[Row]] = {}
            for row in self._pending:
                group = added.get(row[0])
                if group is None:
                    group = added[row[0]] = set()
                group.add(row)
            self._pending = []
            # graph by graph: ~40% fewer comparisons than one sort of everything (same order), and a graph that
            # got no new rows keeps its sorted block (the statistics graph added last re-sorts only itself)
            old, rows, blocks = self._rows, [], {}
            for name in sorted(self._blocks.keys() | added.keys()):
                start, end = self._blocks.get(name, (0, 0))
                group = added.get(name)
                if group is None:
                    rows.extend(old[start:end])
                else:
                    group.update(old[start:end])
                    rows.extend(sorted(group))
                blocks[name] = (len(rows) - (end - start if group is None else len(group)), len(rows))
            self._rows, self._blocks = rows, blocks
        return self._rows

    def term(self, key: str):
        """The Oxigraph term behind an N-Triples key."""
        return ox.NamedNode(key[1:-1]) if key[0] == "<" else self._terms[key]

    def __len__(self) -> int:
        return len(self.rows())

    def derived(self, name: str, make: Callable[[], object]):
        """A value made from the rows (a text, an index …), made once per state of the dataset: adding rows drops
        it. Why here: what is derived lives and dies with the dataset, so nothing keeps an old one alive."""
        if self._pending:
            self.rows()
            self._cache = {}
        if name not in self._cache:
            self._cache[name] = make()
        return self._cache[name]

    def nquads(self) -> str:
        """The dataset as N-Quads, in row order (byte for byte what Oxigraph's writer makes of the quads)."""
        return self.derived("nq", lambda: "".join(self.nquads_chunks()))

    def nquads_chunks(self) -> Iterator[str]:
        """`nquads()` one graph at a time: a writer streams it to a file without holding all of it."""
        for g, rows in groupby(self.rows(), itemgetter(0)):
            end = f" {g} .\n" if g else " .\n"
            yield "".join([f"{s} {p} {o}{end}" for _, s, _, p, o in rows])

    def ntriples(self) -> str:
        """The union of the graphs as N-Triples: each triple once, where it first occurs in row order."""
        return self.derived("nt", lambda: "".join(self.ntriples_chunks()))

    def ntriples_chunks(self) -> Iterator[str]:
        """`ntriples()` one graph at a time, each triple where it first occurs.

        Only a triple whose subject is in more than one graph can repeat, so only those rows go through the set
        of triples written so far (in a 500-document build 344 subjects, an eighth of the rows): half the time
        of de-duplicating every row.
        """
        rows = self.rows()
        shared: set[str] = set()
        subjects: set[str] = set()
        for _, graph_rows in groupby(rows, itemgetter(0)):
            here = {s for s, _ in groupby(graph_rows, itemgetter(1))}
            shared |= here & subjects
            subjects |= here
        del subjects
        seen: set[tuple[str, str, str]] = set()
        add = seen.add
        for _, graph_rows in groupby(rows, itemgetter(0)):
            yield "".join([f"{s} {p} {o} .\n" for _, s, _, p, o in graph_rows
                           if s not in shared or not ((s, p, o) in seen or add((s, p, o)))])

    def ox_quads(self) -> list[ox.Quad]:
        """The rows as Oxigraph quads (parsed from the N-Quads text by Oxigraph: faster than making them here)."""
        return self.derived("ox_quads", lambda: list(ox.parse(self.nquads().encode("utf-8"),
                                                              format=ox.RdfFormat.N_QUADS)))

    def store(self) -> ox.Store:
        """An in-memory Oxigraph store with every quad (built once, until the dataset changes)."""
        def make() -> ox.Store:
            store = ox.Store()
            store.load(self.nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            return store
        return self.derived("store", make)

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs that hold at least one quad, sorted."""
        return sorted({g[1:-1] for g, *_ in self.rows() if g})

    def _rdflib_term(self, memo: dict, key: str):
        got = memo.get(key)
        if got is None:
            got = memo[key] = URIRef(key[1:-1]) if key[0] == "<" else from_ox(self._terms[key])
        return got

    def quads(self, pattern: tuple = (None, None, None, None)) -> Iterator[tuple]:
        """Every quad as rdflib terms (subject, predicate, object, graph IRI); only the all-None pattern."""
        if any(x is not None for x in pattern):
            raise NotImplementedError("QuadDataset.quads reads everything; query store() for patterns")

        def make() -> list[tuple]:
            memo: dict = {}
            conv = self._rdflib_term
            return [(conv(memo, s), conv(memo, p), conv(memo, o), conv(memo, g) if g else DATASET_DEFAULT_GRAPH_ID)
                    for g, s, _, p, o in self.rows()]
        return iter(self.derived("rdflib", make))

    def rdflib_graph(self, keep: Callable[[str], bool] = lambda graph_iri: True,
                     identifier: URIRef | None = None) -> Graph:
        """The quads of the named graphs `keep` accepts (by IRI, "" for the default graph), as one Graph."""
        g = Graph(identifier=identifier)
        memo: dict = {}
        conv = self._rdflib_term
        for gk, s, _, p, o in self.rows():
            if keep(gk[1:-1]):
                g.add((conv(memo, s), conv(memo, p), conv(memo, o)))
        return g

    def graph(self, name: URIRef) -> Graph:
        """A read-only rdflib copy of one named graph (for inspection and tests; adding to it changes nothing)."""
        return self.rdflib_graph(lambda iri: iri == str(name), identifier=name)


def as_quad_dataset(data: QuadDataset | Dataset | Graph | Iterable) -> QuadDataset:
    """Readers accept what the build makes or what rdflib loaded."""
    return data if isinstance(data, QuadDataset) else QuadDataset.from_rdflib(data)

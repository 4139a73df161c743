"""rdflib <-> pyoxigraph term conversion: rdflib builds the graph, Oxigraph serialises and queries it fast."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID


def to_ox(term):
    """One rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def from_ox(term):
    """One pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.DefaultGraph):
        return DATASET_DEFAULT_GRAPH_ID
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


_TYPE = ox.NamedNode(str(RDF.type))


def ox_quads(ds) -> list[ox.Quad]:
    """The dataset's distinct quads as Oxigraph quads in a stable order: graph, subject, rdf:type first,
    predicate, object (compared in N-Triples form). Terms are converted once each (most repeat).

    A `kg.quads.QuadDataset` (what the build makes) already holds them; an rdflib Dataset is converted.
    """
    if hasattr(ds, "ox_quads"):
        return ds.ox_quads()
    memo: dict = {}

    def conv(term):
        got = memo.get(term)
        if got is None:
            got = memo[term] = to_ox(term)
        return got

    quads = set()
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        g = getattr(ctx, "identifier", ctx)
        graph = ox.DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else conv(g)
        quads.add(ox.Quad(conv(s), conv(p), conv(o), graph))
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), q.predicate != _TYPE,
                                        str(q.predicate), str(q.object)))


def to_store(ds) -> ox.Store:
    """An in-memory Oxigraph store holding the dataset (rdflib Dataset or QuadDataset), named graphs kept."""
    if hasattr(ds, "store"):
        return ds.store()
    store = ox.Store()
    store.extend(ox_quads(ds))
    return store

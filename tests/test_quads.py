"""kg.quads: rows of N-Triples terms must serialise exactly as Oxigraph would, in one stable order."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from kg.namespaces import KGR
from kg.quads import QuadDataset, boolean, lit, typed

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
LANGS = st.sampled_from([None, "zh-Hans", "zh-Hant", "en"])
IRIS = st.builds(lambda s: KGR[f"x/{s}"], st.text(alphabet="ab中文-_0", min_size=1, max_size=4))


@st.composite
def objects(draw):
    kind = draw(st.sampled_from(["iri", "lit", "typed", "bool", "rdflib"]))
    if kind == "iri":
        return draw(IRIS)
    if kind == "lit":
        return lit(draw(TEXT), draw(LANGS))
    if kind == "typed":
        return typed(str(draw(st.integers(0, 10**6))), "nonNegativeInteger")
    if kind == "bool":
        return boolean(draw(st.booleans()))
    return Literal(draw(TEXT), lang=draw(LANGS))


QUADS = st.lists(st.tuples(st.sampled_from(["g1", "g2", "extracted/d"]), IRIS, IRIS, objects()), max_size=25)


def _dataset(quads) -> QuadDataset:
    ds = QuadDataset()
    for g, s, p, o in quads:
        ds.sink(KGR[g]).add((s, p, o))
    return ds


@settings(max_examples=150, deadline=None)
@given(QUADS)
def test_nquads_is_what_oxigraph_writes(quads):
    ds = _dataset(quads)
    text = ds.nquads()
    parsed = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    assert ox.serialize(parsed, format=ox.RdfFormat.N_QUADS).decode() == text
    assert len(parsed) == len(set(parsed)) == len(ds)
    # N-Triples: the same triples once each, graphs flattened
    triples = {(q.subject, q.predicate, q.object) for q in parsed}
    nt = list(ox.parse(ds.ntriples().encode(), format=ox.RdfFormat.N_TRIPLES))
    assert len(nt) == len(triples) and {(t.subject, t.predicate, t.object) for t in nt} == triples


@settings(max_examples=60, deadline=None)
@given(QUADS, st.randoms())
def test_order_does_not_depend_on_insertion(quads, rnd):
    shuffled = list(quads)
    rnd.shuffle(shuffled)
    assert _dataset(quads).nquads() == _dataset(shuffled).nquads()


def test_rdf_type_comes_first_within_a_subject():
    ds = QuadDataset()
    g = ds.sink(KGR["g"])
    s = KGR["s"]
    g.add((s, URIRef("http://a.example/p"), lit("x")))
    g.add((s, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("http://z.example/C")))
    assert ds.nquads().splitlines()[0].split()[1].endswith("#type>")


@pytest.mark.parametrize("bad", ["no-scheme", "http://a b", "http://a/<x>", 'http://a/"q"'])
def test_invalid_iris_are_refused(bad):
    with pytest.raises(ValueError, match="IRI"):
        QuadDataset().sink(KGR["g"]).add((URIRef(bad), KGR["p"], lit("x")))


def test_readers_see_the_same_quads():
    ds = QuadDataset()
    ds.sink(KGR["g"]).add((KGR["s"], KGR["p"], lit("值", "zh-Hans")))
    ds.sink(KGR["h"]).add((KGR["s"], KGR["p"], typed("0.500", "decimal")))
    assert len(list(ds.quads())) == 2 == len(ds.ox_quads())
    assert ds.graph_names() == [str(KGR["g"]), str(KGR["h"])]
    assert len(ds.graph(KGR["g"])) == 1
    assert sum(1 for _ in ds.store().quads_for_pattern(None, None, None, None)) == 2
    ds.sink(KGR["g"]).add((KGR["t"], KGR["p"], KGR["s"]))  # adding after reading: every view is refreshed
    assert len(list(ds.quads())) == 3 == len(ds.ox_quads()) == len(ds.store())


@settings(max_examples=150, deadline=None)
@given(QUADS)
def test_streamed_text_is_the_joined_rows(quads):
    """Graph-by-graph chunks join to one line per row (N-Quads) and per first occurrence of a triple (N-Triples),
    however many graphs share a subject."""
    ds = _dataset(quads)
    rows = ds.rows()
    assert "".join(ds.nquads_chunks()) == ds.nquads() == "".join(
        f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n" for g, s, _, p, o in rows)
    first_seen = dict.fromkeys((s, p, o) for _, s, _, p, o in rows)
    assert "".join(ds.ntriples_chunks()) == ds.ntriples() == "".join(f"{s} {p} {o} .\n" for s, p, o in first_seen)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("spq"), st.sampled_from("xyz")), max_size=30),
       st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("spq"), st.sampled_from("xyz")), max_size=30))
def test_rows_read_between_additions_equal_one_sort_of_everything(first, second):
    """rows() re-sorts only the graphs that got new rows: the result must equal sorting all distinct rows."""
    def fill(ds, quads):
        for g, s, o in quads:
            ds.sink(KGR[f"g/{g}"]).add((KGR[s], KGR["p"], lit(o)))
    stepwise, whole = QuadDataset(), QuadDataset()
    fill(stepwise, first)
    stepwise.rows()
    fill(stepwise, second)
    fill(whole, first + second)
    assert stepwise.rows() == whole.rows() == sorted(set(whole.rows()))
    fill(stepwise, first)  # rows already there change nothing
    assert stepwise.rows() == whole.rows()

"""kg.stats: per-document statement counts (VoID class partitions) and the provenance-counts question reading them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import query as q
from kg import stats

ROOT = Path(__file__).resolve().parents[1]
KGO = "https://w3id.org/kgcn/ontology#"
PREFIXES = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in q.QUERY_PREFIXES.items())


def store_of(quads) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def rows(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in q.run_query(store, text).rows]


def counts(quads: list[ox.Quad]) -> dict[tuple[str, str, str], int]:
    """{(document, provenance, kind): n} read back from the statistics quads."""
    by_node: dict[str, dict[str, ox.NamedNode | ox.Literal]] = {}
    for quad in quads:
        if quad.subject.value.startswith(stats.STATS_PREFIX):  # the partitions, not the entities' document counts
            by_node.setdefault(quad.subject.value, {})[quad.predicate.value] = quad.object
    return {(p[stats.FOR_DOCUMENT.value].value, p[stats.PROVENANCE.value].value, p[stats.VOID_CLASS.value].value):
            int(p[stats.VOID_ENTITIES.value].value) for p in by_node.values()}


@pytest.fixture(scope="module")
def seed_quads() -> list[ox.Quad]:
    store, _origin = q.load_graph(ROOT)
    return [quad for quad in store if quad.graph_name != stats.STATS_GRAPH]


@pytest.fixture(scope="module")
def generated_quads() -> list[ox.Quad]:
    spec = importlib.util.spec_from_file_location("gen_graph", ROOT / "bench" / "gen_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(20_000)


def test_seed_counts_equal_the_sparql_join(seed_quads):
    store = store_of(seed_quads)
    out = stats.statement_counts(store)
    assert out and all(quad.graph_name == stats.STATS_GRAPH for quad in out)
    joined = q.run_query(store, """
        SELECT ?document ?provenance ?kind (COUNT(DISTINCT ?statement) AS ?n) WHERE {
          VALUES ?kind { kgo:Claim kgo:Mention kgo:ActorRelation }
          ?statement a ?kind ; kgo:inDocument ?document ; kgo:provenance ?provenance .
        } GROUP BY ?document ?provenance ?kind""")
    expected = {(d.value, p.value, k.value): int(n.value) for d, p, k, n in joined.rows}
    assert counts(out) == expected
    assert expected[(q.KGR + "document/003_9b9fa22beda634b6", KGO + "Curated", KGO + "Claim")] == 58


def test_store_and_quad_iterable_give_the_same_sorted_quads(seed_quads):
    from_store = stats.statement_counts(store_of(seed_quads))
    assert stats.statement_counts(iter(seed_quads)) == from_store
    assert from_store == sorted(from_store, key=lambda x: (x.subject.value, x.predicate.value, str(x.object)))


def test_counting_again_over_the_statistics_changes_nothing(seed_quads):
    first = stats.statement_counts(seed_quads)
    assert stats.statement_counts(seed_quads + first) == first


@pytest.mark.parametrize("read", ["store", "quads"])
def test_a_statement_counts_once_per_document_provenance_and_kind(read):
    store = ox.Store()
    store.load(PREFIXES + """
<graph/a> { <claim/1> a kgo:Claim ; kgo:inDocument <document/d> ; kgo:provenance kgo:Curated . }
<graph/b> { <claim/1> a kgo:Claim ; kgo:inDocument <document/d> ; kgo:provenance kgo:Curated . }
<graph/b> { <claim/2> a kgo:Claim, kgo:Mention ; kgo:inDocument <document/d> ; kgo:provenance kgo:Extracted .
            _:m a kgo:Mention ; kgo:inDocument <document/d> ; kgo:provenance kgo:Extracted .
            <claim/3> a kgo:Claim ; kgo:inDocument <document/d> .
            <other/4> a kgo:ClaimRelation ; kgo:inDocument <document/d> ; kgo:provenance kgo:Curated . }
""", format=ox.RdfFormat.TRIG, base_iri=q.KGR)
    d = q.KGR + "document/d"
    assert counts(stats.statement_counts(store if read == "store" else list(store))) == {
        (d, KGO + "Curated", KGO + "Claim"): 1,  # repeated in two graphs, counted once
        (d, KGO + "Extracted", KGO + "Claim"): 1,
        (d, KGO + "Extracted", KGO + "Mention"): 2,  # a statement of two kinds counts for each; blank nodes count
    }  # no provenance (claim/3) or another kind (ClaimRelation): not counted
    assert stats.statement_counts([]) == []


def test_partition_iris_are_readable_and_distinct():
    out = stats.statement_counts(ox.parse(PREFIXES + """
<claim/1> a kgo:Claim ; kgo:inDocument <document/d> ; kgo:provenance kgo:Curated .
<claim/2> a kgo:Claim ; kgo:inDocument <http://example.org/doc#1> ; kgo:provenance kgo:Curated .
<claim/3> a kgo:Claim ; kgo:inDocument <http://example.org/doc#2> ; kgo:provenance kgo:Curated .
""", format=ox.RdfFormat.TURTLE, base_iri=q.KGR))
    nodes = sorted({quad.subject.value for quad in out})
    assert q.KGR + "stats/document/d/Curated/Claim" in nodes and len(nodes) == 3


@pytest.mark.parametrize("graph", ["seed", "generated"])
def test_provenance_counts_reads_the_statistics_and_counts_without_them(graph, seed_quads, generated_quads):
    """The question answers the same rows from the statistics graph as it counts on data without it."""
    base = [x for x in (seed_quads if graph == "seed" else generated_quads) if x.graph_name != stats.STATS_GRAPH]
    text = q.question("provenance-counts").render()
    without = rows(store_of(base), text)
    with_stats = store_of(base + stats.statement_counts(base))
    assert without and rows(with_stats, text) == without
    if graph == "generated":  # bench/gen_graph.py adds the statistics like the build does
        assert rows(store_of(generated_quads), text) == without


def test_provenance_counts_uses_the_statistics_when_present(seed_quads):
    """Proof that the statistics are what is read: doctored counts come back unchanged."""
    fake = [ox.Quad(x.subject, x.predicate, ox.Literal(999), x.graph_name) if x.predicate == stats.VOID_ENTITIES else x
            for x in stats.statement_counts(seed_quads)]
    answer = rows(store_of(seed_quads + fake), q.question("provenance-counts").render())
    assert answer and {r[3] for r in answer} == {str(ox.Literal(999))}


def test_build_writes_the_statistics_the_question_would_count(tmp_path):
    """kg build adds graph/stats (counted from its rows, extracted documents included), equal to counting anew."""
    import shutil

    from kg.build import build

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "documents" / "x-added.txt").write_text(
        "杭州市政府表示，之江实验室将与DeepSeek合作。专家认为，这一政策并非万能。", encoding="utf-8")
    (tmp_path / "seeds" / "documents" / "x-added.yaml").write_text(
        "id: x-added\ntitle: 测试\nlanguage: zh-Hans\nauthor: {name: 陈立新}\npublisher: {name: 测试日报}\n"
        "date: 2025-01\n", encoding="utf-8")
    ds = build(tmp_path, write=False).dataset
    assert stats.STATS_GRAPH.value in ds.graph_names()
    built = list(ds.ox_quads())
    written = [x for x in built if x.graph_name == stats.STATS_GRAPH]
    base = [x for x in built if x.graph_name != stats.STATS_GRAPH]
    assert set(written) == set(stats.statement_counts(base)) == set(stats.statement_counts(store_of(base)))
    assert any("x-added/Extracted" in x.subject.value for x in written)


@pytest.mark.parametrize("graph", ["seed", "generated"])
def test_cross_document_entities_reads_document_counts_and_counts_without_them(graph, seed_quads, generated_quads):
    """Same rows from kgo:documentCount as from counting kgo:appearsIn; and the statistics are what is read."""
    base = [x for x in (seed_quads if graph == "seed" else generated_quads) if x.graph_name != stats.STATS_GRAPH]
    text = q.question("cross-document-entities").render()
    without = rows(store_of(base), text)
    written = stats.statement_counts(base)
    assert without and rows(store_of(base + written), text) == without
    doctored = [ox.Quad(x.subject, x.predicate, ox.Literal(77), x.graph_name) if x.predicate == stats.DOCUMENT_COUNT
                else x for x in written]
    assert {r[2] for r in rows(store_of(base + doctored), text)} == {str(ox.Literal(77))}

"""kg.analytics and `kg stats|path|contested`: the RDF -> networkx conversion, the analytics, bad input."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph

from kg import analytics as A
from kg.build import load_corpus
from kg.cli import main
from kg.errors import UsageError
from kg.rdf import build_dataset

REPO = Path(__file__).resolve().parents[1]
DOC_000, DOC_003 = "000_10dcf77b5b804d02", "003_9b9fa22beda634b6"

# A hand-written graph for what the seeds do not have: extracted provenance with confidence, parallel actor
# relations, two entities sharing a name part (in both scripts), an isolated entity.
KG = "https://w3id.org/kgcn/"
HAND_TRIG = f"""
@prefix kgo: <{KG}ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix cito: <http://purl.org/spar/cito/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{KG}graph/entities> {{
  <{KG}id/entity/zj-group> a kgo:StateCapital, kgo:Actor ; dcterms:identifier "zj-group" ;
      skos:prefLabel "张江集团"@zh-Hans, "張江集團"@zh-Hant, "Zhangjiang Group"@en ; skos:altLabel "ZJG" .
  <{KG}id/entity/zj-park> a kgo:Park, kgo:Place ; dcterms:identifier "zj-park" ;
      skos:prefLabel "张江科学城"@zh-Hans, "張江科學城"@zh-Hant, "Zhangjiang Science City"@en .
  <{KG}id/entity/loner> a kgo:Person, kgo:Actor ; dcterms:identifier "loner" ;
      skos:prefLabel "孤独者"@zh-Hans, "Loner"@en .
}}
<{KG}graph/documents> {{
  <{KG}id/document/d1> a kgo:Document ; dcterms:identifier "d1" ; dcterms:title "一篇文章"@zh-Hans .
}}
<{KG}graph/extracted/d1> {{
  <{KG}id/entity/zj-group> kgo:locatedIn <{KG}id/entity/zj-park> .
  <{KG}id/relation/d1/r1> a kgo:ActorRelation ; rdf:subject <{KG}id/entity/zj-group> ;
      rdf:predicate kgo:locatedIn ; rdf:object <{KG}id/entity/zj-park> ; kgo:inDocument <{KG}id/document/d1> ;
      kgo:provenance kgo:Extracted ; kgo:confidence "0.7"^^xsd:decimal ; kgo:anchor <{KG}id/relation/d1/r1/a> .
  <{KG}id/relation/d1/r1/a> oa:hasSelector <{KG}id/relation/d1/r1/a/q>, <{KG}id/relation/d1/r1/a/p> .
  <{KG}id/relation/d1/r1/a/q> oa:exact "张江集团落户张江科学城" .
  <{KG}id/relation/d1/r1/a/p> oa:start 10 .
  <{KG}id/relation/d1/r2> a kgo:ActorRelation ; rdf:subject <{KG}id/entity/zj-group> ;
      rdf:predicate kgo:locatedIn ; rdf:object <{KG}id/entity/zj-park> ; kgo:inDocument <{KG}id/document/d1> ;
      kgo:provenance kgo:Extracted ; kgo:confidence "0.5"^^xsd:decimal ; kgo:anchor <{KG}id/relation/d1/r2/a> .
  <{KG}id/relation/d1/r2/a> oa:hasSelector <{KG}id/relation/d1/r2/a/q>, <{KG}id/relation/d1/r2/a/p> .
  <{KG}id/relation/d1/r2/a/q> oa:exact "位于张江科学城的张江集团" .
  <{KG}id/relation/d1/r2/a/p> oa:start 40 .
  <{KG}id/claim/c1> a kgo:Claim ; schema:text "张江集团偏好中后期项目"@zh-Hans ; kgo:speaker <{KG}id/entity/zj-group> ;
      schema:about <{KG}id/entity/zj-park> ; kgo:inDocument <{KG}id/document/d1> ;
      kgo:provenance kgo:Extracted ; kgo:confidence "0.8"^^xsd:decimal .
  <{KG}id/claim/c2> a kgo:Claim ; schema:text "并非如此"@zh-Hans ; kgo:speaker <{KG}id/entity/loner> ;
      schema:about <{KG}id/entity/zj-group> ; kgo:inDocument <{KG}id/document/d1> ; kgo:provenance kgo:Extracted .
  <{KG}id/claim/c2> cito:refutes <{KG}id/claim/c1> .
}}
"""


def hand_graph() -> nx.MultiDiGraph:
    ds = Dataset()
    ds.parse(data=HAND_TRIG, format="trig")
    return A.to_networkx(ds)


@pytest.fixture
def mini_corpus(mini):
    return load_corpus(mini / "seeds")


@pytest.fixture
def mini_graph(mini_corpus):
    return A.to_networkx(build_dataset(mini_corpus))


@pytest.fixture(scope="module")
def seed_corpus():
    return load_corpus(REPO / "seeds")


@pytest.fixture(scope="module")
def seed_graph(seed_corpus):
    return A.to_networkx(build_dataset(seed_corpus))


def run(*args: str, root: Path | None = None):
    base = ["--root", str(root)] if root else []
    return CliRunner().invoke(main, [*base, *args])


def assert_clean_failure(result, *needles: str) -> None:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for needle in needles:
        assert needle in result.output, result.output


# --------------------------------------------------------------------------------------------- conversion

def test_conversion_matches_the_corpus(mini_corpus, mini_graph):
    cur = mini_corpus.curation
    kinds = Counter(k for _, k in mini_graph.nodes(data="kind"))
    assert kinds == {"entity": len(cur.entities), "claim": len(cur.claims), "document": 2}
    relations = Counter(r for *_, r in mini_graph.edges(data="relation"))
    assert relations["about"] == sum(len(c.about) for c in cur.claims.values())
    assert relations["speaker"] == len(cur.claims)
    assert relations["located-in"] == 1 and relations["disputes"] == 1 and relations["supports"] == 1
    # one mentioned-in edge per entity and document, carrying the number of mentions
    pairs = Counter((m.entity, m.document) for m in cur.mentions)
    mention_edges = {(u, v): d["count"] for u, v, d in mini_graph.edges(data=True) if d["kind"] == "mention"}
    assert mention_edges == {(f"entity:{e}", f"document:{doc}"): n for (e, doc), n in pairs.items()}


def test_node_and_edge_attributes(mini_graph):
    ds = mini_graph.nodes["entity:deepseek"]
    assert (ds["label"], ds["label_zh_hans"], ds["label_en"], ds["type"], ds["category"]) == \
        ("深度求索", "深度求索", "DeepSeek", "Company", "actor")
    assert ds["aliases"] == ["DeepSeek", "Deepseek"] and ds["provenance"] == "curated"
    assert ds["documents"] == [DOC_000, DOC_003]
    claim = mini_graph.nodes["claim:003-state-capital-late-stage"]
    assert claim["quote"] == "張江的國有資本(如浦東科創集團)偏好中後期項目"
    assert claim["speaker"] == "entity:deepseek" and claim["relayed_by"] == "entity:song-yasi"
    assert claim["document"] == DOC_003 and claim["machine_generated"] in (True, False)
    [(u, v, rel)] = [(u, v, d) for u, v, d in mini_graph.edges(data=True) if d["relation"] == "located-in"]
    assert (u, v) == ("entity:pudong-sci-tech-group", "entity:hangzhou")
    assert rel["quote"] == "浦東科創集團" and rel["document"] == DOC_003 and rel["provenance"] == "curated"
    [dispute] = [d for *_, d in mini_graph.edges(data=True) if d["relation"] == "disputes"]
    assert dispute["rationale"] == "subsidies" and dispute["cross_document"] is True
    for _, d in mini_graph.nodes(data=True):
        assert None not in d.values()
    for *_, d in mini_graph.edges(data=True):
        assert None not in d.values()


def test_extracted_provenance_confidence_and_parallel_edges():
    G = hand_graph()
    located = G.get_edge_data("entity:zj-group", "entity:zj-park")
    assert len(located) == 2  # two quotes, two edges; the bare direct triple adds none
    assert sorted((d["quote"], d["confidence"], d["provenance"]) for d in located.values()) == [
        ("位于张江科学城的张江集团", 0.5, "extracted"), ("张江集团落户张江科学城", 0.7, "extracted")]
    assert G.nodes["claim:c1"]["provenance"] == "extracted" and G.nodes["claim:c1"]["confidence"] == 0.8
    assert G.nodes["entity:loner"]["label_zh_hant"] == "孤獨者"  # the missing script is filled by OpenCC
    assert list(G.nodes) == sorted(G.nodes)


def test_conversion_is_deterministic(mini_corpus):
    a = A.to_networkx(build_dataset(mini_corpus))
    b = A.to_networkx(build_dataset(mini_corpus))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


# --------------------------------------------------------------------------------------------- stats

def test_stats_counts_degrees_and_centrality(mini_graph):
    s = A.stats(mini_graph, top=3)
    assert s["nodes"] == mini_graph.number_of_nodes() and s["edges"] == mini_graph.number_of_edges()
    assert s["nodes_by_kind"] == {"claim": 3, "document": 2, "entity": 10}
    assert s["per_document"][DOC_003]["claims"] == 2 and s["per_document"][DOC_000]["claims"] == 1
    assert s["per_document"][DOC_003]["actor_relations"] == 1
    assert s["per_document"][DOC_000]["cross_document_claim_relations"] == 1
    assert s["per_provenance"] == {"curated": {"nodes": 15, "edges": 26}}
    assert sum(s["degree"]["histogram"].values()) == 15
    assert s["components"]["count"] == 1
    assert s["components_without_documents"]["isolated"] == 4  # ftchinese, hk01, yan-man, zhengcaishen
    central = s["centrality"]
    assert central["betweenness_method"] == "exact"
    assert central["degree"][0] == {"id": "entity:deepseek", "label": "深度求索", "label_en": "DeepSeek", "value": 2}
    assert {r["id"] for r in central["pagerank"]} <= {n for n, d in mini_graph.nodes(data=True)
                                                      if d.get("category") == "actor"}
    assert 0 < s["density"] < 1
    json.dumps(s)


def test_stats_switches_to_sampled_betweenness_and_says_so():
    G = nx.MultiDiGraph()
    for i in range(40):
        G.add_node(f"entity:e{i}", kind="entity", category="actor", label=f"e{i}")
    for i in range(39):
        G.add_edge(f"entity:e{i}", f"entity:e{i + 1}", kind="actor", relation="funds")
    s = A.stats(G, betweenness_budget=100)
    assert s["centrality"]["betweenness_method"].startswith("approximate (k=")
    assert A.stats(G)["centrality"]["betweenness_method"] == "exact"


def test_stats_on_an_empty_graph_is_all_zero():
    s = A.stats(nx.MultiDiGraph())
    assert (s["nodes"], s["edges"], s["density"], s["components"]["count"]) == (0, 0, 0.0, 0)
    assert s["centrality"]["degree"] == []


# --------------------------------------------------------------------------------------------- names, paths

@pytest.mark.parametrize("name, expected", [
    ("浦東科創集團", "entity:pudong-sci-tech-group"),   # traditional label of a simplified entity
    ("浦东科创集团", "entity:pudong-sci-tech-group"),
    ("deepseek", "entity:deepseek"),                  # Latin alias, any case
    ("Pudong Sci-Tech Group", "entity:pudong-sci-tech-group"),
    ("浦東科創", "entity:pudong-sci-tech-group"),      # unique substring
    ("hk01", "entity:hk01"),                          # slug
])
def test_find_entity(mini_graph, name, expected):
    assert A.find_entity(mini_graph, name) == expected


def test_find_entity_exact_beats_substring():
    G = hand_graph()
    assert A.find_entity(G, "張江集團") == "entity:zj-group"
    assert A.find_entity(G, "zjg") == "entity:zj-group"


def test_ambiguous_name_lists_the_candidates():
    with pytest.raises(A.AmbiguousNameError) as err:
        A.find_entity(hand_graph(), "張江")
    assert "matches 2 entities" in str(err.value)
    assert "张江集团 (entity:zj-group" in str(err.value) and "张江科学城 (entity:zj-park" in str(err.value)


def test_unknown_name_suggests_close_ones(mini_graph):
    with pytest.raises(A.UnknownEntityError) as err:
        A.find_entity(mini_graph, "深度求所")
    assert "'深度求所'" in str(err.value) and "did you mean: 深度求索 (entity:deepseek" in str(err.value)
    with pytest.raises(A.UnknownEntityError) as err:
        A.find_entity(mini_graph, "Qwerty Zzz")
    assert "did you mean" not in str(err.value)


def test_shortest_path_with_quotes(mini_graph):
    [path] = A.shortest_paths(mini_graph, "entity:pudong-sci-tech-group", "entity:hangzhou")
    [hop] = path
    assert [(e.relation, e.quote, e.document) for e in hop.edges] == [("located-in", "浦東科創集團", DOC_003)]
    # through a claim: DeepSeek speaks a claim about Pudong Sci-Tech Group
    [path] = A.shortest_paths(mini_graph, "entity:deepseek", "entity:pudong-sci-tech-group")
    assert [h.target for h in path] == ["claim:003-state-capital-late-stage", "entity:pudong-sci-tech-group"]
    assert [e.relation for e in path[0].edges] == ["speaker"]


def test_disconnected_entities(mini_graph):
    with pytest.raises(A.NoPathError) as err:
        A.shortest_paths(mini_graph, "entity:yan-man", "entity:hangzhou")
    assert "no path between 闫曼 (entity:yan-man" in str(err.value)
    kinds = A.PATH_KINDS | {"mention", "document"}
    [path] = A.shortest_paths(mini_graph, "entity:yan-man", "entity:hangzhou", kinds=frozenset(kinds))
    assert len(path) == 2


def test_paths_in_the_hand_graph_keep_parallel_edges():
    G = hand_graph()
    [[hop]] = A.shortest_paths(G, "entity:zj-group", "entity:zj-park", limit=5)
    assert len(hop.edges) == 2
    with pytest.raises(A.NoPathError):
        A.shortest_paths(G, "entity:loner", "entity:zj-park", kinds=frozenset({"actor"}))


# --------------------------------------------------------------------------------------------- contested

def test_contested_ranking_and_matrix(mini_graph):
    rows = A.contested_claims(mini_graph)
    assert [(r["id"], r["counter_claims"], r["distinct_speakers"], r["cross_document"]) for r in rows] == [
        ("claim:000-against-targeted-subsidies", 1, 1, 1), ("claim:003-tailored-subsidies", 1, 1, 1)]
    assert rows[1]["supported_by"] == 1 and rows[1]["disputes"] == 1
    speakers, counts = A.dispute_matrix(mini_graph)
    assert counts == {("entity:ftchinese-000-author", "entity:deepseek"): 1}
    assert set(speakers) == {"entity:ftchinese-000-author", "entity:deepseek"}


def test_contested_in_the_hand_graph():
    G = hand_graph()
    assert [r["id"] for r in A.contested_claims(G)] == ["claim:c1", "claim:c2"]
    assert A.dispute_matrix(G)[1] == {("entity:loner", "entity:zj-group"): 1}


# --------------------------------------------------------------------------------------------- the seed graph

def test_seed_graph_counts_equal_the_curation(seed_corpus, seed_graph):
    cur = seed_corpus.curation
    kinds = Counter(k for _, k in seed_graph.nodes(data="kind"))
    assert kinds["entity"] == len(cur.entities) and kinds["claim"] == len(cur.claims)
    assert Counter(k for *_, k in seed_graph.edges(data="kind"))["actor"] == len(cur.actor_relations)
    assert Counter(k for *_, k in seed_graph.edges(data="kind"))["claim-relation"] == len(cur.claim_relations)
    assert seed_graph.nodes["entity:deepseek"]["label_zh_hans"] == "深度求索"
    about_pudong = {u for u, v, r in seed_graph.in_edges("entity:pudong-sci-tech-group", data="relation")
                    if r == "about"}
    assert about_pudong == {f"claim:{c.id}" for c in cur.claims.values() if "pudong-sci-tech-group" in c.about}
    assert about_pudong


def test_seed_exact_name_beats_longer_labels(seed_graph):
    assert A.find_entity(seed_graph, "杭州") == "entity:hangzhou"  # although 杭州市政府 etc. contain it
    assert A.find_entity(seed_graph, "深度求索") == A.find_entity(seed_graph, "deepseek") == "entity:deepseek"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=12))
def test_any_name_resolves_or_fails_cleanly(mini_graph, name):
    try:
        assert A.find_entity(mini_graph, name) in mini_graph
    except (A.AnalyticsError, UsageError) as exc:
        assert str(exc)


def test_seed_path_deepseek_to_pudong(seed_graph):
    a, b = A.find_entity(seed_graph, "DeepSeek"), A.find_entity(seed_graph, "浦東科創集團")
    paths = A.shortest_paths(seed_graph, a, b)
    assert paths and all(len(p) == len(paths[0]) for p in paths)
    for p in paths:
        assert p[0].source == "entity:deepseek" and p[-1].target == "entity:pudong-sci-tech-group"
        assert all(h.edges for h in p)


# --------------------------------------------------------------------------------------------- CLI

def test_cli_stats_table_and_json(mini):
    result = run("stats", root=mini)
    assert result.exit_code == 0, result.output
    assert "15 nodes, 26 edges" in result.output and "betweenness, exact" in result.output
    assert "深度求索" in result.output
    result = run("stats", "--format", "json", "--top", "2", root=mini)
    data = json.loads(result.output)
    assert data["nodes"] == 15 and len(data["centrality"]["degree"]) == 2


def test_cli_path(mini):
    result = run("path", "浦東科創集團", "hangzhou", root=mini)
    assert result.exit_code == 0, result.output
    assert "浦东科创集团 —located-in→ 杭州" in result.output and "「浦東科創集團」" in result.output
    result = run("path", "DeepSeek", "浦东科创集团", root=mini)
    assert "「張江的國有資本(如浦東科創集團)偏好中後期項目」 — 深度求索" in result.output


def test_cli_path_unknown_entity(mini):
    assert_clean_failure(run("path", "深度求所", "杭州", root=mini), "no entity is called '深度求所'", "深度求索")


def test_cli_path_ambiguous_name(mini):
    assert_clean_failure(run("path", "ft", "杭州", root=mini), "'ft' matches 2 entities",
                         "(entity:ftchinese,", "(entity:ftchinese-000-author,")


def test_cli_path_disconnected(mini):
    result = run("path", "闫曼", "杭州", root=mini)
    assert_clean_failure(result, "no path between 闫曼", "--via-documents")
    assert result.exit_code == 1
    result = run("path", "闫曼", "杭州", "--via-documents", root=mini)
    assert result.exit_code == 0 and "mentioned-in" in result.output


def test_cli_path_same_entity(mini):
    assert_clean_failure(run("path", "DeepSeek", "深度求索", root=mini), "give two different entities")


@pytest.mark.parametrize("command", [["stats"], ["path", "a", "b"], ["contested"], ["contested", "--matrix"]])
def test_cli_empty_graph(tmp_path, command):
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    assert_clean_failure(run(*command, "--data", str(empty)), "empty.ttl holds no entities, claims or documents")


def test_cli_missing_data_file(tmp_path):
    assert_clean_failure(run("stats", "--data", str(tmp_path / "nope.ttl")), "nope.ttl", "file not found")


def test_cli_reads_an_export(tmp_path):
    trig = tmp_path / "hand.trig"
    trig.write_text(HAND_TRIG, encoding="utf-8")
    result = run("path", "张江集团", "Zhangjiang Science City", "--data", str(trig))
    assert result.exit_code == 0, result.output
    assert "「张江集团落户张江科学城」 (d1, extracted)" in result.output
    assert "「位于张江科学城的张江集团」 (d1, extracted)" in result.output


def test_cli_contested_formats(mini):
    result = run("contested", root=mini)
    assert result.exit_code == 0 and "000-against-targeted-subsidies" in result.output
    rows = list(csv.DictReader(io.StringIO(run("contested", "--format", "csv", root=mini).output)))
    assert [r["id"] for r in rows] == ["claim:000-against-targeted-subsidies", "claim:003-tailored-subsidies"]
    assert rows[0]["speaker_label"] == "本文作者"
    data = json.loads(run("contested", "--format", "json", "--top", "1", root=mini).output)
    assert len(data) == 1 and data[0]["cross_document"] == 1
    matrix = list(csv.reader(io.StringIO(run("contested", "--matrix", "--format", "csv", root=mini).output)))
    assert matrix[0] == ["disputer \\ disputed", "本文作者", "深度求索", "total"]
    assert matrix[1] == ["本文作者", "0", "1", "1"]
    table = run("contested", "--matrix", root=mini).output
    assert "who disputes whom" in table and "本文作者" in table


def test_cli_bad_format(mini):
    result = run("stats", "--format", "xml", root=mini)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_same_graph_from_an_exported_file(mini_corpus, mini_graph, tmp_path):
    from kg.export import serialize
    from kg.loading import load_rdf_files

    ds = build_dataset(mini_corpus)
    for name in ("kg.trig", "kg.ttl"):
        (tmp_path / name).write_text(serialize(ds, name), encoding="utf-8")
        G = A.to_networkx(load_rdf_files([tmp_path / name]))
        assert list(G.nodes(data=True)) == list(mini_graph.nodes(data=True))
        assert list(G.edges(keys=True, data=True)) == list(mini_graph.edges(keys=True, data=True))


# --------------------------------------------------------------------------------------------- row index


def test_loaded_files_give_the_graph_the_build_gives(seed_corpus):
    """The row index reads the build's rows and a loaded rdflib Dataset (e.g. kg.trig) to the same graph."""
    ds = build_dataset(seed_corpus)
    loaded = Dataset()
    loaded.parse(data=ds.nquads(), format="nquads")
    built, read = A.graph_records(ds), A.graph_records(loaded)
    assert built == read and built[0] and built[1]
    G = A.to_networkx(ds)
    assert list(G.nodes(data=True)) == built[0]
    assert list(G.edges(keys=True, data=True)) == built[1]


def test_row_index_orders_objects_as_rdflib_sorts_terms():
    """Multi-valued properties keep rdflib's order (the graph was first built from rdflib terms), whatever
    the key order: IRIs by text ("a/b" after "a"), plain before tagged strings, numbers by value."""
    from rdflib import XSD, BNode, Literal, URIRef

    g = Graph()
    s = URIRef("http://x/s")
    objects = [URIRef("http://x/a"), URIRef("http://x/a/b"), URIRef("http://x/a-b"), Literal("z"),
               Literal("a", lang="en"), Literal("b", lang="zh-Hans"), Literal("10", datatype=XSD.integer),
               Literal("9", datatype=XSD.integer), Literal("x", datatype=XSD.token), BNode("b1")]
    for i, o in enumerate(objects):
        g.add((s, URIRef(f"http://x/p{i % 3}"), o))
        g.add((s, URIRef("http://x/all"), o))
    view = A.RowView(g)
    for p in ["http://x/all", "http://x/p0", "http://x/p1", "http://x/p2"]:
        got = [view.rdflib(k) for k in view.all(A.term_key(s), A.term_key(p))]
        assert got == sorted(set(g.objects(s, URIRef(p)))), p
    text_sorted = view.index.text_order(view.all(A.term_key(s), A.term_key("http://x/all")))
    assert [view.text(k) for k in text_sorted] == sorted(str(o) for o in objects)


def test_row_index_is_shared_per_dataset_state_and_dies_with_the_dataset():
    import gc
    import weakref

    from kg.analytics import RowIndex
    from kg.namespaces import KGR
    from kg.quads import QuadDataset, lit

    ds = QuadDataset()
    ds.sink(KGR["g"]).add((KGR["s"], KGR["p"], lit("值")))
    first = RowIndex.of(ds)
    assert RowIndex.of(ds) is first  # the build and both readers share one
    ds.sink(KGR["g"]).add((KGR["s"], KGR["p"], lit("又一个")))
    assert RowIndex.of(ds) is not first  # new rows: a new index
    alive = weakref.ref(ds)
    del ds, first
    gc.collect()
    assert alive() is None  # nothing keeps an old dataset in memory

"""kg.graphfiles: every file is read back by a reader that is not its writer, with the graph's counts and labels."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pytest

from kg import graphfiles as GF
from kg.analytics import to_networkx
from kg.build import build, load_corpus
from kg.rdf import build_dataset

REPO = Path(__file__).resolve().parents[1]
FILES = {"graph.graphml", "graph.gexf", "graph.cyjs.json", "neo4j/nodes.csv", "neo4j/relationships.csv"}
LABELS = ("label", "label_zh_hans", "label_zh_hant", "label_en")


@pytest.fixture(scope="module", params=["mini", "seeds"])
def exported(request, tmp_path_factory):
    """(graph, folder with the written files) for the small fixture project and for the real seeds."""
    if request.param == "mini":
        sys.path.insert(0, str(Path(__file__).parent))
        from conftest import write_mini_project

        seeds = write_mini_project(tmp_path_factory.mktemp("mini") / "proj") / "seeds"
    else:
        seeds = REPO / "seeds"
    ds = build_dataset(load_corpus(seeds))
    out = tmp_path_factory.mktemp("files")
    files = GF.export_files(ds, None)
    assert set(files) == FILES
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8", newline="\n")
    return to_networkx(ds), out


def node_labels(G: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    return {n: {k: d[k] for k in LABELS if k in d} for n, d in G.nodes(data=True)}


def edge_ends(G: nx.MultiDiGraph) -> Counter:
    return Counter((u, v) for u, v in G.edges())


def test_graphml_read_by_igraph(exported):
    G, out = exported
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert g.is_directed()
    assert (g.vcount(), g.ecount()) == (G.number_of_nodes(), G.number_of_edges())
    ids = g.vs["id"]
    assert sorted(ids) == sorted(G.nodes)
    read = {v["id"]: {k: v[k] for k in LABELS if v[k]} for v in g.vs}
    assert read == node_labels(G)
    assert Counter((ids[e.source], ids[e.target]) for e in g.es) == edge_ends(G)
    assert Counter(g.es["relation"]) == Counter(r for *_, r in G.edges(data="relation"))
    if "entity:deepseek" in G:
        v = g.vs.find(id="entity:deepseek")
        assert v["label_zh_hans"] == "深度求索" and "DeepSeek" in v["aliases"].split("; ")
        assert set(v["documents"].split("; ")) == set(G.nodes["entity:deepseek"]["documents"])


def test_gexf_read_by_networkx(exported):
    G, out = exported
    H = nx.read_gexf(out / "graph.gexf")
    assert H.is_directed()
    assert (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert {n: {k: d[k] for k in LABELS if k in d} for n, d in H.nodes(data=True)} == node_labels(G)
    assert edge_ends(H) == edge_ends(G)
    read_ids = ([k for *_, k in H.edges(keys=True)] if H.is_multigraph()
                else [d["id"] for *_, d in H.edges(data=True)])  # a GEXF without parallel edges reads as DiGraph
    assert sorted(read_ids) == sorted(k for *_, k in G.edges(keys=True))
    quotes = sorted(d["quote"] for *_, d in H.edges(data=True) if "quote" in d)
    assert quotes == sorted(d["quote"] for *_, d in G.edges(data=True) if "quote" in d)


def test_neo4j_csv_headers_ids_and_ends(exported):
    G, out = exported
    with open(out / "neo4j" / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.reader(f))
    with open(out / "neo4j" / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    nh, rh = nodes[0], rels[0]
    assert nh[:2] == ["id:ID", ":LABEL"] and rh[:3] == [":START_ID", ":END_ID", ":TYPE"]
    for header in (nh, rh):
        assert len(header) == len(set(header))
        for col in header:
            name, _, kind = col.partition(":")
            assert kind in {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "string", "string[]", "long", "double",
                            "boolean"}, col
    assert all(len(r) == len(nh) for r in nodes) and all(len(r) == len(rh) for r in rels)
    ids = [r[0] for r in nodes[1:]]
    assert len(ids) == len(set(ids)) == G.number_of_nodes()
    assert len(rels) - 1 == G.number_of_edges()
    known = set(ids)
    assert all(r[0] in known and r[1] in known for r in rels[1:])
    assert all(r[2] and r[2] == r[2].upper() and " " not in r[2] for r in rels[1:])
    col = {name: i for i, name in enumerate(nh)}
    by_id = {r[0]: r for r in nodes[1:]}
    for n, labels in node_labels(G).items():
        for k, v in labels.items():
            assert by_id[n][col[f"{k}:string"]] == v
        first_label = by_id[n][1].split(";")[0]
        assert first_label == G.nodes[n]["kind"].capitalize()
    if "entity:deepseek" in by_id:
        assert by_id["entity:deepseek"][1] == "Entity;Actor;Company"


def test_cytoscape_json_shape(exported):
    G, out = exported
    doc = json.loads((out / "graph.cyjs.json").read_text(encoding="utf-8"))
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    ids = [n["data"]["id"] for n in nodes]
    assert len(set(ids)) == len(ids)
    assert {n["data"]["id"]: {k: n["data"][k] for k in LABELS if k in n["data"]} for n in nodes} == node_labels(G)
    edge_ids = [e["data"]["id"] for e in edges]
    assert len(set(edge_ids)) == len(edge_ids)
    for e in edges:
        assert {"id", "source", "target"} <= set(e["data"]) and e["data"]["source"] in ids
        assert e["data"]["target"] in ids
    assert Counter((e["data"]["source"], e["data"]["target"]) for e in edges) == edge_ends(G)


def test_cjk_is_written_as_characters(exported):
    G, out = exported
    quote = next(d["quote"] for *_, d in G.edges(data=True) if d.get("quote"))
    for name in FILES:
        text = (out / name).read_text(encoding="utf-8")
        assert ("深度求索" if name != "neo4j/relationships.csv" else quote) in text
        assert "&#" not in text and "\\u6df1" not in text


def test_lists_and_none_are_flattened(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="甲", aliases=["x", "乙"], nothing=None, flag=True)
    G.add_node("b", label="b")
    G.add_edge("a", "b", key="a--r--b", relation="r", docs=["d1", "d2"], gone=None)
    assert "x; 乙" in GF.to_graphml(G) and "x; 乙" in GF.to_gexf(G)
    (tmp_path / "g.graphml").write_text(GF.to_graphml(G), encoding="utf-8")
    g = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert g.vs.find(id="a")["flag"] is True and g.vs.find(id="a")["aliases"] == "x; 乙"
    nodes_csv, _ = GF.to_neo4j(G)
    assert "aliases:string[]" in nodes_csv and "x;乙" in nodes_csv and "flag:boolean" in nodes_csv


def test_empty_graph_gives_empty_but_valid_files(tmp_path):
    G = nx.MultiDiGraph()
    assert nx.read_gexf(io.BytesIO(GF.to_gexf(G).encode())).number_of_nodes() == 0
    (tmp_path / "g.graphml").write_text(GF.to_graphml(G), encoding="utf-8")
    assert igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml")).vcount() == 0
    assert json.loads(GF.to_cytoscape(G))["elements"] == {"nodes": [], "edges": []}
    nodes_csv, rels_csv = GF.to_neo4j(G)
    assert nodes_csv == "id:ID,:LABEL\n" and rels_csv == ":START_ID,:END_ID,:TYPE\n"


_DIGEST = """
import hashlib, sys
from pathlib import Path
from kg.build import load_corpus
from kg.graphfiles import export_files
from kg.rdf import build_dataset
files = export_files(build_dataset(load_corpus(Path(sys.argv[1]))), None)
print({k: hashlib.sha256(v.encode()).hexdigest() for k, v in sorted(files.items())})
"""


def test_bytes_identical_across_hash_seeds(mini):
    digests = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _DIGEST, str(mini / "seeds")], env=env, capture_output=True,
                              text=True, check=True)
        digests.append(done.stdout)
    assert digests[0] == digests[1] and "graph.gexf" in digests[0]


def test_kg_build_writes_the_graph_files(mini, tmp_path):
    out = tmp_path / "exports"
    result = build(mini, out)
    written = {p.relative_to(out).as_posix() for p in result.written}
    assert FILES <= written
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert g.vcount() == to_networkx(result.dataset).number_of_nodes()


@pytest.mark.parametrize("name", ["graph.graphml", "graph.gexf"])
def test_boolean_attributes_keep_their_value(exported, name):
    """Every edge's counter / cross_document flag reads back as the graph has it (true and false both occur)."""
    G, out = exported
    back = nx.read_graphml(out / name, force_multigraph=True) if name.endswith("graphml") else nx.read_gexf(out / name)
    edges = back.edges(keys=True, data=True) if back.is_multigraph() else (
        (u, v, None, d) for u, v, d in back.edges(data=True))
    by_id = {d.get("id", k): d for _, _, k, d in edges}
    seen = set()
    for _, _, key, d in G.edges(keys=True, data=True):
        if "counter" in d:
            assert by_id[key]["counter"] is d["counter"], (key, by_id[key])
            seen.add(d["counter"])
    assert seen == {True, False}


# --- the streamed GraphML/GEXF writers give networkx's exact bytes ------------------------------------------------


def _awkward_graph() -> nx.MultiDiGraph:
    """Every value shape the writers escape or type differently, in ids, keys, names and values."""
    long_text = "长文本 & <tag> \"q\"\n" * 5000
    G = nx.MultiDiGraph(name='k"g & <x>\t')
    G.add_node('n&"<1>', label='引号 "q" & <b>', note="line1\nline2\r\nend\ttab", empty="", blank="  ",
               score=1, flag=True, mixed=True, emoji="🙂🚀 東京", lone="x\ud800y", ctl="a\x01b", inf=float("inf"),
               nan=float("nan"), neg=float("-inf"), big=10**30, tiny=1e-30, aliases=["a", "乙", "c&d"],
               meta={"b": 1, "a": "é"}, gone=None, long=long_text)
    G.add_node("n2", label="", score=2.5, flag=False, mixed=1, id="custom-id", pid="n3")
    G.add_node("n3")
    G.add_node("n4", kind="only-kind")
    G.add_edge('n&"<1>', "n2", key='e&"1\n', relation="says", label="overridden", weight=0.5, type="directed",
               count=3, counter=False, quote=long_text, docs=("d1", "d2"))
    G.add_edge("n2", 'n&"<1>', key="e2", relation="回应 <r>", count=2.0, counter=True, empty="")
    G.add_edge("n2", "n3", key="e3")
    G.add_edge("n2", "n2", key="e0", relation="self")
    return G


def _synthetic_graph(n: int) -> nx.MultiDiGraph:
    """The graph of a real `kg build` over the seeds plus n synthetic documents (bench/bench_build.py)."""
    import shutil

    sys.path.insert(0, str(REPO / "bench"))
    from bench_build import make_project

    from kg.build import add_extracted

    root = make_project(n)
    try:
        corpus = load_corpus(root / "seeds")
        ds = build_dataset(corpus)
        add_extracted(ds, corpus)
        return to_networkx(ds)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module", params=["seeds", "mini", "awkward", "empty", "synthetic"])
def any_graph(request, tmp_path_factory) -> nx.MultiDiGraph:
    if request.param == "seeds":
        return to_networkx(build_dataset(load_corpus(REPO / "seeds")))
    if request.param == "mini":
        sys.path.insert(0, str(Path(__file__).parent))
        from conftest import write_mini_project

        root = write_mini_project(tmp_path_factory.mktemp("mini-bytes") / "proj")
        return to_networkx(build_dataset(load_corpus(root / "seeds")))
    if request.param == "awkward":
        return _awkward_graph()
    if request.param == "empty":
        return nx.MultiDiGraph()
    return _synthetic_graph(30)


def test_streamed_graphml_and_gexf_equal_networkx_bytes(any_graph):
    """The fast writers are byte-identical to networkx + ElementTree, without falling back to them."""
    parts = GF._flat_parts(any_graph)
    assert GF._graphml_stream(*parts) == GF._graphml_networkx(any_graph)
    assert GF._gexf_stream(*parts) == GF._gexf_networkx(any_graph)
    assert GF.to_graphml(any_graph) == GF._graphml_networkx(any_graph)
    assert GF.to_gexf(any_graph) == GF._gexf_networkx(any_graph)


def test_flat_parts_iterate_as_flat_graph(any_graph):
    F = GF.flat_graph(any_graph)
    name, nodes, edges = GF._flat_parts(any_graph)
    assert name == F.graph["name"]
    assert nodes == list(F.nodes(data=True))
    assert edges == list(F.edges(keys=True, data=True))


def test_awkward_values_are_escaped_and_typed():
    """Spot checks that the identity above covers what it should (not two writers sharing one mistake)."""
    G = _awkward_graph()
    graphml, gexf = GF.to_graphml(G), GF.to_gexf(G)
    assert 'id="n&amp;&quot;&lt;1&gt;"' in graphml and "line1\nline2\r\nend\ttab</data>" in graphml
    assert 'value="line1&#10;line2&#13;&#10;end&#09;tab"' in gexf and "🙂🚀 東京" in gexf
    assert "x&#55296;y" in graphml and "x&#55296;y" in gexf
    assert 'attr.name="score" attr.type="long"' in graphml and 'attr.name="score" attr.type="double"' in graphml
    assert 'title="score" type="long"' in gexf and 'title="networkx_key" type="string"' in gexf
    assert 'source="custom-id"' in gexf and 'pid="n3"' in gexf and 'weight="0.5" type="directed"' in gexf
    assert "a\x01b" in gexf  # ElementTree writes control characters unescaped (not well-formed); so do we


def test_unmodelled_inputs_fall_back_to_networkx():
    """GEXF dynamic keys and non-plain values take the networkx path, so its output (or error) is unchanged."""
    G = nx.MultiDiGraph()
    G.add_node("a", label="a", start=1, end=2)
    G.add_node("b", label="b")
    G.add_edge("a", "b", key="k", relation="r")
    with pytest.raises(GF._Unsupported):
        GF._gexf_stream(*GF._flat_parts(G))
    assert GF.to_gexf(G) == GF._gexf_networkx(G) and 'mode="dynamic"' in GF.to_gexf(G)
    assert GF.to_graphml(G) == GF._graphml_networkx(G)
    G.nodes["b"]["odd"] = 1j
    with pytest.raises((TypeError, nx.NetworkXError)):
        GF.to_graphml(G)
    with pytest.raises(TypeError):
        GF.to_gexf(G)


def test_cytoscape_is_json_dumps_with_indent(any_graph):
    """The laid-out `.cyjs` is byte for byte json.dumps(indent=1) of the same document."""
    doc = GF._cytoscape_doc(*GF._records(any_graph))
    assert GF.to_cytoscape(any_graph) == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def test_build_hook_writes_what_the_writers_make_of_to_networkx():
    """export_files writes from graph_records without a networkx graph: the same bytes as each public writer."""
    ds = build_dataset(load_corpus(REPO / "seeds"))
    G = to_networkx(ds)
    nodes_csv, rels_csv = GF.to_neo4j(G)
    assert GF.export_files(ds) == {"graph.graphml": GF.to_graphml(G), "graph.gexf": GF.to_gexf(G),
                                   "graph.cyjs.json": GF.to_cytoscape(G), "neo4j/nodes.csv": nodes_csv,
                                   "neo4j/relationships.csv": rels_csv}

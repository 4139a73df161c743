"""Timings (wall and CPU seconds) of `kg stats` and `kg path` analytics on synthetic graphs of 10k / 100k / 1M edges.

The graphs are built directly as networkx MultiDiGraphs with kg's node and edge shapes (entities with a
skewed choice of speakers, claims with speaker/about edges, claim relations, actor relations, aggregated
mentions), because analytics run on that graph whatever RDF it came from. Betweenness is exact while
nodes x edges fits the budget and k-sampled beyond (the output says which). Also times the graph files
(GraphML, GEXF, Cytoscape JSON, Neo4j CSV) up to --files-max edges, and the RDF -> graph conversion of the
seeds.

    .venv/bin/python bench/bench_analytics.py                 # 10k, 100k, 1M
    .venv/bin/python bench/bench_analytics.py --sizes 10000 --exact
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import networkx as nx

from kg import analytics as A
from kg import graphfiles as GF

CATEGORIES = ["actor", "place", "policy", "concept"]
ACTOR_RELS = ["funds", "invests-in", "implements", "located-in", "favours", "criticises", "part-of"]
CLAIM_RELS = ["supports", "supports", "refutes", "disputes", "qualifies"]


def synthetic_graph(edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """About `edges` edges: 20% claims x (speaker + 2 about + 0.5 claim relation), 20% actor, 10% mention."""
    rng = random.Random(seed)
    n_ent, n_claim, n_doc = max(20, edges // 20), max(10, edges // 5), max(2, edges // 2000)
    G = nx.MultiDiGraph(name="synthetic")
    for d in range(n_doc):
        G.add_node(f"document:d{d}", kind="document", type="Document", label=f"文章{d}", documents=[f"d{d}"],
                   provenance="curated")
    for e in range(n_ent):
        cat = CATEGORIES[e % 4]
        G.add_node(f"entity:e{e}", kind="entity", type=cat.capitalize(), category=cat, label=f"实体{e}",
                   label_zh_hans=f"实体{e}", label_zh_hant=f"實體{e}", label_en=f"entity {e}", aliases=[f"E{e}"],
                   provenance="curated")
    actors = [f"entity:e{e}" for e in range(0, n_ent, 4)]
    weights = [1 / (i + 1) for i in range(len(actors))]  # Zipf-like: a few speakers say most things
    speakers = rng.choices(actors, weights, k=n_claim)
    entity = [f"entity:e{e}" for e in range(n_ent)]
    for c in range(n_claim):
        doc = f"d{rng.randrange(n_doc)}"
        cid = f"claim:c{c}"
        G.add_node(cid, kind="claim", type="Claim", label=f"论断{c}", quote=f"论断{c}", document=doc,
                   documents=[doc], speaker=speakers[c], provenance="curated" if c % 3 else "extracted")
        G.add_edge(cid, speakers[c], key=f"{cid}--speaker", kind="claim", relation="speaker", document=doc)
        for target in rng.sample(entity, 2):
            G.add_edge(cid, target, key=f"{cid}--about--{target}", kind="claim", relation="about", document=doc)
    for c in range(n_claim // 2):
        a, b = f"claim:c{rng.randrange(n_claim)}", f"claim:c{rng.randrange(n_claim)}"
        rel = rng.choice(CLAIM_RELS)
        if a != b:
            G.add_edge(a, b, key=f"{a}--{rel}--{b}--{c}", kind="claim-relation", relation=rel,
                       counter=rel != "supports", rationale="synthetic")
    for r in range(edges // 5):
        u, v = rng.choice(actors), rng.choice(entity)
        G.add_edge(u, v, key=f"{u}--r{r}--{v}", kind="actor", relation=rng.choice(ACTOR_RELS), quote=f"引文{r}",
                   document=f"d{rng.randrange(n_doc)}", provenance="curated")
    for m in range(edges // 10):
        u, d = rng.choice(entity), f"document:d{m % n_doc}"
        G.add_edge(u, d, key=f"{u}--mentioned-in--{d}--{m}", kind="mention", relation="mentioned-in", count=1)
    return G


def timed(label: str, fn, *args, **kwargs):
    t, c = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    print(f"  {label:<50} {time.perf_counter() - t:8.2f} s wall {time.process_time() - c:8.2f} s cpu", flush=True)
    return out


def bench(edges: int, exact: bool, files_max: int) -> None:
    G = timed("generate", synthetic_graph, edges)
    print(f"{edges:>9,} target edges: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    directed, sem = timed("semantic graphs (weighted DiGraph + simple Graph)", A.semantic_graphs, G)
    between, method = timed("betweenness", A.betweenness, sem)
    print(f"    method: {method}")
    if exact:
        timed("betweenness, exact (for comparison)", nx.betweenness_centrality, sem)
    timed("pagerank (scipy)", nx.pagerank, directed, weight="weight")
    timed("weakly connected components", lambda: list(nx.weakly_connected_components(G)))
    s = timed("stats() total (table/json payload)", A.stats, G)
    print(f"    stats says betweenness: {s['centrality']['betweenness_method']}")
    rng = random.Random(1)
    n_ent = sum(1 for _, k in G.nodes(data="kind") if k == "entity")
    names = [G.nodes[f"entity:e{rng.randrange(n_ent)}"]["label_zh_hant"] for _ in range(6)]
    timed("name index (first find_entity)", A.find_entity, G, names[0])
    t, c = time.perf_counter(), time.process_time()
    hops = []
    for a, b in zip(names[0::2], names[1::2], strict=True):
        try:
            paths = A.shortest_paths(G, A.find_entity(G, a), A.find_entity(G, b), limit=5)
            hops.append(len(paths[0]))
        except A.NoPathError:
            hops.append(None)
    print(f"  {'path, each of 3 (lookup + up to 5 shortest paths)':<50} {(time.perf_counter() - t) / 3:8.2f} s wall "
          f"{(time.process_time() - c) / 3:8.2f} s cpu (hops {hops})")
    timed("contested ranking + matrix", lambda: (A.contested_claims(G), A.dispute_matrix(G)))
    if edges <= files_max:
        for name, fn in (("GraphML", GF.to_graphml), ("GEXF", GF.to_gexf), ("Cytoscape JSON", GF.to_cytoscape),
                         ("Neo4j CSV", GF.to_neo4j)):
            timed(f"write {name}", fn, G)


def bench_seed_conversion() -> None:
    from kg.build import load_corpus
    from kg.rdf import build_dataset

    ds = build_dataset(load_corpus(Path(__file__).resolve().parents[1] / "seeds"))
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    G = timed(f"seeds: RDF ({quads:,} quads) -> MultiDiGraph", A.to_networkx, ds)
    print(f"    {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    timed("seeds: export_files (5 graph files)", GF.export_files, ds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--exact", action="store_true", help="also time exact betweenness (slow beyond 10k edges)")
    ap.add_argument("--files-max", type=int, default=100_000, help="largest graph to write graph files for")
    args = ap.parse_args()
    bench_seed_conversion()
    for edges in args.sizes:
        bench(edges, args.exact, args.files_max)


if __name__ == "__main__":
    main()

"""Synthetic view graphs of any size, shaped like the real one, for the benchmark and scale tests.

Why here and not in bench/: tests of the level-of-detail mode need the same generator.
"""

from __future__ import annotations

import random

from kg.viewer.select import DocInfo, Edge, Node, ViewGraph
from kg.vocab import ACTOR_RELATIONS, CATEGORY_NAMES, CLAIM_RELATIONS, ENTITY_TYPES

__all__ = ["synthetic_graph"]

_SYLLABLES = "浦东科创集团杭州深圳上海张江国有资本政策补贴市场统一创新生态人工智能产业基金园区"


def synthetic_graph(n: int, seed: int = 1, docs: int = 20) -> ViewGraph:
    """About `n` nodes (60% entities, 40% claims) in `docs` documents; ~2 edges per node; deterministic."""
    rnd = random.Random(seed)
    types = sorted(ENTITY_TYPES)
    doc_ids = [f"doc{i:03d}" for i in range(docs)]
    n_ent = max(1, int(n * 0.6))
    nodes: list[Node] = []
    edges: list[Edge] = []
    for i in range(n_ent):
        t = types[i % len(types)]
        hans = "".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(2, 6))) + str(i)
        nodes.append(Node(id=f"entity/e{i}", kind="entity", type=t, category=CATEGORY_NAMES[ENTITY_TYPES[t][1]],
                          labels=(hans, hans, f"Entity {i}"), docs=(doc_ids[i % docs],),
                          provenance="extracted" if i % 5 == 0 else "curated",
                          confidence=0.5 + (i % 50) / 100 if i % 5 == 0 else None))
    n_claims = max(0, n - n_ent)
    actor_rel, claim_rel = sorted(ACTOR_RELATIONS), sorted(CLAIM_RELATIONS)
    for j in range(n_claims):
        cid = f"claim/c{j}"
        doc = doc_ids[j % docs]
        quote = "".join(rnd.choice(_SYLLABLES) for _ in range(20))
        extracted = j % 4 == 0
        nodes.append(Node(id=cid, kind="claim", type="Claim", category="claim", labels=(quote, quote, f"claim {j}"),
                          docs=(doc,), provenance="extracted" if extracted else "curated",
                          confidence=0.7 if extracted else None, machine=j % 9 == 0,
                          info={"quote": quote, "stance": "asserts", "speaker": f"entity/e{j % n_ent}"}))
        # claims of one document talk about a local neighbourhood of entities, like a real article
        base = (j * 7) % n_ent
        edges.append(Edge(f"entity/e{j % n_ent}", cid, "speaker", "says", docs=(doc,)))
        edges.append(Edge(cid, f"entity/e{(base + rnd.randint(0, 30)) % n_ent}", "about", "about", docs=(doc,)))
        if j > 0 and rnd.random() < 0.5:
            other = f"claim/c{max(0, j - rnd.randint(1, 40))}"
            if other != cid:
                edges.append(Edge(cid, other, "claim-relation", rnd.choice(claim_rel), docs=(doc,)))
    for i in range(n_ent // 2):
        a, b = rnd.randrange(n_ent), (rnd.randrange(n_ent) if rnd.random() < 0.1 else (i * 2 + rnd.randint(1, 20)))
        b %= n_ent
        if a != b:
            edges.append(Edge(f"entity/e{a}", f"entity/e{b}", "actor-relation", rnd.choice(actor_rel),
                              docs=(doc_ids[a % docs],), quotes=("…",)))
    unique = sorted(set(edges), key=lambda e: (e.source, e.target, e.kind, e.relation))
    doc_infos = [DocInfo(id=d, title=f"文档 {d}", language="zh-Hans", date="2025", author="", publisher="")
                 for d in doc_ids]
    return ViewGraph(nodes=nodes, edges=unique, docs=doc_infos)

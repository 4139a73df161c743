"""A synthetic graph shaped like ours (documents, entities in both scripts, claims with anchors, mentions, claim and
actor relations, named graphs per document) at any size, for the query and server benchmarks.

    python bench/gen_graph.py 100000 --out /tmp/kg-100k.nq

Deterministic (seeded), so runs compare. Each document adds ~8k triples, like the seed documents do; the statistics
graph of kg/stats.py (per-document statement counts, written by the build) comes last.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import BASE, PREFIXES
from kg.stats import statement_counts

KGO, KGR, G = PREFIXES["kgo"], PREFIXES["kgr"], BASE + "graph/"
N = ox.NamedNode
RDF_TYPE = N(PREFIXES["rdf"] + "type")
ENTITY_KINDS = [("Company", "Actor"), ("GovernmentBody", "Actor"), ("Person", "Actor"), ("StateCapital", "Actor"),
                ("City", "Place"), ("Park", "Place"), ("Regulation", "Policy"), ("Reform", "Policy"),
                ("PolicyInstrument", "Policy"), ("Technology", "Concept"), ("Sector", "Concept")]
NAMED = [("deepseek", "深度求索", "深度求索", "DeepSeek", "Company", "Actor"),
         ("unified-national-market", "统一大市场", "統一大市場", "unified national market", "Reform", "Policy"),
         ("pudong-sci-tech-group", "浦东科创集团", "浦東科創集團", "Pudong Sci-Tech Group", "StateCapital", "Actor")]
STANCES = ["Asserts", "Asserts", "Asserts", "Hedges", "Questions", "Denies"]
ACTOR_RELATIONS = ["implements", "funds", "investsIn", "criticises", "favours", "locatedIn"]
# What a seed document holds, measured on the curated seed graph (two documents) with `kg query`:
# per document 57 claims (39% machine-generated), 47 claim relations, 46 actor relations and ~236 mentions.
CLAIMS, CLAIM_RELATIONS, ACTOR_RELATION_COUNT, MENTIONS = 55, 47, 46, 230
# Claim relations by kind (seeds: 67 supports, 16 qualifies, 11 disputes, 0 refutes; refutes kept at 1 so that
# every kind occurs) and actor relations by the categories of their two ends (seeds: 25 actor-policy, 16
# actor-place, 13 actor-actor, 11 place-place, 11 actor-concept ...; the extractor's output on the 41 dev
# articles has nearly the same mix: 29% actor-policy, 30% actor-actor, 12% actor-place).
COUNTERS = {"supports": 67, "qualifies": 16, "disputes": 11, "refutes": 1}
RELATION_ENDS = {("Actor", "Policy"): 25, ("Actor", "Place"): 16, ("Actor", "Actor"): 13, ("Place", "Place"): 11,
                 ("Actor", "Concept"): 11, ("Policy", "Policy"): 6, ("Place", "Concept"): 3, ("Place", "Actor"): 3,
                 ("Place", "Policy"): 2, ("Policy", "Place"): 1, ("Policy", "Actor"): 1}


def p(prefix: str, local: str) -> ox.NamedNode:
    return N(PREFIXES[prefix] + local)


def lit(value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if datatype:
        return ox.Literal(str(value), datatype=N(PREFIXES["xsd"] + datatype))
    return ox.Literal(value) if isinstance(value, (bool, int)) else ox.Literal(str(value))


def generate(target: int, seed: int = 7) -> list[ox.Quad]:
    """About `target` quads (stops after the document that reaches it)."""
    rng = random.Random(seed)
    quads: list[ox.Quad] = []
    ents_g, docs_g = N(G + "entities"), N(G + "documents")
    entities: list[tuple[ox.NamedNode, str]] = []
    category_of: dict[ox.NamedNode, str] = {}

    def add(s, pred, o, g):
        quads.append(ox.Quad(s, pred, o, g))

    def entity(slug, hans, hant, en, kind, category):
        e = N(f"{KGR}entity/{slug}")
        for t in (p("kgo", kind), p("kgo", category), p("schema", "Organization")):
            add(e, RDF_TYPE, t, ents_g)
        add(e, p("dcterms", "identifier"), lit(slug), ents_g)
        for text, lang in ((hans, "zh-Hans"), (hant, "zh-Hant"), (en, "en")):
            add(e, p("skos", "prefLabel"), lit(text, lang), ents_g)
            add(e, p("rdfs", "label"), lit(text, lang), ents_g)
        add(e, p("skos", "altLabel"), lit(hans + "们", "zh-Hans"), ents_g)
        entities.append((e, category))
        category_of[e] = category

    for row in NAMED:
        entity(*row)
    d = 0
    while len(quads) < target:
        for _ in range(60):
            kind, cat = rng.choice(ENTITY_KINDS)
            n = len(entities)
            entity(f"e{n}", f"实体{n}号", f"實體{n}號", f"entity {n}", kind, cat)
        doc_id = f"{d:03d}_{rng.getrandbits(64):016x}"
        doc, g = N(f"{KGR}document/{doc_id}"), N(f"{G}curated/{doc_id}")
        text = "".join(rng.choice("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动")
                       for _ in range(4000))
        author = rng.choice(entities)[0]
        for pred, o in ((RDF_TYPE, p("kgo", "Document")), (RDF_TYPE, p("schema", "OpinionNewsArticle")),
                        (p("dcterms", "title"), lit(f"文章{d}", "zh-Hans")), (p("dcterms", "language"), lit("zh-Hans")),
                        (p("schema", "author"), author), (p("dcterms", "publisher"), rng.choice(entities)[0]),
                        (p("schema", "datePublished"), lit("2025-03", datatype="gYearMonth")),
                        (p("schema", "text"), lit(text, "zh-Hans")), (p("dcterms", "identifier"), lit(doc_id))):
            add(doc, pred, o, docs_g)
        content = N(f"{KGR}content/{doc_id}/answer")
        activity = N(f"{KGR}activity/generation/{doc_id}/answer")
        deepseek = entities[0][0]
        for s, pred, o in ((content, RDF_TYPE, p("kgo", "GeneratedContent")), (content, p("dcterms", "isPartOf"), doc),
                           (content, p("prov", "wasGeneratedBy"), activity),
                           (content, p("prov", "wasAttributedTo"), deepseek),
                           (content, p("kgo", "relayedBy"), author),
                           (content, p("kgo", "caveat"), lit("可能有偏差", "zh")),
                           (activity, RDF_TYPE, p("kgo", "TextGeneration")),
                           (activity, p("prov", "wasAssociatedWith"), deepseek)):
            add(s, pred, o, docs_g)

        def anchor(node, start, end, doc=doc, text=text, g=g):
            a, qs, ps = N(node.value + "/anchor"), N(node.value + "/anchor/quote"), N(node.value + "/anchor/position")
            add(node, p("kgo", "anchor"), a, g)
            for s, pred, o in ((a, RDF_TYPE, p("oa", "SpecificResource")), (a, p("oa", "hasSource"), doc),
                               (a, p("oa", "hasSelector"), qs), (a, p("oa", "hasSelector"), ps),
                               (qs, RDF_TYPE, p("oa", "TextQuoteSelector")),
                               (qs, p("oa", "exact"), lit(text[start:end])),
                               (qs, p("oa", "prefix"), lit(text[max(0, start - 8):start])),
                               (qs, p("oa", "suffix"), lit(text[end:end + 8])),
                               (ps, RDF_TYPE, p("oa", "TextPositionSelector")), (ps, p("oa", "start"), lit(start)),
                               (ps, p("oa", "end"), lit(end))):
                add(s, pred, o, g)

        local = rng.sample(entities, min(100, len(entities))) + [entities[0], entities[1]]
        claims = []
        for c in range(CLAIMS):
            claim = N(f"{KGR}claim/{doc_id}-c{c}")
            claims.append(claim)
            start = rng.randrange(0, 3900)
            generated = rng.random() < 0.4
            speaker = deepseek if generated else author
            for pred, o in ((RDF_TYPE, p("kgo", "Claim")), (RDF_TYPE, p("schema", "Claim")),
                            (p("schema", "text"), lit(text[start:start + 60], "zh-Hans")),
                            (p("rdfs", "label"), lit(text[start:start + 30], "zh-Hans")),
                            (p("kgo", "speaker"), speaker), (p("prov", "wasAttributedTo"), speaker),
                            (p("kgo", "stance"), p("kgo", rng.choice(STANCES))),
                            (p("kgo", "summary"), lit(f"claim {c} of {doc_id}", "en")),
                            (p("kgo", "machineGenerated"), lit(generated)),
                            (p("prov", "wasDerivedFrom"), content if generated else doc),
                            (p("kgo", "inDocument"), doc), (p("kgo", "provenance"), p("kgo", "Curated")),
                            (p("prov", "wasGeneratedBy"), N(f"{KGR}activity/curation")),
                            (p("dcterms", "identifier"), lit(f"{doc_id}-c{c}"))):
                add(claim, pred, o, g)
            if generated:
                add(claim, p("kgo", "relayedBy"), author, g)
            for e, _cat in rng.sample(local, 3):
                add(claim, p("schema", "about"), e, g)
                add(e, p("kgo", "appearsIn"), doc, g)
            anchor(claim, start, start + 60)
        for r in range(CLAIM_RELATIONS):
            a, b = rng.sample(claims, 2)
            rel = rng.choices(list(COUNTERS), weights=list(COUNTERS.values()))[0]
            add(a, p("cito", rel), b, g)
            node = N(f"{KGR}claim-relation/{a.value.rsplit('/', 1)[1]}--{rel}--{b.value.rsplit('/', 1)[1]}-{r}")
            for pred, o in ((RDF_TYPE, p("kgo", "ClaimRelation")), (RDF_TYPE, p("rdf", "Statement")),
                            (p("rdf", "subject"), a), (p("rdf", "predicate"), p("cito", rel)), (p("rdf", "object"), b),
                            (p("kgo", "rationale"), lit("because", "en")),
                            (p("kgo", "provenance"), p("kgo", "Curated"))):
                add(node, pred, o, g)
        by_category: dict[str, list[ox.NamedNode]] = {}
        for e, cat in local:
            by_category.setdefault(cat, []).append(e)
        for r in range(ACTOR_RELATION_COUNT):
            ends = rng.choices(list(RELATION_ENDS), weights=list(RELATION_ENDS.values()))[0]
            pool_a, pool_b = (by_category.get(cat) or [entities[0][0]] for cat in ends)
            a = rng.choice(pool_a)
            b = rng.choice([e for e in pool_b if e != a] or pool_b)
            rel = rng.choice(ACTOR_RELATIONS)
            add(a, p("kgo", rel), b, g)
            node = N(f"{KGR}relation/{doc_id}/r{r}")
            for pred, o in ((RDF_TYPE, p("kgo", "ActorRelation")), (RDF_TYPE, p("rdf", "Statement")),
                            (p("rdf", "subject"), a), (p("rdf", "predicate"), p("kgo", rel)), (p("rdf", "object"), b),
                            (p("kgo", "inDocument"), doc), (p("kgo", "provenance"), p("kgo", "Curated"))):
                add(node, pred, o, g)
            for end in (a, b):  # each end named by its category, as kg.rdf.add_actor_relation writes it
                add(node, p("kgo", "ties" + category_of[end]), end, g)
            start = rng.randrange(0, 3900)
            anchor(node, start, start + 20)
        for m in range(MENTIONS):
            start = rng.randrange(0, 3990)
            node = N(f"{KGR}mention/{doc_id}/{start}-{start + 4}-{m}")
            body = rng.choice(local)[0]
            add(body, p("kgo", "appearsIn"), doc, g)
            for pred, o in ((RDF_TYPE, p("kgo", "Mention")), (RDF_TYPE, p("oa", "Annotation")),
                            (p("oa", "hasBody"), body), (p("kgo", "inDocument"), doc),
                            (p("kgo", "provenance"), p("kgo", "Curated"))):
                add(node, pred, o, g)
            anchor(node, start, start + 4)
        d += 1
    quads.extend(statement_counts(quads))  # the statistics graph `kg build` adds (kg/stats.py)
    return quads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("triples", type=int)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    quads = generate(args.triples)
    args.out.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    print(f"{len(quads)} quads -> {args.out}")


if __name__ == "__main__":
    main()

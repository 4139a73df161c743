"""The questions the curated seed graph must answer, asked in SPARQL (Oxigraph) over the built dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import load_corpus
from kg.namespaces import sparql_prologue
from kg.oxi import to_store
from kg.rdf import build_dataset

REPO = Path(__file__).resolve().parents[1]
DOC_000, DOC_003 = "000_10dcf77b5b804d02", "003_9b9fa22beda634b6"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(REPO / "seeds")


@pytest.fixture(scope="module")
def store(corpus):
    return to_store(build_dataset(corpus))


def select(store, query: str) -> list[dict[str, str]]:
    rows = store.query(sparql_prologue() + query, use_default_graph_as_union=True)
    names = [v.value for v in rows.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in rows]


def test_claims_about_pudong_sci_tech_group(store, corpus):
    rows = select(store, """
        SELECT DISTINCT ?claim ?quote ?speaker WHERE {
          ?e skos:prefLabel|skos:altLabel ?l . FILTER(str(?l) IN ("浦东科创集团", "浦東科創集團"))
          ?claim a kgo:Claim ; schema:about ?e ; schema:text ?quote ; kgo:speaker ?speaker .
        }""")
    assert rows, "no claim about 浦东科创集团"
    assert any("浦東科創集團" in r["quote"] for r in rows)
    expected = {c.id for c in corpus.curation.claims.values()
                if "pudong-sci-tech-group" in c.about}
    assert {r["claim"].rsplit("/", 1)[1] for r in rows} == expected


def test_cross_article_counter_claims_with_both_quotes(store, corpus):
    rows = select(store, """
        SELECT ?a ?rel ?b ?quoteA ?quoteB ?docA ?docB WHERE {
          VALUES ?rel { cito:refutes cito:disputes cito:qualifies }
          ?a ?rel ?b .
          ?a kgo:inDocument ?docA ; schema:text ?quoteA .
          ?b kgo:inDocument ?docB ; schema:text ?quoteB .
          FILTER(?docA != ?docB)
        }""")
    assert len(rows) >= 5
    texts = {d.id: d.text for d in corpus.documents.values()}
    for r in rows:
        assert r["quoteA"] in texts[r["docA"].rsplit("/", 1)[1]]
        assert r["quoteB"] in texts[r["docB"].rsplit("/", 1)[1]]
    assert {r["docA"].rsplit("/", 1)[1] for r in rows} == {DOC_000, DOC_003}


def test_machine_generated_claims_follow_the_provenance_chain(store, corpus):
    rows = select(store, """
        SELECT DISTINCT ?claim ?generator ?relay ?post ?doc WHERE {
          ?claim a kgo:Claim ; prov:wasDerivedFrom ?content .
          ?content a kgo:GeneratedContent ; prov:wasGeneratedBy/prov:wasAssociatedWith ?generator ;
                   kgo:relayedBy ?relay ; prov:wasDerivedFrom ?post .
          ?doc kgo:republishes ?post .
        }""")
    expected = {c.id for c in corpus.curation.claims.values() if c.machine_generated}
    assert len(expected) >= 20
    assert {r["claim"].rsplit("/", 1)[1] for r in rows} == expected
    assert {(r["generator"], r["relay"], r["doc"]) for r in rows} == {(
        "https://w3id.org/kgcn/id/entity/deepseek", "https://w3id.org/kgcn/id/entity/song-yasi",
        f"https://w3id.org/kgcn/id/document/{DOC_003}")}
    flagged = select(store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c kgo:machineGenerated true }")
    assert int(flagged[0]["n"]) == len(expected)


def test_republication_chain(store):
    rows = select(store, """
        SELECT ?publisher ?author ?wechat WHERE {
          ?doc kgo:republishes ?post ; dcterms:publisher/skos:prefLabel ?publisher .
          ?post schema:author/skos:prefLabel ?author ; dcterms:publisher/skos:prefLabel ?wechat .
          FILTER(langMatches(lang(?publisher), "zh-Hans") && langMatches(lang(?author), "zh-Hans")
                 && langMatches(lang(?wechat), "zh-Hans"))
        }""")
    assert [(r["publisher"], r["author"]) for r in rows] == [("香港01", "宋押司")]
    assert "正财神" in rows[0]["wechat"]


def test_who_speaks_about_the_fair_competition_review_regulation(store):
    rows = select(store, """
        SELECT DISTINCT ?speakerLabel ?quote WHERE {
          ?reg skos:prefLabel ?rl . FILTER(str(?rl) = "公平竞争审查条例")
          { ?c schema:about ?reg } UNION { ?rule kgo:partOf|kgo:implements ?reg . ?c schema:about ?rule }
          ?c kgo:speaker ?s ; schema:text ?quote .
          ?s skos:prefLabel ?speakerLabel . FILTER(langMatches(lang(?speakerLabel), "zh-Hans"))
        }""")
    assert rows
    assert any("公平竞争审查条例实施办法" in r["quote"] for r in rows)


def test_entities_in_both_articles(store):
    rows = select(store, f"""
        SELECT DISTINCT ?label WHERE {{
          ?m1 oa:hasBody ?e ; kgo:inDocument kgr:document\\/{DOC_000} .
          ?m2 oa:hasBody ?e ; kgo:inDocument kgr:document\\/{DOC_003} .
          ?e skos:prefLabel ?label . FILTER(langMatches(lang(?label), "zh-Hans"))
        }}""")
    labels = {r["label"] for r in rows}
    assert {"深度求索", "杭州", "人工智能"} <= labels


def test_curation_counts_meet_the_brief(corpus):
    cur = corpus.curation
    per_doc = {d: sum(1 for c in cur.claims.values() if c.document == d) for d in (DOC_000, DOC_003)}
    assert all(n >= 30 for n in per_doc.values()), per_doc
    cross = [r for r in cur.claim_relations if cur.claims[r.source].document != cur.claims[r.target].document]
    assert len(cur.claim_relations) >= 15 and len(cross) >= 5
    assert len(cur.entities) >= 90
    assert "梁文峰" in cur.entities["liang-wenfeng"].aliases

"""kg.query and `kg query`: bundled questions on the seed graph, the engine's dataset rules, formats, bad input."""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
E = "https://w3id.org/kgcn/id/entity/"
C = "https://w3id.org/kgcn/id/claim/"
D = "https://w3id.org/kgcn/id/document/"
KGO = "https://w3id.org/kgcn/ontology#"
DOC000, DOC003 = D + "000_10dcf77b5b804d02", D + "003_9b9fa22beda634b6"

FIXTURE = """\
@prefix ex: <http://example.org/> .
@prefix kgo: <https://w3id.org/kgcn/ontology#> .
ex:g1 { ex:a ex:p "中文"@zh-Hans ; ex:q 1 . ex:c a kgo:Claim . }
ex:g2 { ex:b ex:p "tab\\there \\"q\\"\\nline2" ; ex:r _:n . _:n ex:s ex:a . }
{ ex:d ex:p ex:a . }
"""


@pytest.fixture(scope="session")
def seed() -> ox.Store:
    store, _origin = q.load_graph(ROOT)
    return store


@pytest.fixture
def fixture_file(tmp_path: Path) -> Path:
    path = tmp_path / "fixture.trig"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


@pytest.fixture
def small(fixture_file: Path) -> ox.Store:
    return q.load_files([fixture_file])


def ask(store: ox.Store, name: str, **params) -> list[dict[str, str]]:
    result = q.run_query(store, q.question(name).render(params), source=name)
    return [{v: ("" if t is None else t.value) for v, t in zip(result.variables, row, strict=True)}
            for row in result.rows]


def count(store: ox.Store, where: str) -> int:
    result = q.run_query(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(result.rows[0][0].value)


# --------------------------------------------------------------------------- bundled questions on the seed graph

def test_at_least_twelve_bundled_questions_each_with_a_header():
    questions = q.bundled_questions()
    assert len(questions) >= 12
    for question in questions.values():
        assert question.title and question.title != question.name
        for p in question.params:
            assert f"${p.name}" in question.text and p.default and p.help


def test_claims_about_matches_either_script_english_and_slug(seed):
    hans = ask(seed, "claims-about", entity="浦东科创集团")
    assert hans and {r["claim"] for r in hans} >= {C + "003-zhangjiang-state-capital-late-stage"}
    for name in ("浦東科創集團", "pudong-sci-tech-group", "Pudong Science and Technology Investment Group"):
        assert ask(seed, "claims-about", entity=name) == hans
    deepseek = ask(seed, "claims-about", entity="深度求索")
    assert deepseek == ask(seed, "claims-about", entity="DeepSeek")
    assert {r["document"] for r in deepseek} == {DOC000, DOC003}
    assert all(r["stance"].startswith(KGO) and r["quote"] for r in deepseek)
    assert ask(seed, "claims-about", entity="no such entity") == []


def test_counter_claims_have_both_quotes_and_speakers(seed):
    rows = ask(seed, "counter-claims")
    pair = [r for r in rows if r["claim"] == C + "000-against-targeted-subsidies"
            and r["target"] == C + "003-hangzhou-llm-special-fund"]
    assert len(pair) == 1
    assert pair[0]["relation"] == "http://purl.org/spar/cito/disputes"
    assert pair[0]["speaker"] == E + "ftchinese-000-author" and pair[0]["targetSpeaker"] == E + "deepseek"
    assert pair[0]["quote"].startswith("若继续沿用传统的产业扶持模式") and pair[0]["rationale"]
    assert len(rows) == count(seed, "VALUES ?r { cito:refutes cito:disputes cito:qualifies } ?a ?r ?b")
    assert all(r["quote"] and r["targetQuote"] and r["speaker"] and r["targetSpeaker"] for r in rows)


def test_machine_generated_claims_name_the_generator_and_relay(seed):
    rows = ask(seed, "machine-generated")
    assert len(rows) == count(seed, "?c a kgo:Claim ; kgo:machineGenerated true")
    assert {C + "003-zhejiang-innovation-exemption", C + "003-alibaba-rewrote-city-genes"} <= {r["claim"] for r in rows}
    deepseek_rows = [r for r in rows if r["generator"] == E + "deepseek"]
    assert deepseek_rows and all(r["relayedBy"] == E + "song-yasi" and r["caveat"] == "可能與現實有偏差"
                                 for r in deepseek_rows)


def test_who_speaks_about_a_policy(seed):
    rows = ask(seed, "who-speaks-about", policy="统一大市场")
    assert rows == ask(seed, "who-speaks-about", policy="統一大市場")
    author = [r for r in rows if r["speaker"] == E + "ftchinese-000-author"]
    assert author and int(author[0]["claims"]) >= 10 and "Asserts" in author[0]["stances"]
    assert author[0]["label"] == "本文作者(FT中文网)"


def test_policy_actors(seed):
    rows = {(r["actor"], r["relation"], r["policy"]): r for r in ask(seed, "policy-actors")}
    assert (E + "hangzhou-government", KGO + "funds", E + "llm-special-fund") in rows
    assert (E + "zhangjiang-government", KGO + "implements", E + "data-localisation") in rows
    assert rows[(E + "zhangjiang-government", KGO + "implements", E + "data-localisation")]["document"] == DOC003
    assert (E + "ftchinese-000-author", KGO + "advocates", E + "unified-national-market") in rows


def test_entities_in_more_than_one_document(seed):
    rows = {r["entity"]: r for r in ask(seed, "cross-document-entities")}
    assert {E + "deepseek", E + "hangzhou", E + "china"} <= set(rows)
    assert rows[E + "deepseek"] == {"entity": E + "deepseek", "label": "深度求索", "documents": "2"}


def test_cross_document_entities_equal_the_mention_and_claim_joins(seed):
    """kgo:appearsIn is derived at build time; the question must answer what the raw joins answer."""
    raw = q.run_query(seed, """
        SELECT ?entity (COUNT(DISTINCT ?document) AS ?documents) WHERE {
          { ?mention oa:hasBody ?entity ; kgo:inDocument ?document . }
          UNION
          { ?claim schema:about ?entity ; kgo:inDocument ?document . }
        } GROUP BY ?entity HAVING (COUNT(DISTINCT ?document) > 1)""")
    expected = {(row[0].value, row[1].value) for row in raw.rows}
    got = {(r["entity"], r["documents"]) for r in ask(seed, "cross-document-entities")}
    assert got == expected and len(got) > 10


def test_most_contested_counts_incoming_counter_relations(seed):
    rows = ask(seed, "most-contested")
    assert rows and rows[0]["claim"] == C + "003-hangzhou-green-light-thinking"
    counters = [int(r["counters"]) for r in rows]
    assert counters == sorted(counters, reverse=True) and counters[0] >= 3
    for r in rows[:5]:
        assert int(r["counters"]) == count(seed, "{ SELECT DISTINCT ?o WHERE { VALUES ?r { cito:refutes cito:disputes "
                                                 f"cito:qualifies }} ?o ?r <{r['claim']}> }} }}")


def test_claims_by_stance(seed):
    rows = {r["stance"]: r for r in ask(seed, "claims-by-stance")}
    assert set(rows) <= {KGO + s for s in ("Asserts", "Denies", "Hedges", "Questions")}
    assert list(rows)[0] == KGO + "Asserts"
    assert sum(int(r["claims"]) for r in rows.values()) == count(seed, "?c a kgo:Claim")
    assert sum(int(r["machineGenerated"]) for r in rows.values()) == len(ask(seed, "machine-generated"))


def test_document_provenance_chain(seed):
    rows = ask(seed, "document-provenance")
    assert {r["document"] for r in rows} == {DOC000, DOC003}
    doc003 = [r for r in rows if r["document"] == DOC003]
    assert doc003 == [{
        "document": DOC003, "title": "DeepSeek為何未誕生在上海浦東張江? 「中國的矽谷」不破難立",
        "author": E + "song-yasi", "publisher": E + "hk01", "date": "2025-02",
        "original": "https://w3id.org/kgcn/id/work/zhengcaishen-post", "originalAuthor": E + "song-yasi",
        "originalPublisher": E + "zhengcaishen",
        "content": "https://w3id.org/kgcn/id/content/003_9b9fa22beda634b6/deepseek-answer",
        "generator": E + "deepseek"}]
    doc000 = [r for r in rows if r["document"] == DOC000]
    assert len(doc000) == 1 and doc000[0]["publisher"] == E + "ftchinese" and doc000[0]["original"] == ""


def test_curated_vs_extracted_counts_per_document(seed):
    rows = ask(seed, "provenance-counts")
    for doc in (DOC000, DOC003):
        curated = {r["kind"]: int(r["count"]) for r in rows
                   if r["document"] == doc and r["provenance"] == KGO + "Curated"}
        assert curated[KGO + "Claim"] == count(seed, f"?c a kgo:Claim ; kgo:inDocument <{doc}> ; "
                                                     "kgo:provenance kgo:Curated")
        assert curated[KGO + "Mention"] > 0 and curated[KGO + "ActorRelation"] > 0
    assert {r["provenance"] for r in rows} <= {KGO + "Curated", KGO + "Extracted"}


def test_entity_neighbourhood(seed):
    rows = {(r["direction"], r["relation"], r["neighbour"])
            for r in ask(seed, "entity-neighbourhood", entity="深度求索")}
    assert {("out", KGO + "foundedIn", E + "hangzhou"), ("out", KGO + "foundedBy", E + "liang-wenfeng")} <= rows


def test_mentions_quote_the_document_text_exactly(seed):
    rows = ask(seed, "mentions-of", entity="浦東科創集團")
    assert {(r["document"], r["exact"]) for r in rows} >= {(DOC003, "浦東科創集團")}
    texts = {r["document"]: q.run_query(seed, f"SELECT ?t {{ <{r['document']}> schema:text ?t }}").rows[0][0].value
             for r in rows}
    for r in ask(seed, "mentions-of", entity="深度求索"):
        texts.setdefault(r["document"], q.run_query(
            seed, f"SELECT ?t {{ <{r['document']}> schema:text ?t }}").rows[0][0].value)
        assert texts[r["document"]][int(r["start"]):int(r["end"])] == r["exact"]


def test_speakers_and_entities_by_type(seed):
    speakers = {r["speaker"]: r for r in ask(seed, "speakers")}
    assert speakers[E + "deepseek"]["label"] == "深度求索"
    assert speakers[E + "deepseek"]["relayed"] == speakers[E + "deepseek"]["claims"] != "0"
    types = {(r["category"], r["type"]): int(r["entities"]) for r in ask(seed, "entities-by-type")}
    assert types[(KGO + "Actor", KGO + "Company")] >= 10 and types[(KGO + "Actor", KGO + "StateCapital")] >= 1


def test_seed_graph_facts_that_do_not_churn(seed):
    result = q.run_query(seed, 'ASK { entity:deepseek skos:prefLabel ?l FILTER(str(?l) = "深度求索" '
                               '&& langMatches(lang(?l), "zh-Hans")) }')
    assert result.boolean is True


# --------------------------------------------------------------------------- engine rules on a fixture graph

def test_default_graph_is_the_union_and_graph_still_works(small):
    assert count(small, "?s <http://example.org/p> ?o") == 3
    rows = q.run_query(small, "SELECT ?g WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?g").rows
    assert [r[0].value for r in rows] == ["http://example.org/g1", "http://example.org/g2"]
    assert count(small, "?c a kgo:Claim") == 1  # predeclared prefix


def test_from_clause_and_protocol_dataset_are_honoured(small):
    assert count(small, "?s ?p ?o") == 7
    assert len(q.run_query(small, "SELECT * FROM <http://example.org/g1> WHERE { ?s ?p ?o }").rows) == 3
    only_g2 = q.run_query(small, "SELECT * WHERE { ?s ?p ?o }", default_graphs=["http://example.org/g2"])
    assert len(only_g2.rows) == 3


def test_users_prefix_overrides_ours(small):
    text = "PREFIX kgo: <http://example.org/> SELECT * WHERE { ?s kgo:p ?o }"
    assert len(q.run_query(small, text).rows) == 3


def test_syntax_error_has_line_and_column():
    with pytest.raises(q.QueryError) as err:
        q.run_query(ox.Store(), "SELECT *\nWHERE { ?s ?p }", source="my.rq")
    assert str(err.value).startswith("my.rq:2:") and "syntax error" in str(err.value)
    assert err.value.exit_code == 2
    with pytest.raises(q.QueryError, match="undeclared prefix"):
        q.run_query(ox.Store(), "SELECT * WHERE { ?s nope:p ?o }")


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://example.invalid/sparql> { ?s ?p ?o } }",
    "select * where { ?s ?p ?o .service silent <http://example.invalid/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.invalid/> { ?s ?p ?o } }",
])
def test_service_is_refused_before_evaluation(text):
    with pytest.raises(q.QueryError, match="SERVICE"):
        q.run_query(ox.Store(), text)


def test_service_inside_strings_iris_and_variables_is_fine(small):
    text = ('SELECT ?service WHERE { BIND("SERVICE <x> {}" AS ?service) '
            'FILTER(?service != <http://example.org/SERVICE>) } # SERVICE')
    assert len(q.run_query(small, text).rows) == 1


def test_updates_are_not_queries(small):
    with pytest.raises(q.QueryError):
        q.run_query(small, "INSERT DATA { <http://example.org/x> <http://example.org/y> 1 }")
    assert count(small, "?s ?p ?o") == 7


def _three_hundred() -> ox.Store:
    """300 triples on one predicate: a four-way self-join over them runs long enough to time out."""
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"), ox.Literal(i), ox.DefaultGraph())
                 for i in range(300))
    return store


def test_timeout_and_result_size_limit():
    store = _three_hundred()
    started = time.monotonic()
    with pytest.raises(q.QueryTimeout, match="timed out after 0.2 s"):
        q.run_query(store, "SELECT * WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 . ?d ?p ?o4 }", timeout=0.2)
    assert time.monotonic() - started < 2
    with pytest.raises(q.ResultTooLarge, match="more than 10 rows"):
        q.run_query(store, "SELECT * WHERE { ?s ?p ?o }", max_results=10)


def test_parameters_are_literals_not_sparql():
    question = q.question("claims-about")
    text = question.render({"entity": 'x" } } DROP ALL #'})
    assert '"x\\" } } DROP ALL #"' in text
    q.run_query(ox.Store(), text)  # still one well-formed query
    with pytest.raises(q.UsageError, match="no parameter"):
        question.render({"nope": "1"})


# --------------------------------------------------------------------------- formats

def test_result_formats_serialise_every_kind_of_term(small):
    result = q.run_query(small, "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(?s IN (<http://example.org/a>, "
                                "<http://example.org/b>)) FILTER(!isIRI(?o)) } ORDER BY ?s ?o")
    doc = json.loads(q.serialize(result, "json"))
    assert doc["head"]["vars"] == ["s", "o"]
    objects = [b["o"] for b in doc["results"]["bindings"]]
    assert {"type": "literal", "value": "中文", "xml:lang": "zh-hans"} in objects
    assert {"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"} in objects
    assert any(o["type"] == "bnode" for o in objects)
    assert {"type": "literal", "value": 'tab\there "q"\nline2'} in objects
    tree = ET.fromstring(q.serialize(result, "xml"))
    assert len(tree.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 4
    text = q.serialize(result, "csv").decode()
    assert text.startswith("s,o\r\n")
    assert ['http://example.org/b', 'tab\there "q"\nline2'] in list(csv.reader(io.StringIO(text)))
    tsv = q.serialize(result, "tsv").decode().splitlines()
    assert tsv[0] == "?s\t?o" and '<http://example.org/b>\t"tab\\there \\"q\\"\\nline2"' in tsv
    table = q.serialize(result, "table").decode()
    assert "(4 rows)" in table and "中文" in table


def test_ask_and_construct_formats(small):
    yes = q.run_query(small, "ASK { ?s ?p ?o }")
    assert json.loads(q.serialize(yes, "json")) == {"head": {}, "boolean": True}
    assert q.serialize(q.run_query(small, "ASK { FILTER(false) }"), "table") == b"false\n"
    graph = q.run_query(small, "CONSTRUCT WHERE { ?s <http://example.org/p> ?o }")
    for fmt, oxfmt in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                       ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)):
        assert len(list(ox.parse(q.serialize(graph, fmt), format=oxfmt))) == 3
    with pytest.raises(q.UsageError, match="CONSTRUCT"):
        q.serialize(yes, "turtle")
    with pytest.raises(q.UsageError, match="SELECT"):
        q.serialize(graph, "csv")


def test_oxigraph_writes_select_and_ask_answers_like_our_writers(small):
    """kg query / kg serve get SELECT and ASK answers from Oxigraph's own writers; they mean what ours do."""
    text = ("SELECT ?s ?o WHERE { ?s ?p ?o FILTER(?s IN (<http://example.org/a>, <http://example.org/b>)) "
            "FILTER(!isIRI(?o)) } ORDER BY ?s ?o")
    python = q.run_query(small, text)
    for fmt in ("json", "xml", "csv", "tsv"):
        native = q.run_query(small, text, fmt=fmt)
        assert native.body is not None and native.rows == [] and native.variables == ["s", "o"]
        assert q.serialize(native, fmt) == q.answer(small, text, fmt)
    assert json.loads(q.answer(small, text, "json")) == json.loads(q.serialize(python, "json"))
    same_xml = [ET.canonicalize(body.decode()) for body in (q.answer(small, text, "xml"), q.serialize(python, "xml"))]
    assert same_xml[0] == same_xml[1]
    assert q.answer(small, text, "csv") == q.serialize(python, "csv")
    tsv = q.answer(small, text, "tsv").decode().splitlines()
    assert tsv[0] == "?s\t?o" and '<http://example.org/b>\t"tab\\there \\"q\\"\\nline2"' in tsv
    assert "<http://example.org/a>\t1" in tsv  # W3C TSV allows a number's short form
    assert json.loads(q.answer(small, "ASK { ?s ?p ?o }", "json")) == {"head": {}, "boolean": True}
    assert b"<boolean>false</boolean>" in q.answer(small, "ASK { FILTER(false) }", "xml")
    assert q.answer(small, "ASK { ?s ?p ?o }", "csv") == q.answer(small, "ASK { ?s ?p ?o }", "tsv") == b"true\n"
    assert q.answer(small, "ASK {}", "table") == b"true\n"
    with pytest.raises(q.UsageError, match="SELECT"):
        q.answer(small, "CONSTRUCT WHERE { ?s ?p ?o }", "json")
    with pytest.raises(q.UsageError, match="CONSTRUCT"):
        q.answer(small, "ASK {}", "turtle")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_size_limit_counts_rows_in_oxigraphs_output(fmt):
    """The limit is counted on the bytes as Oxigraph writes them (8 KiB at a time): exact at the boundary, also
    for values that look like row marks (a `{` in JSON, a line break in CSV: then rows are counted in Python)."""
    values = ["plain", "brace { :{ },{", "line\nbreak", "<result>", "tab\tq\"", "中文"]
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"http://e/{i}"), ox.NamedNode("http://e/p"),
                         ox.Literal(values[i % len(values)] * 20 if i % 5 else "plain"), ox.DefaultGraph())
                 for i in range(600))
    everything = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    assert len(q.run_query(store, everything, fmt=fmt, max_results=600)) == 600
    with pytest.raises(q.ResultTooLarge, match="more than 599 rows"):
        q.run_query(store, everything, fmt=fmt, max_results=599)
    plain = 'SELECT ?s ?o WHERE { ?s ?p ?o FILTER(?o = "plain") }'
    counted = q.run_query(store, plain, fmt=fmt, max_results=120)
    assert counted.body is not None and len(counted) == 120  # no look-alikes: counted as Oxigraph writes
    with pytest.raises(q.ResultTooLarge):
        q.run_query(store, plain, fmt=fmt, max_results=119)
    empty_rows = "SELECT ?x WHERE { VALUES ?x { UNDEF UNDEF UNDEF } }"
    assert len(q.run_query(store, empty_rows, fmt=fmt, max_results=3)) == 3
    with pytest.raises(q.ResultTooLarge):
        q.run_query(store, empty_rows, fmt=fmt, max_results=2)


def test_timeout_while_oxigraph_writes_the_answer():
    store = _three_hundred()
    started = time.monotonic()
    with pytest.raises(q.QueryTimeout, match="timed out after 0.2 s"):
        q.answer(store, "SELECT * WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 . ?d ?p ?o4 }", "json", timeout=0.2)
    assert time.monotonic() - started < 2


# --------------------------------------------------------------------------- the command

def run(*args: str):
    return CliRunner().invoke(main, ["--root", str(ROOT), *args], catch_exceptions=False)


def test_cli_list_names_every_question():
    out = run("query", "--list")
    assert out.exit_code == 0
    for name in q.bundled_questions():
        assert name in out.output
    assert "--param entity=" in out.output


def test_cli_inline_file_and_name(fixture_file, tmp_path):
    out = run("query", "--data", str(fixture_file), "--format", "csv",
              "SELECT ?o WHERE { <http://example.org/d> ?p ?o }")
    assert out.exit_code == 0 and out.stdout_bytes == b"o\r\nhttp://example.org/a\r\n"
    rq = tmp_path / "q.rq"
    rq.write_text("# count\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    out = run("query", "--data", str(fixture_file), "-f", str(rq), "--format", "json")
    assert json.loads(out.output)["results"]["bindings"][0]["n"]["value"] == "7"
    out = run("query", "--data", str(fixture_file), "--name", "claims-by-stance")
    assert out.exit_code == 0 and "(0 rows)" in out.output
    out = run("query", "--name", "claims-about", "-p", "entity=浦東科創集團", "--show")
    assert '"浦東科創集團"' in out.output and "$entity" not in out.output


def test_cli_default_data_is_the_seed_graph():
    out = run("query", "--format", "tsv", "SELECT ?l WHERE { entity:deepseek skos:prefLabel ?l "
                                          'FILTER(langMatches(lang(?l), "zh-Hans")) }')
    assert out.exit_code == 0, out.output
    assert out.output.splitlines() == ["?l", '"深度求索"@zh-hans']


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE {\n ?s ?p }"], "query:2:"),
    (["--name", "no-such-question"], "choose one of: claims-about"),
    (["-f", "missing.rq"], "missing.rq: file not found"),
    ([], "give exactly one query"),
    (["--name", "claims-about", "SELECT * {}"], "give exactly one query"),
    (["--name", "claims-about", "-p", "oops"], "expected NAME=VALUE"),
    (["--name", "claims-about", "-p", "nope=1"], "has no parameter nope"),
    (["-p", "entity=1", "ASK {}"], "--param only applies"),
    (["--format", "turtle", "ASK {}"], "a SELECT/ASK answer can be"),
    (["--data", "missing.ttl", "ASK {}"], "missing.ttl: file not found"),
    (["SELECT * WHERE { SERVICE <http://example.invalid/> { ?s ?p ?o } }"], "SERVICE (federated query) is disabled"),
])
def test_cli_bad_input(args, message, fixture_file):
    if "--data" not in args and args and not args[0].startswith("-"):
        args = ["--data", str(fixture_file), *args]
    if args[:1] == ["--format"]:
        args = ["--data", str(fixture_file), *args]
    out = run("query", *args)
    assert out.exit_code == 2, out.output
    assert message in out.output and "Traceback" not in out.output


def test_cli_bad_rdf_file_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n", encoding="utf-8")
    out = run("query", "--data", str(bad), "ASK {}")
    assert out.exit_code == 2 and f"{bad}:2: cannot parse" in out.output


def test_cli_timeout_message(tmp_path):
    data = tmp_path / "big.nt"
    data.write_text("".join(f'<http://e/{i}> <http://e/p> "{i}" .\n' for i in range(300)), encoding="utf-8")
    out = run("query", "--data", str(data), "--timeout", "0.2",
              "SELECT * WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 . ?d ?p ?o4 }")
    assert out.exit_code == 1 and "timed out after 0.2 s" in out.output


# --------------------------------------------------------------------------- rewritten questions keep their answers
# Each question rewritten for speed (bench/bench_query.py, 1M triples) must give the rows of its previous, plainer
# formulation, on the seed graph and on a generated graph shaped like ours (more ties, more rows).

PREVIOUS = {
    "most-contested": """
SELECT ?claim ?counters ?speaker ?quote WHERE {
  { SELECT ?claim (COUNT(DISTINCT ?other) AS ?counters) WHERE {
      VALUES ?relation { cito:refutes cito:disputes cito:qualifies }
      ?other ?relation ?claim .
    } GROUP BY ?claim }
  ?claim kgo:speaker ?speaker ; schema:text ?quote .
} ORDER BY DESC(?counters) ?claim LIMIT 20""",
    "machine-generated": """
SELECT ?claim ?generator ?relayedBy ?content ?caveat ?quote WHERE {
  ?claim a kgo:Claim ; kgo:machineGenerated true ; schema:text ?quote .
  OPTIONAL { ?claim kgo:relayedBy ?relayedBy }
  OPTIONAL { ?claim prov:wasDerivedFrom ?content . ?content a kgo:GeneratedContent ; prov:wasAttributedTo ?generator . }
  OPTIONAL { ?content kgo:caveat ?caveat }
} ORDER BY ?claim""",
    "policy-actors": """
SELECT DISTINCT ?actor ?relation ?policy ?document ?rationale WHERE {
  ?link a kgo:ActorRelation ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o .
  { ?s a kgo:Actor . ?o a kgo:Policy . BIND(?s AS ?actor) BIND(?o AS ?policy) }
  UNION
  { ?s a kgo:Policy . ?o a kgo:Actor . BIND(?o AS ?actor) BIND(?s AS ?policy) }
  OPTIONAL { ?link kgo:inDocument ?document }
  OPTIONAL { ?link kgo:rationale ?rationale }
} ORDER BY ?policy ?actor ?relation ?document""",
    "counter-claims": """
SELECT ?claim ?speaker ?relation ?target ?targetSpeaker ?quote ?targetQuote ?rationale WHERE {
  VALUES ?relation { cito:refutes cito:disputes cito:qualifies }
  ?claim ?relation ?target .
  ?claim kgo:speaker ?speaker ; schema:text ?quote .
  ?target kgo:speaker ?targetSpeaker ; schema:text ?targetQuote .
  OPTIONAL { ?link rdf:subject ?claim ; rdf:predicate ?relation ; rdf:object ?target ; kgo:rationale ?rationale . }
} ORDER BY ?claim ?relation ?target""",
    "provenance-counts": """
SELECT ?document ?provenance ?kind (COUNT(?statement) AS ?count) WHERE {
  VALUES ?kind { kgo:Claim kgo:Mention kgo:ActorRelation }
  ?statement a ?kind ; kgo:inDocument ?document ; kgo:provenance ?provenance .
} GROUP BY ?document ?provenance ?kind ORDER BY ?document ?provenance ?kind""",
    "speakers": """
SELECT ?speaker ?label ?claims ?documents ?relayed WHERE {
  { SELECT ?speaker (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?document) AS ?documents)
           (COUNT(DISTINCT ?relayedClaim) AS ?relayed) WHERE {
      ?claim a kgo:Claim ; kgo:speaker ?speaker ; kgo:inDocument ?document .
      OPTIONAL { ?claim kgo:relayedBy ?relayer . BIND(?claim AS ?relayedClaim) }
    } GROUP BY ?speaker }
  OPTIONAL { ?speaker skos:prefLabel ?label FILTER(langMatches(lang(?label), "zh-Hans")) }
} ORDER BY DESC(?claims) ?speaker""",
    "claims-by-stance": """
SELECT ?stance (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?speaker) AS ?speakers)
       (SUM(IF(?generated, 1, 0)) AS ?machineGenerated) WHERE {
  ?claim a kgo:Claim ; kgo:stance ?stance ; kgo:speaker ?speaker ; kgo:machineGenerated ?generated .
} GROUP BY ?stance ORDER BY DESC(?claims) ?stance""",
}


@pytest.fixture(scope="session")
def generated() -> ox.Store:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_graph", ROOT / "bench" / "gen_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    store = ox.Store()
    store.bulk_extend(module.generate(20_000))
    return store


def rows_of(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    result = q.run_query(store, text)
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


@pytest.mark.parametrize("name", sorted(PREVIOUS))
@pytest.mark.parametrize("graph", ["seed", "generated"])
def test_rewritten_question_gives_the_rows_of_its_previous_formulation(name, graph, request):
    store = request.getfixturevalue(graph)
    now, before = rows_of(store, q.question(name).render()), rows_of(store, PREVIOUS[name])
    assert now and now == before


TIES = {KGO + "ties" + c for c in ("Actor", "Policy", "Place", "Concept")}


@pytest.mark.parametrize("graph", ["seed", "generated"])
def test_policy_actors_reads_the_named_ends_and_checks_types_without_them(graph, request):
    """Same rows from the records' kgo:ties… triples as from checking both ends' types on data without them; and
    the ties are what is read: a doctored one comes back."""
    store = request.getfixturevalue(graph)
    text = q.question("policy-actors").render()
    quads = list(store)
    bare = ox.Store()
    bare.bulk_extend([x for x in quads if x.predicate.value not in TIES])
    with_ties = rows_of(store, text)
    assert with_ties and rows_of(bare, text) == with_ties
    with_actor = {x.subject for x in quads if x.predicate.value == KGO + "tiesActor"}
    tie = next(x for x in quads if x.predicate.value == KGO + "tiesPolicy" and x.subject in with_actor)
    doctored = ox.Store()
    doctored.bulk_extend(quads + [ox.Quad(tie.subject, tie.predicate, ox.NamedNode(E + "doctored"), tie.graph_name)])
    assert any(row[2] == f"<{E}doctored>" for row in rows_of(doctored, text))


@pytest.mark.parametrize("graph", ["seed", "generated"])
def test_every_actor_relation_names_each_end_by_its_category(graph, request):
    """kgo:ties… holds exactly the record's two ends, each under its category (the build's and the generator's)."""
    store = request.getfixturevalue(graph)
    ends = q.run_query(store, """SELECT ?link ?end ?category WHERE {
      ?link a kgo:ActorRelation . { ?link rdf:subject ?end } UNION { ?link rdf:object ?end }
      VALUES ?category { kgo:Actor kgo:Policy kgo:Place kgo:Concept } ?end a ?category }""").rows
    ties = q.run_query(store, """SELECT ?link ?end ?category WHERE {
      VALUES (?tie ?category) { (kgo:tiesActor kgo:Actor) (kgo:tiesPolicy kgo:Policy) (kgo:tiesPlace kgo:Place)
                                (kgo:tiesConcept kgo:Concept) } ?link ?tie ?end }""").rows
    assert ties and {tuple(map(str, r)) for r in ties} == {tuple(map(str, r)) for r in ends}


def test_most_contested_skips_claims_without_speaker_before_ranking():
    """The ranking is cut to 20 before speakers are joined in: a heavily contested claim with no speaker must not
    take a place in the top 20 (the previous formulation dropped it in the join)."""
    lines = []
    for i in range(25):
        lines.append(f"claim:c{i:02d} kgo:speaker entity:s ; schema:text \"q{i}\" .")
        lines.extend(f"claim:x{i}-{j} cito:refutes claim:c{i:02d} ." for j in range(i % 3 + 1))
    lines.extend(f"claim:y{j} cito:disputes claim:nospeaker ." for j in range(9))
    prefixes = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in q.QUERY_PREFIXES.items())
    store = ox.Store()
    store.load(prefixes + "\n".join(lines), format=ox.RdfFormat.TURTLE)
    now = rows_of(store, q.question("most-contested").render())
    assert now == rows_of(store, PREVIOUS["most-contested"]) and len(now) == 20
    assert all("nospeaker" not in row[0] for row in now)


def test_machine_generated_claim_without_generated_content_is_one_row():
    """A deliberate fix over the previous formulation: a machine-generated claim not derived from generated content
    is listed once with no generator and no caveat, not crossed with every caveat in the graph."""
    prefixes = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in q.QUERY_PREFIXES.items())
    store = ox.Store()
    store.load(prefixes + """
claim:a a kgo:Claim ; kgo:machineGenerated true ; schema:text "a" ; prov:wasDerivedFrom <content/1> .
<content/1> a kgo:GeneratedContent ; prov:wasAttributedTo entity:deepseek ; kgo:caveat "c1" .
<content/2> a kgo:GeneratedContent ; prov:wasAttributedTo entity:deepseek ; kgo:caveat "c2" .
claim:b a kgo:Claim ; kgo:machineGenerated true ; schema:text "b" .
""", format=ox.RdfFormat.TURTLE, base_iri=q.KGR)
    rows = ask(store, "machine-generated")
    assert [(r["claim"], r["generator"], r["caveat"]) for r in rows] == [
        (C + "a", E + "deepseek", "c1"), (C + "b", "", "")]

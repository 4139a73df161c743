"""`kg extract`, `kg add`, `kg eval` and extraction inside `kg build`, through the CLI and the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "合肥市发展和改革委员会近日出台《合肥市新能源汽车产业发展条例》。\n专家陈立新认为，杭州的经验不能简单复制。\n"
TRAD = "香港交易所推出新的上市規則。\n學者梁志偉認為，浦東科創集團偏好中後期項目。\n"


def run(root: Path, *args: str):
    result = CliRunner().invoke(main, ["--root", str(root), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "hefei article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_json_shape_and_offsets(mini: Path, article: Path):
    result = run(mini, "extract", "--format", "json", str(article))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"document", "entities", "claims", "relations", "claim_relations"}
    for e in data["entities"]:
        assert set(e) == {"id", "label", "type", "confidence", "mentions"}
        for m in e["mentions"]:
            assert ARTICLE[m["start"]:m["end"]] == m["text"]
    for c in data["claims"]:
        assert set(c) == {"id", "text", "start", "end", "speaker", "about", "stance", "confidence"}
        assert ARTICLE[c["start"]:c["end"]] == c["text"]
    labels = {e["label"] for e in data["entities"]}
    assert "合肥市发展和改革委员会" in labels
    hangzhou = [e for e in data["entities"] if e["label"] == "杭州"]
    assert hangzhou and hangzhou[0]["id"] == "hangzhou"  # the curated entity, not a new one


def test_extract_traditional_keeps_traditional_offsets(mini: Path, tmp_path: Path):
    path = tmp_path / "trad.txt"
    path.write_text(TRAD, encoding="utf-8")
    data = json.loads(run(mini, "extract", "--format", "json", str(path)).output)
    assert data["document"]["script"] == "zh-Hant"
    for e in data["entities"]:
        for m in e["mentions"]:
            assert TRAD[m["start"]:m["end"]] == m["text"]
    found = {e["id"]: e for e in data["entities"]}
    assert found["pudong-sci-tech-group"]["mentions"][0]["text"] == "浦東科創集團"  # curated, matched across scripts


def test_extract_table_and_turtle(mini: Path, article: Path):
    table = run(mini, "extract", str(article))
    assert table.exit_code == 0 and "entities (" in table.output and "claims (" in table.output
    ttl = run(mini, "extract", "--format", "turtle", str(article))
    assert ttl.exit_code == 0
    from rdflib import Graph

    g = Graph().parse(data=ttl.output, format="turtle")
    assert len(g) > 20
    assert "kgo:Extracted" in ttl.output and "kgo:Curated" not in ttl.output


@pytest.mark.parametrize(("content", "message"), [
    (b"\x00\x01binary", "binary file"),
    ("中文".encode("gb18030"), "not valid UTF-8"),
])
def test_extract_bad_files(mini: Path, tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(mini, "extract", str(path))
    assert result.exit_code == 1 and message in result.output and str(path) in result.output


def test_extract_missing_empty_and_non_chinese(mini: Path, tmp_path: Path):
    assert "file not found" in run(mini, "extract", str(tmp_path / "nope.txt")).output
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    data = json.loads(run(mini, "extract", "--format", "json", str(empty)).output)
    assert data["entities"] == [] and data["claims"] == []
    english = tmp_path / "en.txt"
    english.write_text("No Chinese here at all. 🙂 e\u0301\n", encoding="utf-8")
    result = run(mini, "extract", "--format", "json", str(english))
    assert result.exit_code == 0
    json.loads(result.output)


def test_add_then_build_extracts_into_its_own_graph(mini: Path, article: Path):
    result = run(mini, "add", str(article), "--title", "合肥新能源", "--author", "陈立新",
                 "--publisher", "测试日报", "--date", "2025-05-01", "--url", "https://example.org/a")
    assert result.exit_code == 0, result.output
    assert "added seeds/documents/hefei-article.txt" in result.output
    meta = (mini / "seeds/documents/hefei-article.yaml").read_text(encoding="utf-8")
    assert "name: 陈立新" in meta and "language: zh-Hans" in meta
    assert (mini / "seeds/documents/hefei-article.txt").read_bytes() == article.read_bytes()
    built = build(mini)
    assert built.extracted == ["hefei-article"]
    assert "extracted documents: 1" in built.summary()
    from kg.namespaces import KGO
    from kg.rdf import curated_graph, extracted_graph

    g = built.dataset.graph(extracted_graph("hefei-article"))
    claims = set(g.subjects(predicate=KGO.provenance, object=KGO.Extracted))
    assert claims and not set(g.subjects(predicate=KGO.provenance, object=KGO.Curated))
    assert all((c, KGO.confidence, None) in g for c in claims)
    assert len(built.dataset.graph(curated_graph("hefei-article"))) == 0


def test_add_refuses_bad_input(mini: Path, article: Path, tmp_path: Path):
    base = ["--title", "t", "--author", "a", "--publisher", "p"]
    assert run(mini, "add", str(article), *base, "--date", "May 2025").exit_code == 2
    assert run(mini, "add", str(article), *base, "--date", "2025").exit_code == 0
    again = run(mini, "add", str(article), *base, "--date", "2025")
    assert again.exit_code == 2 and "already exists" in again.output
    english = tmp_path / "english.txt"
    english.write_text("hello world", encoding="utf-8")
    result = run(mini, "add", str(english), *base, "--date", "2025")
    assert result.exit_code == 1 and "no Chinese script" in result.output
    assert not (mini / "seeds/documents/english.yaml").exists()
    missing = run(mini, "add", str(article), "--title", "t", "--date", "2025")
    assert missing.exit_code == 2 and "--author" in missing.output


def test_eval_gold_files_and_leave_one_out(mini: Path):
    gold = sorted((REPO / "gold" / "dev").glob("*.json"))[:2]
    result = run(mini, "eval", *map(str, gold))
    assert result.exit_code == 0, result.output
    assert "== gold files: 2 document(s)" in result.output and "entities" in result.output
    loo = run(mini, "eval", "--leave-one-out", "--format", "json")
    data = json.loads(loo.output)
    section = data["leave-one-out over curated seeds"]
    assert set(section) == {"total", "000_10dcf77b5b804d02", "003_9b9fa22beda634b6"}
    assert 0 <= section["total"]["claims"]["recall"] <= 1
    named = data["leave-one-out, the curation's named layer"]  # the mini curation's 定向补贴 is concept-layer
    assert named["total"]["entities"]["gold"] < section["total"]["entities"]["gold"]


def test_eval_bad_input(mini: Path, tmp_path: Path):
    assert run(mini, "eval").exit_code == 2
    broken = tmp_path / "gold.json"
    broken.write_text("{not json", encoding="utf-8")
    result = run(mini, "eval", str(broken))
    assert result.exit_code == 2 and "not valid JSON" in result.output
    assert "gold file not found" in run(mini, "eval", str(tmp_path / "none.json")).output
    no_text = tmp_path / "notext.json"
    no_text.write_text("{}", encoding="utf-8")
    assert 'needs "text"' in run(mini, "eval", str(no_text)).output


def test_analytics_on_seeds_include_extracted_documents(mini: Path, article: Path):
    """`kg stats` reads seeds/ in memory: an added document's extracted graph must be part of it."""
    before = json.loads(run(mini, "stats", "--format", "json").output)
    assert run(mini, "add", str(article), "--title", "t", "--author", "陈立新", "--publisher", "p",
               "--date", "2025").exit_code == 0
    after = json.loads(run(mini, "stats", "--format", "json").output)
    assert "extracted" not in before["per_provenance"]
    assert after["per_provenance"]["extracted"]["nodes"] > 0


def _two_articles(mini: Path, article: Path) -> None:
    for name in ("one", "two", "three"):
        (mini / f"seeds/documents/{name}.txt").write_bytes(article.read_bytes())
        (mini / f"seeds/documents/{name}.yaml").write_text(
            f"id: {name}\ntitle: 合肥\nlanguage: zh-Hans\nauthor: {{name: 陈立新}}\npublisher: {{name: 测试日报}}\n"
            "date: '2025-05'\n", encoding="utf-8")


def _no_child_left() -> bool:
    import os
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_failed_build_leaves_no_child_running(mini: Path, article: Path, tmp_path: Path):
    """Extraction and SHACL run in forked children: a failure on the way (kept, as a caller may keep it) must
    not leave either behind."""
    _two_articles(mini, article)

    def stop(done, total, doc):
        raise RuntimeError("stopped by the caller")

    with pytest.raises(RuntimeError, match="stopped by the caller") as kept:
        build(mini, progress=stop)
    assert kept.value is not None and _no_child_left()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(OSError):
        build(mini, out=blocker / "exports")  # fails before validation ever waits for SHACL
    assert _no_child_left()


def test_a_claim_naming_no_entity_joins_the_graph_and_validates(mini: Path, tmp_path: Path):
    """The default extractor reports named entities only, so a claim about a generic concept names none: it is
    kept (quote, speaker, stance), and the built graph passes `kg validate` with every shape."""
    path = tmp_path / "generic.txt"
    path.write_text("合肥市发展和改革委员会近日出台新的条例。\n笔者认为，这种补贴竞赛难以持续，也会扭曲市场。\n",
                    encoding="utf-8")
    assert run(mini, "add", str(path), "--title", "补贴", "--author", "陈立新", "--publisher", "测试日报",
               "--date", "2025").exit_code == 0
    built = build(mini)
    from kg.namespaces import KGO
    from kg.rdf import extracted_graph
    from kg.terms import SCHEMA

    g = built.dataset.graph(extracted_graph("generic"))
    claims = set(g.subjects(predicate=KGO.provenance, object=KGO.Extracted)) & set(g.subjects(SCHEMA.text, None))
    quotes = {str(g.value(c, SCHEMA.text)): c for c in claims}
    generic = [c for q, c in quotes.items() if "补贴竞赛" in q]
    assert generic and g.value(generic[0], SCHEMA.about) is None and g.value(generic[0], KGO.speaker) is not None
    result = run(mini, "validate", str(mini / "exports" / "kg.trig"))
    assert result.exit_code == 0, result.output

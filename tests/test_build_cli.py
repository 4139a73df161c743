"""`kg build` and `kg validate` through the CLI: summaries, exit codes, and every bad input the issue lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

REPO = Path(__file__).resolve().parents[1]


def run(root: Path, *args: str):
    result = CliRunner().invoke(main, ["--root", str(root), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_build_writes_every_export_and_prints_a_summary(mini: Path):
    result = run(mini, "build")
    assert result.exit_code == 0, result.output
    for line in ("documents: 2", "claims: 3", "claim relations: 2 (1 across documents)", "actor relations: 1"):
        assert line in result.output
    names = {p.name for p in (mini / "exports").iterdir()}
    assert {"kg.ttl", "kg.nt", "kg.trig", "kg.nq", "kg.jsonld", "kg.rdf", "context.jsonld"} <= names


def test_validate_seeds_exit_0(mini: Path):
    result = run(mini, "validate")
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_validate_broken_fixture_exit_1_names_node_rule_and_source():
    result = run(REPO, "validate", str(REPO / "tests" / "fixtures" / "broken.ttl"))
    assert result.exit_code == 1
    out = result.output
    assert "claim/no-speaker: kgo:speaker MinCountConstraintComponent" in out
    assert "claim/no-speaker: quote-check: quote '杭州的政策更灵活' does not match the text at 9-17" in out
    assert "entity/hangzhou: skos:prefLabel" in out and "zh-Hans" in out
    assert "entity/author: ClassConstraintComponent: located-in / founded-in must point to a place" in out
    assert "claim/extracted: Provenanced OrConstraintComponent: an extracted statement needs a kgo:confidence" in out
    assert "seeds/documents/broken.txt: claim/no-speaker" in out
    assert "invalid: 6 violation(s)" in out


def test_validate_usage_errors_exit_2(tmp_path: Path):
    result = run(REPO, "validate", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 2 and "file not found" in result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = run(REPO, "validate", str(bad))
    assert result.exit_code == 2 and "bad.ttl: cannot parse as turtle" in result.output
    odd = tmp_path / "data.xyz"
    odd.write_text("x", encoding="utf-8")
    assert run(REPO, "validate", str(odd)).exit_code == 2


def test_exported_graph_validates(mini: Path):
    assert run(mini, "build").exit_code == 0
    result = run(mini, "validate", str(mini / "exports" / "kg.trig"))
    assert result.exit_code == 0, result.output


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CLAIMS_003 = "seeds/curation/claims/003_9b9fa22beda634b6.yaml"
ENTITIES = "seeds/curation/entities/mini.yaml"
META_000 = "seeds/documents/000_10dcf77b5b804d02.yaml"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (CLAIMS_003, "claims:\n", "claims: [\n", f"{CLAIMS_003}:3: malformed YAML"),
        (CLAIMS_003, "about: [hangzhou]", "about: [hangzhuo]", f"{CLAIMS_003}:8: unknown entity id 'hangzhuo'"),
        (CLAIMS_003, "quote: 杭州的政策工具更靈活", "quote: 杭州的政策工具更灵活",
         f"{CLAIMS_003}:8: quote '杭州的政策工具更灵活' not found verbatim in 003_9b9fa22beda634b6; "
         "closest passage at character"),
        (CLAIMS_003, "id: 003-tailored-subsidies", "id: 003-state-capital-late-stage",
         f"{CLAIMS_003}:8: duplicate claim id '003-state-capital-late-stage' (first defined at {CLAIMS_003}:3)"),
        (ENTITIES, "id: hangzhou,", "id: deepseek,", f"{ENTITIES}:10: duplicate entity id 'deepseek'"),
        (ENTITIES, "type: City", "type: Town", f"{ENTITIES}:10: unknown entity type 'Town'"),
        (CLAIMS_003, "relation: supports", "relation: endorses", f"{CLAIMS_003}:13: unknown claim relation 'endorses'"),
        (CLAIMS_003, "predicate: located-in", "predicate: lives-in", f"{CLAIMS_003}:15: unknown relation 'lives-in'"),
        (CLAIMS_003, "stance: asserts", "stance: shouts", f"{CLAIMS_003}:3: unknown stance 'shouts'"),
        (ENTITIES, "labels: {zh-Hans: 杭州, en: Hangzhou}", "labels: {en: Hangzhou}",
         f"{ENTITIES}:10: entity 'hangzhou' has no zh-Hans label"),
        (ENTITIES, "aliases: [押司]", "aliases: [DeepSeek]", f"{ENTITIES}:6: surface form 'DeepSeek' of 'song-yasi'"),
        (META_000, "date: 2025-03\n", "", f"{META_000}:1: metadata is missing required field 'date'"),
        (META_000, "language: zh-Hans", "language: zh", f"{META_000}:1: language 'zh' must be one of"),
        (META_000, "date: 2025-03", "date: March 2025", f"{META_000}:1: date 'March 2025' must be YYYY"),
        (META_000, "author: ftchinese-000-author", "author: nobody",
         f"{META_000}: unknown entity id 'nobody' in author"),
    ],
)
def test_bad_curation_is_one_clear_line(mini: Path, file: str, old: str, new: str, expected: str):
    (mini / "exports").mkdir()
    (mini / "exports" / "kg.ttl").write_text("previous export\n", encoding="utf-8")
    _edit(mini / file, old, new)
    result = run(mini, "build")
    assert result.exit_code == 1
    assert result.output.startswith(f"kg: {expected}"), result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert (mini / "exports" / "kg.ttl").read_text(encoding="utf-8") == "previous export\n"


def test_non_utf8_text(mini: Path):
    path = mini / "seeds/documents/000_10dcf77b5b804d02.txt"
    path.write_bytes("第一行\n杭州".encode("gb18030"))
    result = run(mini, "build")
    assert result.exit_code == 1
    assert "seeds/documents/000_10dcf77b5b804d02.txt:1: not valid UTF-8 at byte 0" in result.output


def test_binary_and_empty_texts(mini: Path):
    path = mini / "seeds/documents/000_10dcf77b5b804d02.txt"
    path.write_bytes(b"\x00\x01\x02")
    assert "binary file" in run(mini, "build").output
    path.write_text("  \n", encoding="utf-8")
    result = run(mini, "build")
    assert result.exit_code == 1 and "000_10dcf77b5b804d02.txt: the text is empty" in result.output


def test_empty_or_missing_seeds_folder(tmp_path: Path):
    (tmp_path / "seeds" / "documents").mkdir(parents=True)
    result = run(tmp_path, "build")
    assert result.exit_code == 1 and "seeds/documents: no documents (*.txt) found" in result.output
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    result = run(empty, "build")
    assert result.exit_code == 1 and "elsewhere/seeds: seeds folder not found" in result.output


def test_text_without_metadata_and_metadata_without_text(mini: Path):
    docs = mini / "seeds/documents"
    (docs / "extra.txt").write_text("新的文章。", encoding="utf-8")
    result = run(mini, "build")
    assert result.exit_code == 1 and "extra.yaml: no metadata for extra.txt" in result.output
    (docs / "extra.txt").unlink()
    (docs / "orphan.yaml").write_text("id: orphan\n", encoding="utf-8")
    result = run(mini, "build")
    assert result.exit_code == 1 and "orphan.yaml: metadata without a text file" in result.output


def test_missing_root_is_a_usage_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["--root", str(tmp_path / "nope"), "build"])
    assert result.exit_code == 2


def test_quote_twice_needs_prefix(mini: Path):
    _edit(mini / CLAIMS_000, "quote: 若继续沿用", "quote: DeepSeek\n    prefix: ''\n    summary: x\n    # 若继续沿用")
    result = run(mini, "build")
    assert result.exit_code == 1 and "occurs" in result.output and "add a prefix or suffix" in result.output


CLAIMS_000 = "seeds/curation/claims/000_10dcf77b5b804d02.yaml"


def test_a_claim_about_nothing_is_invalid_when_curated_and_kept_when_extracted():
    """An extracted sentence that names no reported entity stays a claim (quote, speaker, stance); curation must
    always say what a claim is about."""
    from rdflib import Graph, URIRef

    from kg.validate import validate_graph

    g = Graph().parse(REPO / "tests" / "fixtures" / "broken.ttl", format="turtle")
    g.remove((None, URIRef("https://schema.org/about"), None))
    messages = [(v.node, v.message) for v in validate_graph(g).violations]
    assert ("claim/no-speaker", "claim must be about at least one entity") in messages
    assert not [m for node, m in messages if node == "claim/extracted" and "about" in m]

"""The optional NER stage (kg.extract.ner): off by default, a clear error when its package is missing, typing and
gating of tagged spans, and (only where `pip install 'kg[lac]'` was done) the real LAC tagger end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.extract import EXTRACTOR_VERSION, extract, ner
from kg.extract.model import Candidate

# a station jieba does not know (果园港): the rules miss it, LAC tags it LOC
SIMPLIFIED = "上周，运营方负责人程立军在果园港接受采访时说，班列运量今年明显增长。\n"
TRADITIONAL = "上週，營運方負責人程立軍在果園港接受採訪時說，班列運量今年明顯增長。\n"


@pytest.fixture(autouse=True)
def no_selection(monkeypatch):
    """Every test starts with no tagger selected (KG_NER unset) and leaves none selected."""
    monkeypatch.delenv("KG_NER", raising=False)
    ner.use(None)
    yield
    ner.use(None)


@pytest.fixture
def lac_missing(monkeypatch):
    """paddle and LAC unimportable (None in sys.modules makes `import` fail), and no tagger loaded yet: our own
    error path, whatever is installed."""
    monkeypatch.setitem(sys.modules, "paddle", None)
    monkeypatch.setitem(sys.modules, "LAC", None)
    monkeypatch.delitem(sys.modules, "paddle.fluid", raising=False)
    monkeypatch.setattr(ner, "_state", {})


def test_off_by_default():
    assert ner.active() is None
    assert ner.ner_candidates(SIMPLIFIED) == []
    assert extract(SIMPLIFIED).document["extractor"] == EXTRACTOR_VERSION


def test_missing_package_is_one_clear_error(lac_missing):
    ner.use("lac")
    with pytest.raises(UsageError, match=r"pip install 'kg\[lac\]'"):
        ner.check()


def test_cli_missing_package(lac_missing, tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    for args in (["extract", "--ner", "lac", str(path)], ["eval", "--ner", "lac", "--no-gazetteer",
                                                          str(tmp_path / "gold.json")]):
        result = CliRunner().invoke(main, ["--root", str(tmp_path), *args])
        assert result.exit_code == 2, result.output
        assert "pip install 'kg[lac]'" in result.output
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_environment_variable_selects_and_is_checked(monkeypatch, lac_missing, tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    monkeypatch.setenv("KG_NER", "lac")
    assert ner.active() == "lac"
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "extract", str(path)])
    assert result.exit_code == 2 and "pip install 'kg[lac]'" in result.output
    monkeypatch.setenv("KG_NER", "nonesuch")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "extract", str(path)])
    assert result.exit_code == 2 and "KG_NER='nonesuch' is not a NER backend" in result.output
    with pytest.raises(UsageError):
        ner.use("nonesuch")


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("程立军", "PER", ("程立军", "Person")),
    ("合肥市", "LOC", ("合肥", "City")),
    ("寻乌县", "LOC", ("寻乌县", "District")),
    ("团结村站", "LOC", ("团结村站", "Park")),
    ("东南亚", "LOC", ("东南亚", "Region")),
    ("国家发展和改革委员会", "ORG", ("国家发展和改革委员会", "GovernmentBody")),
    ("重庆大学", "ORG", ("重庆大学", "University")),
    ("台湾电力公司", "ORG", ("台湾电力公司", "Company")),
    ("台电", "ORG", ("台电", "Company")),
    ("适老化改造。民政部", "ORG", None),  # a word across punctuation is not one name
    ("何家俊 香港交易所", "ORG", None),
    ("港", "LOC", None),
])
def test_tagged_words_typed_with_our_vocabulary(word, tag, expected):
    assert ner._typed(word, tag) == expected


def test_curated_mentions_win_over_tagged_spans():
    curated_place = Candidate(0, 2, "台湾", "Province", "gazetteer", 1.0, "taiwan")
    curated_body = Candidate(10, 13, "民政部", "GovernmentBody", "gazetteer", 1.0, "mca")
    rule = Candidate(20, 24, "果园港口", "Park", "place", 0.5)
    tagged = [
        Candidate(0, 6, "台湾电力公司", "Company", "ner", 0.55),  # contains a curated place: may compete
        Candidate(8, 13, "国家民政部", "GovernmentBody", "ner", 0.55),  # contains a curated body: vetoed
        Candidate(11, 15, "政部大楼", "Park", "ner", 0.55),  # crosses a curated mention: vetoed
        Candidate(20, 23, "果园港", "Park", "ner", 0.55),  # rules are not vetoes: overlap resolution decides
    ]
    kept = ner.gate(tagged, [curated_place, curated_body, rule])
    assert [c.label for c in kept] == ["台湾电力公司", "果园港"]


def test_pieces_cover_the_text_at_sentence_ends():
    text = ("第一句。" * 150) + "\n" + "无标点" * 300
    pieces = ner._pieces(text)
    assert all(len(p) <= ner._MAX_PIECE for _, p in pieces)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert pieces[0][1].endswith("。")


def test_lac_finds_names_the_rules_miss_in_both_scripts():
    pytest.importorskip("paddle")  # LAC itself imports only through kg.extract.ner (its paddle.fluid alias)
    try:
        ner.use("lac")
        ner.check()
    except UsageError as exc:
        pytest.skip(str(exc))
    ner.use(None)
    for text in (SIMPLIFIED, TRADITIONAL):
        before = {e.label for e in extract(text).entities}
        ner.use("lac")
        x = extract(text)
        ner.use(None)
        assert x.document["extractor"] == EXTRACTOR_VERSION + "+lac"
        found = {e.label: e for e in x.entities}
        assert "果园港" not in before and found["果园港"].type == "Park"
        for e in x.entities:
            for m in e.mentions:
                assert text[m.start : m.end] == m.text

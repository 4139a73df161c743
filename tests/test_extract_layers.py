"""kg.extract.layers: the named layer by default, the concept layer on request (flag or KG_CONCEPTS)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.extract import EXTRACTOR_VERSION, extract, layers
from kg.extract.model import Candidate
from kg.extract.terms import CONCEPT_TERMS, TERMS
from kg.gazetteer import Gazetteer
from kg.textnorm import to_traditional

TEXT = ("中国钢铁工业协会指出，产业政策和定向补贴扭曲了市场。民营企业和中小企业在人工智能和制造业领域投入加大，"
        "华为与杭州市政府签约，地方政府和有关部门表示支持。")
NAMED = {"中国钢铁工业协会", "华为", "杭州市政府"}
CONCEPTS = {"产业政策", "定向补贴", "民营企业", "中小企业", "人工智能", "制造业", "地方政府", "有关部门"}
GAZ = Gazetteer([
    ("targeted-subsidies", "PolicyInstrument", ["定向补贴"]),
    ("local-governments", "GovernmentBody", ["地方政府", "各地"]),
    ("the-author", "Person", ["本文作者", "作者本人"]),
    ("hangzhou-government", "GovernmentBody", ["杭州市政府"]),
])


@pytest.fixture(autouse=True)
def _env_default(monkeypatch):
    monkeypatch.delenv("KG_CONCEPTS", raising=False)
    yield
    layers.use(None)


def _labels(text: str, gaz: Gazetteer | None = None) -> set[str]:
    return {e["label"] for e in extract(text, gaz).to_json()["entities"]}


def test_default_reports_the_named_layer_only():
    for text in (TEXT, to_traditional(TEXT)):
        labels = _labels(text)
        assert NAMED <= labels, labels
        assert not labels & CONCEPTS, labels & CONCEPTS
    assert extract(TEXT).document["extractor"] == EXTRACTOR_VERSION


def test_concepts_on_adds_the_concept_layer_and_names_it_in_the_version():
    layers.use(True)
    labels = _labels(TEXT)
    assert NAMED <= labels and {"产业政策", "民营企业", "人工智能", "制造业", "地方政府"} <= labels
    assert extract(TEXT).document["extractor"] == EXTRACTOR_VERSION + "+concepts"


def test_curated_concepts_and_generic_aliases_follow_the_layer():
    text = "本文作者认为，各地的定向补贴难以为继，杭州市政府则更重视服务。仅代表作者本人观点。"
    named = {e["id"] for e in extract(text, GAZ).to_json()["entities"]}
    assert "hangzhou-government" in named
    assert not named & {"targeted-subsidies", "local-governments"}
    layers.use(True)
    both = {e["id"] for e in extract(text, GAZ).to_json()["entities"]}
    assert {"hangzhou-government", "targeted-subsidies", "local-governments"} <= both


def test_an_alias_pointing_at_its_own_author_never_matches_elsewhere():
    """作者本人 in a curated seed is that seed's author; in any other text it is someone else."""
    for on in (False, True):
        layers.use(on)
        ids = {e["id"] for e in extract("仅代表作者本人观点。本文作者长期关注产业。", GAZ).to_json()["entities"]}
        assert "the-author" not in ids


def test_a_concept_term_is_concept_layer_whichever_rule_finds_it():
    """沿海地区 is also a place by its 区 suffix, 经信部门 a body by its 部门: both name kinds, not one thing."""
    text = "沿海地区依托港口发展出口加工，经信部门则表示支持，杭州经信部门也是。"
    labels = _labels(text)
    assert not labels & {"沿海地区", "经信部门"} and "杭州经信部门" in labels, labels  # a place makes it one body
    layers.use(True)
    assert {"沿海地区", "经信部门", "杭州经信部门"} <= _labels(text)


def test_keep_rules():
    def cand(label: str, typ: str, source: str) -> Candidate:
        return Candidate(0, len(label), label, typ, source, 0.5)

    assert not layers.keep(cand("芯片", "Sector", "concept"), False)
    assert layers.keep(cand("中欧班列", "Programme", "concept"), False)  # a named programme found by shape
    assert layers.keep(cand("中国钢铁工业协会", "ActorGroup", "suffix"), False)  # a named association
    assert not layers.keep(cand("地方政府", "GovernmentBody", "lexicon"), False)  # a concept-layer term
    assert layers.keep(cand("财政部", "GovernmentBody", "lexicon"), False)
    assert not layers.keep(cand("某AI初创企业", "Company", "gazetteer"), False)
    assert all(layers.keep(cand(x, "Sector", s), True) for x in ("芯片", "x") for s in ("concept", "lexicon"))


def test_every_term_has_one_layer_and_named_kinds_stay_named():
    labels = {label for label, _, _ in TERMS}
    assert CONCEPT_TERMS < labels
    by_label = {label: typ for label, typ, _ in TERMS}
    for label in ("华为", "国务院", "一带一路", "科创板", "最多跑一次", "粤港澳大湾区", "实体清单"):
        assert label not in CONCEPT_TERMS, label
    assert by_label["最多跑一次"] == "Reform" and by_label["科创板"] == "Programme"
    for label in ("产业政策", "地方政府", "一线城市", "人工智能", "补贴", "民营企业"):
        assert label in CONCEPT_TERMS, label


@pytest.mark.parametrize("value, on", [("1", True), ("yes", True), ("0", False), ("", False), ("off", False)])
def test_environment_variable(monkeypatch, value: str, on: bool):
    monkeypatch.setenv("KG_CONCEPTS", value)
    assert layers.concepts_on() is on
    layers.use(not on)  # an explicit choice wins over the environment
    assert layers.concepts_on() is (not on)


def test_bad_environment_value_is_a_clear_error(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("KG_CONCEPTS", "maybe")
    with pytest.raises(UsageError, match="KG_CONCEPTS"):
        layers.concepts_on()
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "extract", str(path)])
    assert result.exit_code == 2 and "KG_CONCEPTS='maybe'" in result.output and "Traceback" not in result.output
    # the flag overrides a bad environment value: it is never read
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "extract", "--concepts", str(path)])
    assert result.exit_code == 0, result.output


def test_cli_flags(tmp_path: Path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def labels(*args: str) -> tuple[set[str], str]:
        result = CliRunner().invoke(main, ["--root", str(tmp_path), "extract", "--format", "json", *args, str(path)])
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        return {e["label"] for e in data["entities"]}, data["document"]["extractor"]

    named, version = labels()
    assert not named & CONCEPTS and version == EXTRACTOR_VERSION
    both, version = labels("--concepts")
    assert "产业政策" in both and version.endswith("+concepts")
    layers.use(None)
    monkeypatch.setenv("KG_CONCEPTS", "1")
    assert "产业政策" in labels()[0]
    assert not labels("--named-only")[0] & CONCEPTS


def test_build_flag_and_environment(mini: Path, tmp_path: Path, monkeypatch):
    """`kg build --concepts` puts the concept layer into the extracted graph and names it in the activity."""
    from kg.rdf import extracted_graph

    (mini / "seeds/documents/layers.txt").write_text(TEXT, encoding="utf-8")
    (mini / "seeds/documents/layers.yaml").write_text(
        "id: layers\ntitle: 层\nlanguage: zh-Hans\nauthor: {name: 陈立新}\npublisher: {name: 测试日报}\ndate: '2025'\n",
        encoding="utf-8")

    def built(*args: str) -> tuple[set[str], set[str]]:
        result = CliRunner().invoke(main, ["--root", str(mini), "build", *args])
        assert result.exit_code == 0, result.output
        text = (mini / "exports" / "kg.nq").read_text(encoding="utf-8")
        graph = f"<{extracted_graph('layers')}>"
        lines = [line for line in text.splitlines() if line.endswith(graph + " .")]
        labels = {line.split('"')[1] for line in lines if "skos/core#prefLabel" in line and "@zh-hans" in line}
        activities = {line.split()[2] for line in lines if "wasGeneratedBy" in line}
        return labels, activities

    labels, acts = built()
    assert "华为" in labels and not labels & CONCEPTS and any(a.endswith(f"/{EXTRACTOR_VERSION}>") for a in acts)
    labels, acts = built("--concepts")
    assert "产业政策" in labels and any(a.endswith(f"/{EXTRACTOR_VERSION}+concepts>") for a in acts)
    layers.use(None)
    monkeypatch.setenv("KG_CONCEPTS", "perhaps")
    result = CliRunner().invoke(main, ["--root", str(mini), "build"])
    assert result.exit_code == 2 and "KG_CONCEPTS" in result.output and "Traceback" not in result.output

"""The rules-2 mention rules: built-in terms, concept compounds, quoted terms, government bodies by function,
unnamed actors, coordination with a known company, and label unification (each rule can fail on its own)."""

import pytest

from kg.extract import EXTRACTOR_VERSION, extract
from kg.extract.model import ENTITY_TYPES
from kg.extract.terms import TERMS
from kg.textnorm import to_traditional
from kg.vocab import ENTITY_TYPES as VOCAB_TYPES


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def test_version_and_vocabulary():
    assert EXTRACTOR_VERSION == "rules-64"
    assert ENTITY_TYPES == frozenset(VOCAB_TYPES)
    assert all(t in ENTITY_TYPES for _, t, _ in TERMS)


@pytest.mark.usefixtures("concept_layer")  # concept-layer terms
def test_builtin_terms_in_both_scripts_and_token_boundaries():
    text = "华为和宁德时代都在加大对人工智能和大模型的投入，民营企业普遍担心地方保护主义。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        assert labels["华为"] == "Company" and labels["宁德时代"] == "Company"
        assert labels["人工智能"] == "Technology" and labels["大模型"] == "Technology"
        assert labels["民营企业"] == "ActorGroup" and labels["地方保护主义"] == "Concept"
    assert "美的" not in _labels("这是一个完美的方案。")  # a short term must sit on word boundaries


@pytest.mark.usefixtures("concept_layer")  # concept-layer terms
def test_concept_compounds_and_quoted_terms():
    labels = _labels("这种绿灯思维背后，是对幸存者偏差的警惕，园区官员自称“店小二”。")
    assert labels.get("绿灯思维") == "Concept"
    assert labels.get("幸存者偏差") == "Concept"
    assert labels.get("店小二") == "Concept"
    assert "怕出事" not in _labels("基层干部普遍“怕出事”。")  # a quoted verb phrase is speech, not a term


def test_government_bodies_by_function_and_state_capital_abbreviations():
    labels = _labels("企业需要对接经信部门和市场监管局，合肥产投随后跟进。")
    assert "经信部门" not in labels  # a kind of department: the concept layer (rules-16)
    assert labels.get("市场监管局") == "GovernmentBody"
    assert labels.get("合肥产投") == "StateCapital"


@pytest.mark.usefixtures("concept_layer")
def test_government_bodies_by_function_in_the_concept_layer():
    assert _labels("企业需要对接经信部门和市场监管局。").get("经信部门") == "GovernmentBody"


def test_unnamed_actor_and_coordination_with_known_company():
    labels = _labels("杭州某生成式AI公司透露，比亚迪和江淮汽车相继扩大产能。")
    assert labels.get("杭州某生成式AI公司") == "Company"
    assert labels.get("江淮汽车") == "Company"


def test_long_and_short_company_names_are_one_entity():
    x = extract("长江存储科技有限责任公司成立于2016年。长江存储的技术进步很快。", doc_id="t").to_json()
    ids = {e["id"] for e in x["entities"] if "长江存储" in e["label"]}
    assert len(ids) == 1
    (ent,) = [e for e in x["entities"] if e["id"] in ids]
    assert len(ent["mentions"]) == 2


def test_a_list_of_fields_is_not_a_list_of_companies():
    labels = _labels("让新能源、人工智能、先进硬件等领域的企业也能上市。")
    assert "先进" not in labels and "先进硬件" not in labels


def test_suffix_coordination_and_state_prefix_boundaries() -> None:
    """Two complete names joined by 和 are two mentions; 国家 keeps its 发展和改革委员会."""
    from kg.extract.passes import detect
    from kg.extract.segment import tokenize

    text = "中国银行、汇丰银行和恒生银行表示，国家发展和改革委员会去年成立了新司。"
    labels = [c.label for c in detect(text, tokenize(text), None)]
    assert "汇丰银行" in labels and "恒生银行" in labels and "汇丰银行和恒生银行" not in labels
    assert "国家发展和改革委员会" in labels

"""The rules-6 mention rules: districts / counties / towns jieba does not tag as places, transliterated foreign
names, Taiwan bylines, abbreviations in parentheses, class-of-actor groups, tariff compounds. Each rule finds
its names in both scripts and stays quiet on the near misses it was designed against."""

import pytest

from kg.extract import extract
from kg.extract.places import admin_place_candidates
from kg.extract.segment import tokenize
from kg.textnorm import to_traditional


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def test_districts_counties_and_towns():
    text = "杭州市西湖区、余杭区和临安区联合发布规划，曹县与兰考县也派人参加，会议在乌镇和西塘镇举行。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        for name in ("余杭区", "临安区", "兰考县"):
            assert name in labels, (name, labels)
    labels = _labels("鼓楼区、玄武区两个区先后试点。")
    assert labels.get("鼓楼区") == "District" and labels.get("玄武区") == "District", labels


def test_area_nouns_are_not_districts():
    text = "保税区、主城区和工业区的企业，以及贫困地区、山区县和电商综试区的商户，全县上下都在关注，该区也一样。"
    tokens = tokenize(text, 0)
    found = {c.label for c in admin_place_candidates(tokens, lambda w: False)}
    assert not found, found


def test_transliterated_foreign_names():
    labels = _labels("法国总统马克龙访华期间，车企在匈牙利德布勒森的新工厂开工，美国亚利桑那州也在招商。")
    assert labels.get("马克龙") == "Person", labels
    assert labels.get("德布勒森") == "City", labels
    assert "亚利桑那州" in labels, labels
    labels = _labels("美国经济放缓，德国总理表示关注。")
    assert not any(t == "Person" for t in labels.values()), labels


def test_taiwan_byline_without_separator():
    text = "记者王美玲／台北报导\n新规上路后，业者反应不一。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        assert "王美玲" in labels, labels


def test_parenthesised_abbreviation_is_the_same_entity():
    ents = extract("台湾积体电路制造公司（TSMC）与联发科（MediaTek）合作。", doc_id="t").to_json()["entities"]
    by_label = {e["label"]: e for e in ents}
    assert "TSMC" not in by_label, by_label.keys()
    tsmc = next(e for e in ents if any(m["text"] == "TSMC" for m in e["mentions"]))
    assert tsmc["type"] == "Company" and len(tsmc["mentions"]) == 2


@pytest.mark.usefixtures("concept_layer")  # concept-layer terms
def test_actor_groups_with_class_heads():
    labels = _labels("新创公司和返乡人员都享受补贴，空巢老人由志愿者照顾。")
    for name in ("新创公司", "返乡人员", "空巢老人", "志愿者"):
        assert labels.get(name) == "ActorGroup", (name, labels)
    labels = _labels("工作人员和相关机构表示，山区农民也在观望。")
    for name in ("工作人员", "相关机构", "山区农民"):
        assert name not in labels, (name, labels)


@pytest.mark.usefixtures("concept_layer")  # concept-layer terms
def test_tariff_compounds():
    labels = _labels("美方宣布加征惩罚性关税，欧盟也提高了进口关税。")
    assert labels.get("惩罚性关税") == "PolicyInstrument" and labels.get("进口关税") == "PolicyInstrument", labels

"""The rules-8 rules: concept-layer terms by shape (noun compounds typed by their head, list members of a known
kind), route / train programme names, ports and stations whose stem is no place, federations / party
caucuses, and a person after a role followed by a time word. Each rule finds its terms in both scripts
and stays quiet on the near misses it was designed against (sentences written for these tests)."""

import pytest

from kg.extract import EXTRACTOR_VERSION, extract
from kg.extract.concepts import list_item_candidates, noun_compound_candidates, programme_candidates
from kg.extract.mentions import place_type
from kg.extract.model import Candidate
from kg.extract.places import facility_candidates
from kg.extract.segment import tokenize
from kg.textnorm import to_traditional

# These rules find concept-layer entities, which the extractor reports with the concept layer on.
pytestmark = pytest.mark.usefixtures("concept_layer")


def _is_place(word: str) -> bool:
    return place_type(word) is not None


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def _compounds(text: str) -> dict[str, str]:
    return {c.label: c.type for c in noun_compound_candidates(text, tokenize(text), _is_place)}


def test_version():
    assert EXTRACTOR_VERSION == "rules-64"


def test_noun_compounds_typed_by_head():
    text = "不少港口厂商反映，渔政部门加快了审批，但跨境运输仍受制于航运补贴的退坡。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        assert labels.get("港口厂商") == "ActorGroup", labels
        assert labels.get("渔政部门") == "GovernmentBody", labels
        assert labels.get("跨境运输") == "Concept", labels
        assert labels.get("航运补贴") == "PolicyInstrument", labels


def test_noun_compounds_near_misses():
    # abstract heads said once, weak modifiers, a place before a concept, clause words: no compound
    found = _compounds("这一政策逻辑并不新鲜，相关企业和全市市场都在观望，重庆市场短期内难以回暖。")
    assert not {"政策逻辑", "相关企业", "全市市场", "重庆市场", "市场短期内"} & set(found), found
    # a piece of a longer noun phrase is not a compound of its own
    assert "数据服务" not in _compounds("平台提供数据服务外包方案。")


def test_repeated_compound_with_an_open_head():
    once = _compounds("这种创业氛围值得珍惜。")
    twice = _compounds("这种创业氛围值得珍惜。没有创业氛围，就没有新公司。")
    assert "创业氛围" not in once and "创业氛围" in twice


def test_compound_never_swallows_a_name():
    labels = _labels("基金继续投资宁德时代，也服务比亚迪。")
    assert "宁德时代" in labels and "比亚迪" in labels
    assert not any(k.startswith(("投资宁德", "服务比亚")) for k in labels), labels


def test_sector_compound_named_by_its_stem():
    found = _compounds("动漫行业回暖。动漫的海外收入增长。")
    assert found.get("动漫") == "Sector", found


def test_list_members_take_the_kind_of_a_known_member():
    text = "当地的茶叶、竹木和光伏都在扩产。"
    toks = tokenize(text)
    s = text.index("光伏")
    known = [Candidate(s, s + 2, "光伏", "Sector", "lexicon", 0.6)]
    found = {c.label: c.type for c in list_item_candidates(text, toks, _is_place, known)}
    assert found.get("茶叶") == "Sector" and found.get("竹木") == "Sector", found
    tail = "餐饮、物流和会展等行业率先复苏。"
    found = {c.label: c.type for c in list_item_candidates(tail, tokenize(tail), _is_place)}
    assert set(found) == {"餐饮", "物流", "会展"} and set(found.values()) == {"Sector"}, found


def test_list_near_misses():
    # no known member and no 等行业 tail; a list of companies; only two members
    for text, known in (("他带了苹果、香蕉和橘子。", []),
                        ("茶叶和竹木都在扩产。", []),):
        assert list_item_candidates(text, tokenize(text), _is_place, known) == [], text
    text = "阿里、腾讯和光伏都在扩产。"
    s = text.index("阿里")
    known = [Candidate(s, s + 2, "阿里巴巴", "Company", "lexicon", 0.6),
             Candidate(text.index("光伏"), text.index("光伏") + 2, "光伏", "Sector", "lexicon", 0.6)]
    assert list_item_candidates(text, tokenize(text), _is_place, known) == []


def test_route_programmes():
    text = "渝新欧班列和中蒙俄经济走廊之外，西部陆海新通道、亚吉铁路也在提速。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        for name in ("渝新欧班列", "中蒙俄经济走廊", "西部陆海新通道", "亚吉铁路"):
            assert labels.get(name) == "Programme", (name, labels)


def test_route_near_misses():
    for text in ("企业希望打造新通道。", "建立稳定通道并不容易。", "国际物流通道还在建设。", "沿着铁路走。",
                 "广西通道很繁忙。", "这条通道很重要。", "中欧之间的铁路运输。"):
        found = [c.label for c in programme_candidates(text, tokenize(text), _is_place)]
        assert found == [], (text, found)


def test_ports_and_stations_with_a_name_stem():
    for text, name in (("货物在青白江站装车。", "青白江站"), ("货轮抵达北部湾港，再转铁路。", "北部湾港"),
                       ("成都依托成都国际铁路港开行班列。", "成都国际铁路港")):
        found = [c.label for c in facility_candidates(tokenize(text), _is_place)]
        assert found == [name], (text, found)


def test_ports_and_stations_near_misses():
    for text in ("司机进入加油站。", "小区新建充电站。", "在货运站卸货。", "设在公交站旁。", "这是一个避风港。",
                 "他在香港站稳脚跟。", "网站上有通知。", "他站在门口。", "建设物流站。", "集装箱港很忙。"):
        found = [c.label for c in facility_candidates(tokenize(text), _is_place)]
        assert found == [], (text, found)


def test_federations_and_person_before_time_word():
    text = "费率调整公布后，全国工业总会表示反对；能源部长林国栋日前回应。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        assert labels.get("全国工业总会") == "ActorGroup", labels
        assert labels.get("林国栋") == "Person", labels
    assert "林国栋日" not in _labels("部长林国栋日前回应。")

"""rules-25 to rules-33: general named-layer fixes found on this session's blind pairs (news pages with credit
lines, Taiwan usage converted with s2twp) and the dev set's remaining errors, in both scripts."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.segment import tokenize, words
from kg.textnorm import to_traditional


def _found(text: str) -> set[tuple[str, str]]:
    return {(e["label"], e["type"]) for e in extract(text).to_json()["entities"]}


def _found_in_both_scripts(text: str, expected: set[tuple[str, str]]) -> None:
    """The same (label, type) pairs whether the text is published in simplified or traditional script."""
    for t in (text, to_traditional(text)):
        assert expected <= _found(t), (t, _found(t))


def _not_found(text: str, wrong: str) -> None:
    assert wrong not in {label for label, _ in _found(text)}


@pytest.mark.parametrize("text, expected", [
    # places jieba's dictionary lacks are words of the segmenter (it cut 高雄 into 高 / 雄)
    ("对高雄而言，这是翻转形象的机会。", {("高雄", "City")}),
    ("唐山和岳阳都在转型。", {("唐山", "City"), ("岳阳", "City")}),
    # a county right after its province
    ("新增产能放在四川宜宾、江苏溧阳和广东肇庆。", {("宜宾", "City"), ("溧阳", "City"), ("肇庆", "City")}),
    # parts of continents
    ("公司把目光投向非洲和中亚的矿山市场。", {("中亚", "Region")}),
    # science parks and a park's administration, opened by a direction
    ("南部科学园区管理局指出，桥头科学园区已有多家厂商申请进驻。",
     {("南部科学园区管理局", "GovernmentBody"), ("桥头科学园区", "Park")}),
    # legislators and what a named person did right after the title
    ("立法院经济委员会的立委黄承谚质疑，南部电网近年已多次跳电。", {("黄承谚", "Person")}),
    ("由中南大学教授何清华创办的山河智能，上市已有多年。", {("何清华", "Person")}),
    # the credit lines of a news page
    ("图为焊接生产线。摄影：龙俊杰\n责任编辑：黄晓婷 校对：吴磊", {("龙俊杰", "Person"), ("吴磊", "Person")}),
    # two banks in a list are two names
    ("汇丰及渣打银行近月亦相继扩充团队。", {("渣打银行", "Company")}),
])
def test_names_in_both_scripts(text: str, expected: set):
    _found_in_both_scripts(text, expected)


@pytest.mark.parametrize("text, wrong", [
    ("提高雄心的同时，也要看到风险。", "高雄"),  # two real words beat the added place name
    ("他在台湾长大，后来去了美国。", "长大"),  # a frequent word tagged ns is no county
    ("浙江伦理学会的报告指出了问题。", "伦理"),
    ("例如在内地执业的医生和律师，来港后仍需考试。", "和律师"),  # 和 is a conjunction here, not a surname
    ("汇丰及渣打银行近月亦相继扩充团队。", "汇丰及渣打银行"),
])
def test_words_that_are_not_names(text: str, wrong: str):
    _not_found(text, wrong)


def test_a_country_before_a_listed_firm_is_not_part_of_its_name():
    found = _found("公司旗下的意大利CIFA、德国普茨迈斯特等子公司，都在海外。")
    assert ("CIFA", "Company") in found and ("意大利", "Country") in found
    assert "意大利CIFA" not in {label for label, _ in found}


def test_lexicon_words_join_the_segmenter_but_jieba_is_untouched():
    import jieba

    assert "高雄" in words("对高雄而言")
    assert words("对高雄而言", lexicon=False) == list(jieba.cut("对高雄而言", HMM=False))
    assert "高雄" not in words("对高雄而言", lexicon=False)  # jieba's own dictionary lacks it
    tags = {t.word: t.tag for t in tokenize("唐山和岳阳")}
    assert tags["唐山"] == tags["岳阳"] == "ns"


def _entities(text: str) -> list[dict]:
    return extract(text).to_json()["entities"]


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_declared_short_name_is_the_same_firm(convert):
    text = convert("如今，宁德时代新能源科技股份有限公司（CATL，下称“宁德时代”）的总部就在这里。"
                   "宁德时代表示，将继续扩产。")
    firms = [e for e in _entities(text) if e["type"] == "Company"]
    assert len(firms) == 1, firms
    assert firms[0]["label"] == "宁德时代"  # the name the text (and other texts) use
    surfaces = {m["text"] for m in firms[0]["mentions"]}
    assert {convert("宁德时代新能源科技股份有限公司"), "CATL", convert("宁德时代")} <= surfaces


def test_a_declared_short_name_of_a_law_keeps_the_law_label():
    text = "《生成式人工智能服务管理暂行办法》（以下简称“暂行办法”）已于2023年施行。"
    labels = {e["label"] for e in _entities(text)}
    assert "生成式人工智能服务管理暂行办法" in labels and "暂行办法" not in labels


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_an_english_personal_name_in_brackets_is_the_person(convert):
    text = convert("独立财富顾问公司创办人梁启德（Raymond Leung）则指出，不宜乐观。")
    people = [e for e in _entities(text) if e["type"] == "Person"]
    assert len(people) == 1 and {"Raymond Leung"} <= {m["text"] for m in people[0]["mentions"]}
    assert not [e for e in _entities(text) if e["type"] == "Company"]


def test_a_firm_in_brackets_after_a_person_stays_a_firm():
    found = _found("分析师李明（HSBC Holdings）认为，估值偏高。")
    assert ("李明", "Person") in found and ("HSBC Holdings", "Company") in found


@pytest.mark.parametrize("text, expected", [
    ("文／蔡孟潔\n\n清晨六點，高雄的早餐店已經排起長龍。", {("蔡孟洁", "Person")}),
    ("并加强与内地及东盟家族的联系。", {("东盟", "GovernmentBody")}),
    ("中创新航已于2022年在港交所上市。", {("香港交易所", "Company")}),
])
def test_bylines_international_bodies_and_exchanges(text: str, expected: set):
    assert expected <= _found(text), _found(text)


def test_a_pronoun_is_never_part_of_a_name():
    assert not [e for e in _entities("但他也表示，产能过剩的担忧并非杞人忧天。") if e["type"] == "Person"]


# rules-27: shapes from the dev set's remaining false positives

@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_faculty_is_part_of_its_university(convert):
    text = convert("重庆大学经济与工商管理学院副教授苏晓岚认为，不宜乐观。")
    unis = [e for e in _entities(text) if e["type"] == "University"]
    assert [e["label"] for e in unis] == ["重庆大学"]
    assert [m["text"] for m in unis[0]["mentions"]] == [convert("重庆大学经济与工商管理学院")]


def test_a_research_unit_of_a_university_is_one_research_body():
    found = _found("国立台湾大学风险社会与政策研究中心指出，风险仍在。清华大学和北京大学都有。")
    assert ("国立台湾大学风险社会与政策研究中心", "ResearchInstitute") in found
    assert {("清华大学", "University"), ("北京大学", "University")} <= found  # two universities stay two


@pytest.mark.parametrize("text, wrong", [
    ("重庆和亦庄布局了多个人工智能产业园，竞争激烈。", "人工智能产业园"),
    ("两个区也分别建起了铁路物流园。", "铁路物流园"),
    ("纬创旗下的纬颖、广达旗下的云达科技，都在扩产。", "广达旗下"),
    ("工厂里的AGV和机械臂都由系统调度。", "AGV"),
])
def test_kinds_and_relations_are_not_names(text: str, wrong: str):
    _not_found(text, wrong)


def test_a_named_park_stays():
    parks = [label for label, typ in _found("楠梓产业园区由经济部产业园区管理局开发。") if typ == "Park"]
    assert any(label.startswith("楠梓产业园") for label in parks), parks


# rules-28: more industry words after an unknown trade name

@pytest.mark.parametrize("text, name", [
    ("厦门本土的海辰储能则专注储能电池。", "海辰储能"),
    ("禾赛与鼎晟精密签了长约，鼎晟精密负责加工。", "鼎晟精密"),
])
def test_an_unknown_trade_name_before_an_industry_word_is_a_company(text: str, name: str):
    _found_in_both_scripts(text, {(name, "Company")})


# rules-29: named sites

@pytest.mark.parametrize("text, name", [
    ("南丫发电厂以煤作日常发电。", "南丫发电厂"),
    ("来自大亚湾核电站的电力占两成。", "大亚湾核电站"),
    ("彰滨工业区的码头已经启用。", "彰滨工业区"),
    ("将军澳工业邨的数据中心用电大增。", "将军澳工业邨"),
    ("西丽湖国际科教城正在建设。", "西丽湖国际科教城"),
])
def test_named_sites(text: str, name: str):
    _found_in_both_scripts(text, {(name, "Park")})


def test_a_site_of_a_kind_is_not_a_name():
    assert not [label for label, typ in _found("燃煤电厂将逐步退役。") if typ == "Park"]


# rules-30: named events; 统一大市场 and 乡村振兴 are named policies

@pytest.mark.parametrize("text, expected", [
    ("去年央视春晚上，机器人扭秧歌走红。", ("央视春晚", "Event")),
    ("进博会期间，多家企业签约。", ("进博会", "Event")),
    ("这也是建设全国统一大市场的应有之义。", ("统一大市场", "Policy")),
    ("乡村振兴离不开人才。", ("乡村振兴", "Policy")),
])
def test_named_events_and_policies(text: str, expected: tuple):
    _found_in_both_scripts(text, {expected})


# rules-31: from the misses of the rules-30 blind pairs

@pytest.mark.parametrize("text, expected", [
    ("对彰化、台中一带的中小型制造业来说，招工难。", ("台中", "City")),  # jieba counts 台中 three times: 台/中一带
    ("在鹿港经营水龙头代工厂的黄振宏坦言，招工难。", ("黄振宏", "Person")),  # the name after 的, before a speech verb
    ("管华诗院士团队研发的药物已经上市。", ("管华诗", "Person")),  # a title after the name
    ("香港国际机场三跑道系统已经启用。", ("香港国际机场", "Park")),
    ("人工岛位于大屿山与港岛之间的中部水域。", ("大屿山", "Region")),
    ("绿色和平等团体在政府总部外请愿。", ("绿色和平", "ActorGroup")),
    ("时任行政长官林郑月娥提出了这个构想。", ("林郑月娥", "Person")),
])
def test_rules31_names(text: str, expected: tuple):
    _found_in_both_scripts(text, {expected})


def test_a_boosted_place_never_beats_real_words():
    assert words("我吃了三明治") == words("我吃了三明治", lexicon=False)
    assert "台中" in words("台中市政府") or "台中市" in words("台中市政府")


# rules-32

def test_a_town_after_a_district_is_its_own_name():
    assert ("琅琊镇", "District") in _found("青岛西海岸新区琅琊镇的码头上，渔船密布。")


def test_an_english_act_is_a_law():
    assert ("AI Act", "Law") in _found("欧盟的AI Act已经生效。")


def test_a_common_noun_after_de_is_no_person():
    assert not [e for e in _entities("对住在厂区周边的居民来说，房价上涨。") if e["type"] == "Person"]


# rules-33: from the misses of the rules-32 blind pairs

@pytest.mark.parametrize("text, expected", [
    ("《哪吒之魔童闹海》的票房超过百亿。", ("哪吒之魔童闹海", "Product")),  # a work, not a media outlet
    ("据《经济观察报》报道，项目已经签约。", ("经济观察报", "MediaOutlet")),
    ("《北部都会区行动纲领》提出了新的目标。", ("北部都会区行动纲领", "Policy")),
    ("地球公民基金会指出，核三重启有风险。", ("地球公民基金会", "ActorGroup")),
    ("游戏需经国家新闻出版署审批才能上线。", ("国家新闻出版署", "GovernmentBody")),
])
def test_rules33_names(text: str, expected: tuple):
    _found_in_both_scripts(text, {expected})


@pytest.mark.parametrize("text, wrong", [
    ("澳门塞车严重。", "塞车"),
    ("这个IP的授权费很高。", "IP"),
])
def test_rules33_not_names(text: str, wrong: str):
    _not_found(text, wrong)

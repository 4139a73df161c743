"""The rules-10 rules: general named-layer shapes (kg/extract/names10.py and the rules-10 switches in
kg/extract/mentions.py). Each rule finds its names in both scripts and stays quiet on the near misses it was
designed against (sentences written for these tests, with names not taken from the dev gold)."""

import pytest

from kg.extract import EXTRACTOR_VERSION, extract
from kg.extract.names10 import RULES10
from kg.textnorm import to_traditional


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def _both(text: str) -> list[dict[str, str]]:
    return [_labels(text), _labels(to_traditional(text))]


def test_version():
    assert EXTRACTOR_VERSION == "rules-64"
    assert {"siblings", "subunit", "assoc", "bureau", "appos", "titles", "lists", "coordverb", "nextverb"} <= RULES10


# ---------------------------------------------------------------- titles
@pytest.mark.parametrize("text,name", [
    ("行政长官林振邦在会上宣布新的土地政策。", "林振邦"),
    ("财政司司长黄志伟亦在网志中强调，财政储备仍然充足。", "黄志伟"),
    ("署长甯文杰表示，新规将于明年实施。", "甯文杰"),
    ("主委傅子健认为，电价调整应当循序渐进。", "傅子健"),
])
def test_titles_before_a_name(text, name):
    for labels in _both(text):
        assert labels.get(name) == "Person", labels


def test_titles_near_misses():
    for labels in _both("行政长官选举委员会下月开会，署长职位仍然空缺。"):
        assert not any(t == "Person" for t in labels.values()), labels


# ---------------------------------------------------------------- siblings
def test_list_member_ending_like_a_found_name():
    for labels in _both("这些企业集中在莲湖区、未央区和灞桥区一带。"):
        assert {"莲湖区", "未央区", "灞桥区"} <= set(labels), labels
    for labels in _both("扩建计划涉及新竹科学园区、东部科学园区与西部科学园区。"):
        assert {"东部科学园区", "西部科学园区"} <= set(labels), labels


def test_siblings_near_misses():
    for labels in _both("企业集中在雁塔区、核心区和其他园区，也有一些在三个县。"):
        assert not {"核心区", "其他园区", "三个县"} & set(labels), labels


# ---------------------------------------------------------------- subunits
def test_ministry_and_its_unit_are_one_body():
    for labels in _both("交通运输部综合规划司相关负责人介绍了进展。"):
        assert labels.get("交通运输部综合规划司") == "GovernmentBody", labels
    for labels in _both("商务部国际贸易经济合作研究院的报告认为，出口仍有韧性。"):
        assert labels.get("商务部国际贸易经济合作研究院") == "ResearchInstitute", labels


def test_subunit_near_misses():
    for labels in _both("商务部部长表示，财政部会同税务总局将出台细则。"):
        assert not any(k.startswith(("商务部部", "财政部会")) for k in labels), labels
        assert labels.get("税务总局") == "GovernmentBody", labels
    for labels in _both("工信部与某公司签约。"):
        assert not any(k.startswith("工信部") and len(k) > 3 for k in labels), labels


# ---------------------------------------------------------------- associations
def test_place_domain_association():
    for labels in _both("去年，柳州市螺蛳粉协会成立，澳门统计学会也发布了报告。"):
        assert labels.get("柳州市螺蛳粉协会") == "ActorGroup", labels
        assert labels.get("澳门统计学会") == "ActorGroup", labels


def test_association_near_misses():
    for labels in _both("上海交通大学会同多家单位发起倡议，香港学会了如何与内地合作。"):
        assert not any(k.endswith(("学会", "大学会")) for k in labels), labels


# ---------------------------------------------------------------- bare bureaux
def test_bare_bureau_at_a_clause_start_or_before_a_title():
    for labels in _both("政府上月公布计划。规划局随后推出三幅用地，土地监察协调局的数据显示，申请踊跃。"):
        assert labels.get("规划局") == "GovernmentBody", labels
        assert labels.get("土地监察协调局") == "GovernmentBody", labels


def test_bare_bureau_near_misses():
    for labels in _both("这形成了新格局。战略部署已经完成，董事局也同意，当局表示欢迎。"):
        assert not any(k.endswith(("格局", "部署", "董事局", "当局")) for k in labels), labels


# ---------------------------------------------------------------- apposition
def test_name_after_a_class_noun_or_qixia():
    for labels in _both("他发起成立了投资机构华芯远景，旗下的鼎晟先进已开始供货。"):
        assert "华芯远景" in labels and "鼎晟先进" in labels, labels


def test_apposition_near_misses():
    for labels in _both("投资机构认为，申请公司年度研发费用不低于一亿元，旗下的两家企业也受益。"):
        assert not {"年度研发费用", "两家企业", "认为"} & set(labels), labels


# ---------------------------------------------------------------- lists
def test_company_list_grows_from_a_found_member():
    for labels in _both("按照新合同，星河娱乐、金沙国际、永泰澳门以及信德集团都要加大投资。"):
        assert {"星河娱乐", "金沙国际", "永泰澳门"} <= set(labels), labels


def test_single_name_before_a_company_class():
    for labels in _both("产能利用率下降，华新水泥等龙头企业有能力投入改造。"):
        assert labels.get("华新水泥") == "Company", labels


def test_lists_near_misses():
    for labels in _both("DeepSeek与ASML合作。新能源等企业受益，钢铁、水泥等行业承压。"):
        assert not {"ASML合作", "新能源", "钢铁", "水泥"} & {k for k, t in labels.items() if t == "Company"}, labels


# ---------------------------------------------------------------- coordinated bodies, verbs after a name
def test_verb_opening_a_coordinated_body():
    for labels in _both("创新科技及工业局局长孙东表示，项目进展顺利。"):
        assert labels.get("创新科技及工业局") == "GovernmentBody", labels
        assert labels.get("孙东") == "Person", labels


def test_coordinated_body_near_miss():
    labels = _labels("企业需要对接经信部门和市场监管局。")  # two bodies, not one "A和B局" name
    assert "经信部门和市场监管局" not in labels and labels.get("市场监管局") == "GovernmentBody", labels


def test_body_before_a_verb_ending_like_a_suffix():
    for labels in _both("澳门金融管理局去年与广东省地方金融管理局签署合作备忘录。"):
        assert labels.get("广东省地方金融管理局") == "GovernmentBody", labels

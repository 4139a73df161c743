"""The rules-5 mention rules (kg.extract.compounds and the organisation suffixes): each rule finds its names in
both scripts and stays quiet on the near misses it was designed against."""

import pytest

from kg.extract import extract
from kg.textnorm import to_traditional

# These rules find concept-layer entities, which the extractor reports with the concept layer on.
pytestmark = pytest.mark.usefixtures("concept_layer")


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def test_connect_programmes_in_both_scripts():
    text = "跨境理财通和债券通之后，沪深港通也在扩容，南向通的额度提高了。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        for name in ("跨境理财通", "债券通", "沪深港通", "南向通"):
            assert labels.get(name) == "Programme", (name, labels)
    labels = _labels("道路已经打通，交通通畅，政策沟通顺利。")
    assert not any(k.endswith("通") for k in labels), labels


def test_unknown_company_names_split_by_jieba():
    labels = _labels("龙岗区引进了丰翼科技，亿航智能与峰飞航空也在扩产。")
    assert labels.get("丰翼科技") == "Company"
    assert labels.get("亿航智能") == "Company" and labels.get("峰飞航空") == "Company"
    labels = _labels("让车更智能，也让生活更科技。")
    assert not any(t == "Company" for t in labels.values()), labels


def test_concept_compounds_with_closed_heads():
    labels = _labels("贸易摩擦加剧，保护主义抬头，金融开放与信息共享都受到考验。")
    for name in ("贸易摩擦", "保护主义", "金融开放", "信息共享"):
        assert name in labels, (name, labels)
    labels = _labels("我们要扩大开放，也要加强监管，发展模式需要调整，金融开放程度不断提高。")
    for name in ("扩大开放", "加强监管", "发展模式", "金融开放"):
        assert name not in labels, (name, labels)


def test_organisation_suffixes_and_actor_groups():
    labels = _labels("香港投资基金公会认为，欧盟执行委员会的决定会影响个人投资者和欧洲车厂。")
    assert labels.get("香港投资基金公会") == "ActorGroup"
    assert labels.get("欧盟执行委员会") == "GovernmentBody"
    assert labels.get("个人投资者") == "ActorGroup" and labels.get("欧洲车厂") == "ActorGroup"
    assert _labels("据中国人民银行广东省分行统计，额度充足。").get("中国人民银行广东省分行") == "GovernmentBody"
    assert "投资者" not in _labels("投资者普遍谨慎。")  # a bare head is too generic

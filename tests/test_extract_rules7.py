"""The rules-7 mention rules: formal body names with 和/及 and domain verbs, party organs, roles glued onto a
suffix, unknown names jieba splits into single characters, column bylines, stations / airports / ports, a place
+ a carrier or utility word, and the wider city list. Each rule finds its names in both scripts and stays quiet
on the near misses it was designed against."""

from kg.extract import extract
from kg.extract.places import facility_candidates
from kg.extract.segment import tokenize
from kg.textnorm import to_traditional


def _labels(text: str) -> dict[str, str]:
    return {e["label"]: e["type"] for e in extract(text, doc_id="t").to_json()["entities"]}


def test_coordinated_and_verb_body_names():
    text = "住房和城乡建设部近日发文，浙江省文化和旅游厅、深圳市投资推广署也表示支持。"
    for t in (text, to_traditional(text)):
        labels = _labels(t)
        for name in ("住房和城乡建设部", "浙江省文化和旅游厅", "深圳市投资推广署"):
            assert labels.get(name) == "GovernmentBody", (name, labels)


def test_verbs_before_a_suffix_stay_predicates():
    for text in ("深圳市政府成立委员会，研究此事。", "香港设立委员会处理投诉。", "他说，去开公司并不难。",
                 "不少人把钱存进银行。"):
        labels = _labels(text)
        assert not any(k.endswith(("委员会", "公司", "银行")) for k in labels), (text, labels)


def test_party_organs_and_glued_roles():
    labels = _labels("泉州市委近日召开会议，运输及物流局局长陈志明表示欢迎。")
    assert labels.get("泉州市委") == "GovernmentBody", labels
    assert labels.get("运输及物流局") == "GovernmentBody", labels
    assert labels.get("陈志明") == "Person", labels
    assert "市委" not in labels  # a bare organ with no place is not a name


def test_unknown_company_name_in_single_characters():
    labels = _labels("腾讯、安拟集团与汇丰银行合作。")
    assert labels.get("安拟集团") == "Company", labels


def test_column_byline():
    text = "标题在这里\n时事观察 | 冯立军\n正文第一句。"
    for t in (text, to_traditional(text)):
        assert _labels(t).get("冯立军") == "Person"


def test_stations_airports_and_ports():
    labels = _labels("旅客从郑州东站换乘，货物经盐田港出海，再从浦东国际机场转运。")
    for name in ("郑州东站", "盐田港", "浦东国际机场"):
        assert labels.get(name) == "Park", (name, labels)
    text = "避风港和深水港不是名字，机场建设也不是。"
    assert not facility_candidates(tokenize(text, 0), lambda w: False)


def test_place_plus_utility_word_and_cities():
    labels = _labels("上海地铁与天水、张掖两市签约。")
    assert labels.get("上海地铁") == "Company", labels
    assert labels.get("天水") == "City" and labels.get("张掖") == "City", labels
    labels = _labels("中国航空工业发展迅速，香港航空业复苏。")
    assert not any(t == "Company" for t in labels.values()), labels

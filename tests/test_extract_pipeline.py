import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import CorpusClaim, extract
from kg.gazetteer import Gazetteer
from kg.textnorm import to_traditional

TEXT = (
    "“合肥模式”还能复制吗？\n作者：周明远\n"
    "2020年，合肥市建设投资控股（集团）有限公司牵头设立合肥市引导基金，向蔚来中国注资70亿元。"
    "安徽大学经济学院教授陈立新认为，合肥的成功并不是因为政府比市场更聪明，而是因为地方政府愿意承担风险。"
    "合肥市发展和改革委员会近期出台《合肥市新能源汽车产业发展三年行动计划》。"
    "但这类补助可能重新回到“拼补贴”的老路。\n"
)


def _check_offsets(text, x):
    for e in x["entities"]:
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(text)
            assert text[m["start"]:m["end"]] == m["text"]
    for c in x["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
    for r in x["relations"]:
        assert 0 <= r["start"] <= r["end"] <= len(text)
    for item in x["entities"] + x["claims"] + x["relations"] + x["claim_relations"]:
        assert 0.0 <= item["confidence"] <= 1.0


def test_json_shape_and_offsets():
    x = extract(TEXT, author="周明远", doc_id="d1").to_json()
    assert set(x) == {"document", "entities", "claims", "relations", "claim_relations"}
    assert set(x["entities"][0]) == {"id", "label", "type", "confidence", "mentions"}
    assert set(x["claims"][0]) == {"id", "text", "start", "end", "speaker", "about", "stance", "confidence"}
    _check_offsets(TEXT, x)
    labels = {e["label"]: e for e in x["entities"]}
    assert labels["合肥市发展和改革委员会"]["type"] == "GovernmentBody"
    assert labels["合肥市新能源汽车产业发展三年行动计划"]["type"] == "Programme"
    assert labels["陈立新"]["type"] == "Person"
    assert "合肥模式" in labels


def test_claims_speaker_stance_and_headings_skipped():
    x = extract(TEXT, author="周明远", doc_id="d1").to_json()
    texts = [c["text"] for c in x["claims"]]
    assert not any(t.startswith("“合肥模式”还能") or t.startswith("作者") for t in texts)
    by_start = {c["text"][:4]: c for c in x["claims"]}
    assert by_start["安徽大学"]["speaker"] == "x-陈立新"
    assert by_start["安徽大学"]["stance"] == "asserts"  # 不是…而是 asserts
    assert by_start["但这类补"]["stance"] == "hedges"
    assert by_start["2020"]["speaker"] == "周明远"


def test_relations():
    x = extract(TEXT, doc_id="d1").to_json()
    rels = {(r["subject"], r["predicate"], r["object"]) for r in x["relations"]}
    assert ("x-合肥市引导基金", "founded-by", "x-合肥市建设投资控股集团有限公司") in rels
    assert ("x-合肥市发展和改革委员会", "issues", "x-合肥市新能源汽车产业发展三年行动计划") in rels


def test_same_ids_in_both_scripts_and_curated_ids():
    simp = extract(TEXT, doc_id="a").to_json()
    trad_text = to_traditional(TEXT)
    trad = extract(trad_text, doc_id="b").to_json()
    _check_offsets(trad_text, trad)
    assert {e["id"] for e in simp["entities"]} == {e["id"] for e in trad["entities"]}
    gaz = Gazetteer([("hefei", "City", ["合肥"]), ("nio", "Company", ["蔚来", "蔚来中国"])])
    ids = {e["id"] for e in extract(trad_text, gaz).to_json()["entities"]}
    assert {"hefei", "nio"} <= ids


def test_deterministic():
    assert extract(TEXT, doc_id="d").to_json() == extract(TEXT, doc_id="d").to_json()


def test_claim_relations_to_corpus():
    corpus = [CorpusClaim("k1", "合肥模式是成功的，国资投资促进了产业增长。", ("x-合肥模式",), "asserts", 1)]
    x = extract("然而，“合肥模式”在很多城市失败了，造成了隐性债务问题。", corpus_claims=corpus, doc_id="n").to_json()
    rels = x["claim_relations"]
    assert rels and rels[0]["other"] == "k1" and rels[0]["relation"] in ("disputes", "refutes")


def test_bad_input_never_raises():
    for text in ["", "   ", "no Chinese at all. Just English.", "😀😀 中国🇨🇳 e\u0301 國\u0301家", "\x00\ud800中国",
                 "简体和繁體混合的文本，DeepSeek與深度求索。", "。。。！！？？“”「」《》", "\n" * 50]:
        x = extract(text).to_json()
        _check_offsets(text, x)


def test_no_warnings_from_jieba():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract("深圳市科技创新局表示，支持企业发展。")


def test_large_text():
    text = TEXT * 1000  # ~0.2 MB; the 10 MB case is exercised by bench/bench_extract.py
    x = extract(text, doc_id="big").to_json()
    assert len(x["claims"]) >= 1000 * 4
    c = x["claims"][-1]
    assert text[c["start"]:c["end"]] == c["text"]


ALPHABET = list("合肥市张江集团公司大学《》“”「」，。？！认为表示不可能DeepSeek AI\n 😀國學")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=120))
def test_offsets_property_chinese_like(text):
    _check_offsets(text, extract(text).to_json())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_offsets_property_any_text(text):
    _check_offsets(text, extract(text).to_json())

import time

from kg.gazetteer import Gazetteer

GAZ = Gazetteer([
    ("zhangjiang", "Park", ["张江", "张江高科技园区"]),
    ("deepseek", "Company", ["DeepSeek", "深度求索"]),
    ("ai", "Technology", ["AI", "人工智能"]),
    ("a", "City", ["同名"]),
    ("b", "Company", ["同名"]),
    ("b", "Company", ["同名集团"]),
])


def test_traditional_text_matches_simplified_label():
    text = "DeepSeek為何未誕生在上海浦東張江高科技園區?"
    ms = GAZ.find(text)
    assert [(m.entity_id, m.text) for m in ms] == [("deepseek", "DeepSeek"), ("zhangjiang", "張江高科技園區")]
    assert all(text[m.start:m.end] == m.text for m in ms)


def test_latin_case_insensitive_and_word_boundaries():
    assert [m.text for m in GAZ.find("deepseek与DEEPSEEK")] == ["deepseek", "DEEPSEEK"]
    assert GAZ.find("MAIL AIGC") == []
    assert [m.entity_id for m in GAZ.find("以AI为代表")] == ["ai"]


def test_ambiguous_surface_skipped_longer_wins():
    assert GAZ.find("同名") == []
    assert [(m.entity_id, m.text) for m in GAZ.find("同名集团")] == [("b", "同名集团")]


def test_len_and_lookup():
    assert len(GAZ) == 6
    assert GAZ.lookup("張江") == ("zhangjiang", "Park")
    assert GAZ.lookup("同名") is None


def test_empty():
    assert Gazetteer([]).find("张江") == []
    assert GAZ.find("") == []


def test_fast_enough_smoke():
    text = "上海浦东张江高科技园区与DeepSeek，人工智能。" * 20000
    t0 = time.perf_counter()
    n = len(GAZ.find(text))
    assert n == 60000
    assert time.perf_counter() - t0 < 10  # generous: the benchmark, not this test, measures speed

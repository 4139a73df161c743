import pytest

from kg.anchor import QuoteNotFound, closest_passage, locate

TEXT = "甲说:杭州很好。乙说:杭州很好。丙说:上海也好。"


def test_unique_quote_gets_offsets_and_context():
    a = locate("d", TEXT, "上海也好")
    assert (a.start, a.end) == (TEXT.index("上海也好"), TEXT.index("上海也好") + 4)
    assert TEXT[a.start:a.end] == a.exact
    assert a.prefix.endswith("丙说:") and a.suffix == "。"


def test_repeated_quote_needs_prefix_or_suffix():
    with pytest.raises(QuoteNotFound, match="occurs 2 times"):
        locate("d", TEXT, "杭州很好")
    assert locate("d", TEXT, "杭州很好", prefix="乙说:").start == TEXT.rindex("杭州很好")
    assert locate("d", TEXT, "杭州很好", suffix="。乙").start == TEXT.index("杭州很好")


def test_missing_quote_names_the_closest_passage():
    with pytest.raises(QuoteNotFound) as err:
        locate("doc-1", TEXT, "丙说:上海也很好")
    message = str(err.value)
    assert "not found verbatim in doc-1" in message and "closest passage at character" in message
    assert "丙说:上海也" in message


def test_wrong_prefix_is_reported_as_such():
    with pytest.raises(QuoteNotFound, match="with that prefix/suffix"):
        locate("d", TEXT, "上海也好", prefix="甲说:")


def test_empty_quote_is_an_error():
    with pytest.raises(QuoteNotFound, match="empty"):
        locate("d", TEXT, "  ")


def test_closest_passage_of_nothing():
    assert closest_passage("", "x") == (0, "")

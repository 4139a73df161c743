from hypothesis import given
from hypothesis import strategies as st

from kg.textnorm import NormalizedText, detect_script, normalize, script_variants, to_simplified, to_traditional


def test_t2s_and_s2t():
    assert to_simplified("張江科學城") == "张江科学城"
    assert to_traditional("张江科学城") == "張江科學城"
    assert script_variants("张江") == {"张江", "張江"}


def test_detect_script():
    assert detect_script("深度求索的創始人梁文峰是廣東湛江的高考狀元") == "zh-Hant"
    assert detect_script("深度求索的创始人梁文锋是广东湛江的高考状元") == "zh-Hans"
    assert detect_script("no Chinese here 😀") == "und"
    assert detect_script("") == "und"


def test_identity_map_when_lengths_equal():
    n = normalize("上海浦東張江")
    assert n.text == "上海浦东张江"
    assert n.to_original(4, 6) == (4, 6)


def test_map_when_lengths_differ():
    # a hand-built view where one original character became two output characters
    n = NormalizedText("a國b", "aXYb", [0, 1, 1, 2])
    assert n.to_original(1, 3) == (1, 2)
    assert n.to_original(3, 4) == (2, 3)
    assert n.to_original(0, 99) == (0, 3)


@given(st.text(max_size=200))
def test_spans_always_valid(s):
    n = normalize(s)
    assert n.original == s
    for a in range(0, len(n.text) + 1, 7):
        o = n.to_original(a, min(len(n.text), a + 5))
        assert 0 <= o[0] <= o[1] <= len(s)

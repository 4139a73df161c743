"""kg.viewer.safe and kg.viewer.assets: untrusted text cannot leave the JSON block; vis-network comes from pyvis."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from kg.viewer.assets import vis_network_js
from kg.viewer.safe import csp_hash, json_for_script

HOSTILE = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!--", "]]>", "&lt;",
           "\u2028\u2029", "\ud800", "</SCRIPT >", "浦東<b>"]


def test_hostile_strings_are_escaped_and_round_trip():
    text = json_for_script({"l": HOSTILE})
    for bad in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert bad not in text
    assert json.loads(text)["l"] == HOSTILE


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=20))
def test_any_value_is_inert_inside_a_script_element(value):
    text = json_for_script(value)
    assert not any(c in text for c in "<>&\u2028\u2029")
    text.encode("utf-8")  # lone surrogates are escaped, so the page is valid UTF-8
    assert json.loads(text) == value


def test_output_is_deterministic_regardless_of_key_order():
    assert json_for_script({"b": 1, "a": [2, 3]}) == json_for_script({"a": [2, 3], "b": 1}) == '{"a":[2,3],"b":1}'


def test_csp_hash_is_sha256_base64():
    assert csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_vis_network_comes_from_pyvis_with_its_licence():
    js = vis_network_js()
    head = js[:1000]
    assert "vis-network" in head and "@license" in head and "Apache 2.0" in head and "MIT" in head
    assert "@version 9.1.2" in head
    assert "sourceMappingURL" not in js  # no reference to a missing file beside the page
    assert "</script" not in js.lower()

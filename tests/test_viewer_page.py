"""kg.viewer.page and the build hook: one offline, deterministic, inert HTML file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_mini_project
from test_viewer_select import XSS_ATTR, XSS_IMG, XSS_SCRIPT, hostile_dataset

from kg.build import EXPORTERS, build
from kg.viewer import export_files, render_view
from kg.viewer.page import render_html
from kg.viewer.safe import csp_hash
from kg.viewer.select import select_graph

DOC3 = "003_9b9fa22beda634b6"


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory) -> str:
    return render_html(select_graph(hostile_dataset(tmp_path_factory.mktemp("page") / "proj")))


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_untrusted_strings_never_appear_raw(hostile_html):
    for bad in (XSS_IMG, XSS_SCRIPT, XSS_ATTR, "<b onmouseover", "<script>window.__pwned=3"):
        assert bad not in hostile_html
    data = _data(hostile_html)
    node = next(n for n in data["nodes"] if n["id"] == "entity/xss-actor")
    assert node["l"] == [XSS_IMG, XSS_SCRIPT, XSS_ATTR]  # ... yet the page gets them back exactly
    # exactly three script elements: the data block, vis-network, the viewer (no string closed one early)
    assert len(re.findall(r"</script>", hostile_html)) == 3


def test_page_is_self_contained(hostile_html):
    outside = re.sub(r"<script\b[^>]*>.*?</script>", "", hostile_html, flags=re.S)  # markup only
    assert not re.search(r"<(link|iframe|img|object|embed|script)\b", outside)
    assert not re.search(r"\b(src|href)=", outside)
    assert not re.search(r"@import|url\((?!\"?data:)", outside)
    assert "bootstrap" not in outside and "cdn" not in outside.lower()


def test_csp_allows_only_the_inline_scripts(hostile_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', hostile_html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", hostile_html, re.S)
    assert len(scripts) == 2
    script_src = re.search(r"script-src ([^;]+);", csp).group(1).split()
    assert sorted(script_src) == sorted(csp_hash(s) for s in scripts)


def test_payload_marks_provenance_machine_and_layout(hostile_html):
    data = _data(hostile_html)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["claim/x-extracted"]["p"] == 1 and nodes["claim/x-extracted"]["cf"] == 0.42
    assert nodes["claim/003-state-capital-late-stage"]["m"] == 1
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert data["meta"]["lod"] is False
    assert data["charmap"]["東"] == "东"
    assert "浦东科创集团" in nodes["entity/pudong-sci-tech-group"]["s"].split("\u0001")


def test_build_hook_writes_graph_html(tmp_path):
    assert "kg.viewer" in EXPORTERS
    root = write_mini_project(tmp_path / "proj")
    result = build(root)
    page = root / "exports" / "graph.html"
    assert page in result.written or page.is_file()
    assert page.read_text("utf-8") == export_files(result.dataset, result.corpus)["graph.html"]


_HASH_SCRIPT = """
import hashlib, sys
from pathlib import Path
from kg.build import build
from kg.viewer import export_files
r = build(Path(sys.argv[1]), write=False)
print(hashlib.sha256(export_files(r.dataset, r.corpus)["graph.html"].encode()).hexdigest())
"""


def test_bytes_do_not_depend_on_hash_seed(tmp_path):
    root = write_mini_project(tmp_path / "proj")
    digests = set()
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _HASH_SCRIPT, str(root)], env=env, check=True,
                             capture_output=True, text=True).stdout.strip()
        digests.add(out)
    r = build(root, write=False)
    digests.add(hashlib.sha256(export_files(r.dataset, r.corpus)["graph.html"].encode()).hexdigest())
    assert len(digests) == 1


def test_filtered_view_records_its_filters(tmp_path):
    ds = build(write_mini_project(tmp_path / "proj"), write=False).dataset
    data = _data(render_view(ds, docs=[DOC3], types=["actor", "claim"]))
    assert data["meta"]["filters"] == {"docs": [DOC3], "types": ["actor", "claim"]}
    assert {n["c"] for n in data["nodes"]} <= {"actor", "claim"}
    assert [d["id"] for d in data["docs"]] == [DOC3]


def test_large_graph_switches_to_level_of_detail():
    from kg.viewer.synth import synthetic_graph

    data = _data(render_html(synthetic_graph(1200), lod_threshold=1000))
    assert data["meta"]["lod"] is True
    assert sum(g["n"] for g in data["groups"]) == 1200


def test_no_innerhtml_in_viewer_script():
    js = (Path(__file__).resolve().parents[1] / "kg" / "viewer" / "static" / "viewer.js").read_text("utf-8")
    assert "innerHTML" not in js and "outerHTML" not in js
    assert "insertAdjacentHTML" not in js and "document.write" not in js and "eval(" not in js

"""The viewer in a real headless Chromium (Debian's, driven by Playwright): renders offline, searches in both
scripts, filters, shows quotes, and runs none of the hostile labels."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_viewer_select import XSS_ATTR, XSS_IMG, XSS_SCRIPT, hostile_dataset

from kg.viewer.page import render_html
from kg.viewer.select import select_graph
from kg.viewer.synth import synthetic_graph

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e .[dev])")

CANDIDATES = [os.environ.get("KG_CHROMIUM", ""), "/usr/bin/chromium", "/usr/lib/chromium/chromium",
              shutil.which("chromium") or "", shutil.which("chromium-browser") or "",
              shutil.which("google-chrome") or ""]
CHROMIUM = next((c for c in CANDIDATES if c and Path(c).is_file()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium "
                                                           "fonts-wqy-microhei, or set KG_CHROMIUM)")
ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    path = root / "graph.html"
    path.write_text(render_html(select_graph(hostile_dataset(root / "proj"))), encoding="utf-8")
    return path


class Loaded:
    """A page opened from disk with every non-file request blocked and recorded, and every dialog caught."""

    def __init__(self, browser, path: Path) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgViewer && window.kgViewer.firstPaint > 0", timeout=30000)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def visible(self) -> set[str]:
        return set(self.js("kgViewer.visibleNodeIds()"))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def loaded(browser, hostile_file):
    page = Loaded(browser, hostile_file)
    yield page
    page.close()


@pytest.fixture
def view(loaded):
    """The module's page, put back to its opening state; after each test: nothing ran, nothing was fetched."""
    loaded.js("""() => { kgViewer.resetFilters(); kgViewer.setScript(0); kgViewer.network.unselectAll();
        document.getElementById('search').value = ''; }""")
    yield loaded
    assert loaded.requests == [], "the page tried to reach the network"
    assert loaded.errors == []
    assert loaded.dialogs == []
    assert loaded.js("window.__pwned") is None
    assert loaded.js("kgViewer.violations") == []


def test_graph_renders_every_node_offline(view):
    total = view.js("kgViewer.data.nodes.length")
    assert total == 15
    assert view.js("kgViewer.drawnNodeCount()") == total
    assert view.js("kgViewer.edges.length") == view.js("kgViewer.data.edges.length")
    assert "15 of 15 nodes" in view.page.inner_text("#status")
    # the legend and filters were built from the data
    assert view.page.locator('input[data-filter="type"][value="StateCapital"]').count() == 1


@pytest.mark.parametrize("query", ["浦东", "浦東", "pudong sci", "浦東科創集團"])
def test_search_finds_a_node_by_any_label_in_either_script(view, query):
    view.page.fill("#search", query)
    first = view.page.locator("#results li").first
    assert first.get_attribute("data-id") == "entity/pudong-sci-tech-group"
    view.page.press("#search", "Enter")
    assert view.js("kgViewer.network.getSelectedNodes()") == ["entity/pudong-sci-tech-group"]
    assert view.page.inner_text("#panel-title") == "浦东科创集团"


def test_search_by_alias(view):
    view.page.fill("#search", "deepseek")
    assert view.page.locator("#results li").first.get_attribute("data-id") == "entity/deepseek"


def test_type_document_and_relation_filters(view):
    assert "entity/pudong-sci-tech-group" in view.visible()
    view.page.check('input[data-filter="type"][value="StateCapital"]')
    view.page.uncheck('input[data-filter="type"][value="StateCapital"]')
    assert "entity/pudong-sci-tech-group" not in view.visible()
    view.page.uncheck('input[data-filter="category"][value="claim"]')
    assert not any(v.startswith("claim/") for v in view.visible())
    view.page.click("#reset")
    assert len(view.visible()) == 15
    view.page.uncheck('input[data-filter="doc"][value="000_10dcf77b5b804d02"]')
    assert "claim/000-against-targeted-subsidies" not in view.visible()
    assert "claim/003-tailored-subsidies" in view.visible()
    view.page.click("#reset")
    about = view.js("kgViewer.data.edges.filter(e => e.r === 'about').length")
    before = view.js("kgViewer.edges.length")
    view.page.uncheck('input[data-filter="rel"][value="about"]')
    assert view.js("kgViewer.edges.length") == before - about
    view.page.uncheck('input[data-filter="prov"][value="extracted"]')
    assert "claim/x-extracted" not in view.visible()


def _click_node(view, node_id: str) -> None:
    view.js("id => kgViewer.network.moveTo({position: kgViewer.network.getPosition(id), scale: 1.2})", node_id)
    box = view.page.locator("#graph").bounding_box()
    xy = view.js("id => kgViewer.network.canvasToDOM(kgViewer.network.getPosition(id))", node_id)
    view.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


def test_side_panel_shows_the_quote_and_counter_claims(view):
    _click_node(view, "claim/003-tailored-subsidies")
    assert view.js("kgViewer.network.getSelectedNodes()") == ["claim/003-tailored-subsidies"]
    panel = view.page.locator("#panel")
    assert panel.locator("blockquote mark").inner_text() == "杭州的政策工具更靈活"
    text = panel.text_content()
    assert "machine-generated" in text and "asserts" in text and "深度求索" in text
    assert "generated by" in text and "relayed by" in text  # DeepSeek's answer relayed by 宋押司
    assert "Countering claims (1)" in text and "Supporting claims (1)" in text
    panel.locator('a.node[data-id="claim/000-against-targeted-subsidies"]').click()
    assert view.js("kgViewer.network.getSelectedNodes()") == ["claim/000-against-targeted-subsidies"]
    assert view.page.locator("#panel blockquote mark").inner_text().startswith("若继续沿用传统的产业扶持模式")


def test_contested_view_shows_only_countered_claims_and_speakers(view):
    view.page.click("#contested")
    assert view.visible() == {"claim/000-against-targeted-subsidies", "claim/003-tailored-subsidies",
                              "entity/ftchinese-000-author", "entity/deepseek"}
    shown = view.js("kgViewer.edges.getIds().map(id => kgViewer.data.edges[Number(id.slice(1))].r)")
    assert sorted(shown) == ["disputes", "says", "says"]
    view.page.click("#contested")
    assert len(view.visible()) == 15


def test_script_switch_relabels_nodes(view):
    label = "kgViewer.nodes.get('entity/pudong-sci-tech-group').label"
    assert view.js(label) == "浦东科创集团"
    view.page.click('#scripts button[data-script="1"]')
    assert view.js(label) == "浦東科創集團"
    view.page.click('#scripts button[data-script="2"]')
    assert view.js(label) == "Pudong Sci-Tech Group"
    assert view.js("kgViewer.nodes.get('claim/x-extracted').label").endswith("(0.42)")  # extracted: confidence


def test_hostile_labels_render_as_text_and_run_nothing(view):
    scripts = view.js("document.scripts.length")
    view.page.fill("#search", "惡意")
    assert view.page.locator("#results li").first.inner_text().startswith(XSS_IMG[:20])
    view.page.press("#search", "Enter")
    assert view.page.inner_text("#panel-title") == XSS_IMG
    for script in ("1", "2"):
        view.page.click(f'#scripts button[data-script="{script}"]')
        view.js("kgViewer.focusNode('entity/xss-actor')")
        assert view.page.inner_text("#panel-title") == (XSS_SCRIPT if script == "1" else XSS_ATTR)
    view.js("kgViewer.focusNode('claim/x-extracted')")
    edge = view.js("kgViewer.data.edges.findIndex(e => e.r === 'funds')")
    view.js("i => kgViewer.showEdge('e' + i)", edge)
    assert XSS_IMG in view.page.inner_text("#panel")
    _click_node(view, "entity/xss-actor")  # hover/click: vis tooltip and panel
    view.page.wait_for_timeout(400)
    assert view.js("document.querySelectorAll('img, svg[onload], b[onmouseover], iframe').length") == 0
    assert view.js("document.scripts.length") == scripts


def test_level_of_detail_opens_clusters(browser, tmp_path):
    path = tmp_path / "big.html"
    path.write_text(render_html(synthetic_graph(1500), lod_threshold=1000), encoding="utf-8")
    loaded = Loaded(browser, path)
    try:
        groups = loaded.js("kgViewer.data.groups.length")
        assert loaded.js("kgViewer.drawnNodeCount()") == groups < 1500
        assert all(v.startswith("g:") for v in loaded.visible())
        loaded.js("kgViewer.focusNode('entity/e7')")  # search result inside a cluster opens it
        assert "entity/e7" in loaded.visible()
        g = loaded.js("kgViewer.data.nodes.find(n => n.id === 'entity/e7').g")
        members = loaded.js("g => kgViewer.data.nodes.filter(n => n.g === g).length", g)
        assert loaded.js("kgViewer.drawnNodeCount()") == groups - 1 + members
        assert loaded.requests == [] and loaded.errors == []
    finally:
        loaded.close()

"""First paint of the graph viewer in headless Chromium for synthetic graphs of 500 / 5,000 / 50,000 nodes.

    .venv/bin/python bench/bench_viewer.py [--sizes 500,5000,50000] [--chromium /usr/bin/chromium]

Prints, per size: layout and HTML build time in Python, page size, first paint (navigation start to the
first canvas draw, from the page's own performance clock), wall time from `goto` to first paint, nodes
drawn at first paint, when the edges were drawn too (graphs over 2,500 nodes paint nodes first), and for
the level-of-detail sizes the time to open the clusters in view after
zooming in and the time of one search over all labels. The issue's target: 5,000 nodes paint in <= 3 s.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from kg.viewer.layout import compute_layout
from kg.viewer.page import LOD_THRESHOLD, render_html
from kg.viewer.synth import synthetic_graph

ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]


def find_chromium(given: str | None) -> str:
    for c in (given, "/usr/bin/chromium", "/usr/lib/chromium/chromium", shutil.which("chromium")):
        if c and Path(c).is_file():
            return c
    raise SystemExit("no chromium binary found; pass --chromium PATH")


def measure(browser, path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                  else (blocked.append(r.request.url), r.abort()))
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgViewer && window.kgViewer.firstPaint > 0", timeout=300000, polling=20)
    wall = time.perf_counter() - t0
    drawn = page.evaluate("kgViewer.drawnNodeCount()")
    page.wait_for_function("window.kgViewer.complete > 0", timeout=300000, polling=20)
    out = {"first_paint_s": page.evaluate("kgViewer.firstPaint") / 1000, "wall_s": wall, "drawn": drawn,
           "complete_s": page.evaluate("kgViewer.complete") / 1000, "blocked": len(blocked)}
    if page.evaluate("kgViewer.data.meta.lod"):
        out["zoom_open_s"] = page.evaluate("""() => {
            const g = kgViewer.data.groups[0];
            kgViewer.network.moveTo({position: {x: g.x, y: g.y}, scale: 0.8});
            const t = performance.now(); kgViewer.lodAuto(); kgViewer.network.redraw();
            return (performance.now() - t) / 1000; }""")
        out["drawn_zoomed"] = page.evaluate("kgViewer.drawnNodeCount()")
    out["search_s"] = page.evaluate("() => { const t = performance.now(); kgViewer.search('浦東科'); "
                                    "return (performance.now() - t) / 1000; }")
    context.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,50000")
    ap.add_argument("--chromium", default=None)
    opts = ap.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = find_chromium(opts.chromium)
    sizes = [int(s) for s in opts.sizes.split(",")]
    print(f"chromium: {chromium}; level-of-detail above {LOD_THRESHOLD} nodes")
    print(f"{'nodes':>7} {'edges':>7} {'layout s':>9} {'html s':>7} {'MB':>6} {'paint s':>8} {'wall s':>7} "
          f"{'drawn':>6} {'edges s':>8} {'zoom s':>7} {'search s':>9} {'net':>4}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        for n in sizes:
            vg = synthetic_graph(n)
            t = time.perf_counter()
            lay = compute_layout([x.id for x in vg.nodes], [(e.source, e.target) for e in vg.edges])
            t_layout = time.perf_counter() - t
            t = time.perf_counter()
            html = render_html(vg, lay=lay)
            t_html = time.perf_counter() - t
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(html, encoding="utf-8")
            m = measure(browser, path)
            zoom = f"{m['zoom_open_s']:.2f}" if "zoom_open_s" in m else "-"
            print(f"{n:>7} {len(vg.edges):>7} {t_layout:>9.2f} {t_html:>7.2f} {len(html.encode()) / 1e6:>6.1f} "
                  f"{m['first_paint_s']:>8.2f} {m['wall_s']:>7.2f} {m['drawn']:>6} {m['complete_s']:>8.2f} {zoom:>7} "
                  f"{m['search_s']:>9.3f} {m['blocked']:>4}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()

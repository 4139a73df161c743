"""One self-contained HTML file: vis-network, our script and style inline, the graph as escaped JSON.

Why our own template rather than pyvis's: pyvis links bootstrap from a CDN even with
cdn_resources='in_line' and writes heading, select-menu ids and "href" titles as raw HTML. Here no
document string is ever placed in markup: the data travel as JSON (see `safe`), and a Content Security
Policy allows only the page's own inline scripts (by hash) and no network at all, so even a string that
slipped through could neither run nor phone home.
"""

from __future__ import annotations

from collections import Counter

from kg.textnorm import to_simplified, to_traditional
from kg.viewer.assets import viewer_css, viewer_js, vis_network_js
from kg.viewer.layout import Layout, compute_layout
from kg.viewer.safe import csp_hash, json_for_script
from kg.viewer.select import ViewGraph

__all__ = ["render_html", "payload", "LOD_THRESHOLD"]

LOD_THRESHOLD = 8000  # above this many nodes the page opens on clusters and expands them as you zoom in
EDGE_KINDS = ("claim-relation", "actor-relation", "speaker", "about")


def _search_key(strings: list[str]) -> str:
    """Lower-case simplified forms of every label and alias: the page matches a query against these."""
    keys = []
    for s in strings:
        if s:
            low = s.lower()
            for v in (to_simplified(low), low):
                if v not in keys:
                    keys.append(v)
    return "\u0001".join(keys)


def _charmap(strings: set[str]) -> dict[str, str]:
    """Traditional -> simplified per character for every character the labels use, for typed queries."""
    chars: set[str] = set()
    for s in strings:
        chars.update(s)
        chars.update(to_traditional(s))
    out = {}
    for c in sorted(chars):
        simp = to_simplified(c)
        if simp != c and len(simp) == 1:
            out[c] = simp
    return out


def payload(vg: ViewGraph, lay: Layout, title: str = "", filters: dict | None = None,
            lod_threshold: int = LOD_THRESHOLD) -> dict:
    """The JSON the page reads: compact keys, because a 50,000-node graph is tens of megabytes otherwise."""
    doc_index = {d.id: i for i, d in enumerate(vg.docs)}
    degree: Counter[str] = Counter()
    for e in vg.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes, all_strings = [], set()
    for n in vg.nodes:
        x, y = lay.positions[n.id]
        strings = [*n.labels, *n.aliases, n.id.split("/", 1)[-1]]
        if n.kind == "claim":
            strings.append(n.info.get("quote", ""))
        all_strings.update(s for s in strings if s)
        item = {"id": n.id, "k": n.kind[0], "t": n.type, "c": n.category, "l": list(n.labels),
                "x": x, "y": y, "g": lay.group_of[n.id], "s": _search_key(strings), "n": degree[n.id]}
        if n.aliases:
            item["a"] = list(n.aliases)
        if n.docs:
            item["d"] = [doc_index[d] for d in n.docs if d in doc_index]
        if n.provenance == "extracted":
            item["p"] = 1
        if n.confidence is not None:
            item["cf"] = n.confidence
        if n.machine:
            item["m"] = 1
        if n.info:
            item["i"] = n.info
        nodes.append(item)
    edges = []
    for e in vg.edges:
        item = {"f": e.source, "t": e.target, "k": EDGE_KINDS.index(e.kind), "r": e.relation}
        if e.provenance == "extracted":
            item["p"] = 1
        if e.confidence is not None:
            item["cf"] = e.confidence
        if e.docs:
            item["d"] = [doc_index[d] for d in e.docs if d in doc_index]
        if e.rationale:
            item["ra"] = e.rationale
        if e.quotes and e.kind in ("actor-relation", "claim-relation"):
            item["q"] = list(e.quotes)
        edges.append(item)
    by_id = {n.id: n for n in vg.nodes}
    groups = []
    for grp in lay.groups:
        top = max(grp.members, key=lambda v: (degree[v], v))
        groups.append({"x": grp.x, "y": grp.y, "r": grp.radius, "n": len(grp.members), "top": top,
                       "l": list(by_id[top].labels)})
    docs = [{"id": d.id, "title": d.title, "lang": d.language, "date": d.date, "author": d.author,
             "publisher": d.publisher, "file": d.source_file, "sources": list(d.sources)} for d in vg.docs]
    return {
        "meta": {"title": title, "lod": len(nodes) > lod_threshold, "filters": filters or {},
                 "edgeKinds": list(EDGE_KINDS)},
        "docs": docs,
        "nodes": nodes,
        "edges": edges,
        "groups": groups,
        "charmap": _charmap(all_strings),
    }


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<title>kg — graph viewer</title>
<style>{css}</style>
</head>
<body>
<header id="bar">
  <span id="brand">kg</span>
  <div id="searchbox"><input id="search" type="search" autocomplete="off" spellcheck="false"
    placeholder="Search labels / aliases (简 or 繁) …" aria-label="Search"><ol id="results" hidden></ol></div>
  <div id="scripts" role="group" aria-label="Label script">
    <button data-script="0" class="on" title="Simplified Chinese labels">简</button><button data-script="1"
    title="Traditional Chinese labels">繁</button><button data-script="2" title="English labels">EN</button></div>
  <button id="contested" aria-pressed="false"
    title="Only claims with counter-claims, and their speakers">Contested</button>
  <button id="fit" title="Fit the whole graph in view">Fit</button>
  <button id="reset" title="Clear search, filters and the contested view">Reset</button>
  <span id="status" aria-live="polite"></span>
</header>
<nav id="filters" aria-label="Filters"></nav>
<main id="graph"></main>
<aside id="panel" aria-label="Selection"><p class="hint">Click a node or an edge to see its labels, documents and
quotes. Double-click a cluster to open it.</p></aside>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis}</script>
<script>{app}</script>
</body>
</html>
"""


def render_html(vg: ViewGraph, title: str = "", filters: dict | None = None, lay: Layout | None = None,
                lod_threshold: int = LOD_THRESHOLD) -> str:
    """The whole page as text; same graph in, same bytes out."""
    lay = lay or compute_layout([n.id for n in vg.nodes], [(e.source, e.target) for e in vg.edges])
    css, vis, app = viewer_css(), vis_network_js(), viewer_js()  # styles cannot run code: no hash needed
    csp = ("default-src 'none'; "
           f"script-src {csp_hash(vis)} {csp_hash(app)}; "
           "style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return _TEMPLATE.format(csp=csp, css=css, data=json_for_script(payload(vg, lay, title, filters, lod_threshold)),
                            vis=vis, app=app)

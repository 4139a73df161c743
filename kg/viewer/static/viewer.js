/* kg graph viewer. All data come from the JSON block and reach the DOM through textContent only
   (never as markup), so a label that looks like an HTML tag is shown as text. */
(function () {
  "use strict";
  const T = { start: performance.now() };
  const D = JSON.parse(document.getElementById("kg-data").textContent);
  T.parsed = performance.now();
  const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  const CAT = {
    actor: { shape: "dot", color: "#4e79a7", name: "Actor" },
    place: { shape: "triangle", color: "#59a14f", name: "Place" },
    policy: { shape: "diamond", color: "#f28e2b", name: "Policy" },
    concept: { shape: "hexagon", color: "#b07aa1", name: "Concept" },
    claim: { shape: "box", color: "#c9a227", name: "Claim" },
  };
  const CLAIM_BG = "#fff8d6", MACHINE_BG = "#ede7f6", MACHINE_BORDER = "#5e35b1";
  const REL = {
    supports: { color: "#2e7d32", arrow: "arrow", text: "supports" },
    refutes: { color: "#c62828", arrow: "bar", text: "refutes" },
    disputes: { color: "#ef6c00", arrow: "vee", text: "disputes" },
    qualifies: { color: "#6a1b9a", arrow: "circle", text: "qualifies" },
  };
  const COUNTER = new Set(["refutes", "disputes", "qualifies"]);
  const KIND_NAMES = ["claim relation", "actor relation", "speaker", "about"];
  const EDGE_FILTERS = ["supports", "refutes", "disputes", "qualifies", "actor-relation", "speaker", "about"];
  const SCRIPT_NAMES = ["简", "繁", "EN"];
  const LOD = !!D.meta.lod;
  const BIG = D.nodes.length > 2500;
  const LOD_BUDGET = 4000, LOD_SCALE = 0.45;

  // ---------- indexes ----------
  const byId = new Map();
  D.nodes.forEach((n) => byId.set(n.id, n));
  const outE = new Map(), inE = new Map();
  D.edges.forEach((e, i) => {
    if (!outE.has(e.f)) outE.set(e.f, []);
    if (!inE.has(e.t)) inE.set(e.t, []);
    outE.get(e.f).push(i);
    inE.get(e.t).push(i);
  });
  const members = D.groups.map(() => []);
  D.nodes.forEach((n) => members[n.g].push(n.id));
  const contested = new Set(), contestedEdges = new Set();
  D.edges.forEach((e) => {
    if (e.k === 0 && COUNTER.has(e.r)) { contested.add(e.f); contested.add(e.t); }
  });
  D.edges.forEach((e, i) => {
    if (e.k === 0 && contested.has(e.f) && contested.has(e.t)) contestedEdges.add(i);
    if (e.k === 2 && contested.has(e.t)) contestedEdges.add(i);
  });
  D.edges.forEach((e) => { if (e.k === 2 && contested.has(e.t)) contested.add(e.f); });
  const typeCounts = new Map();
  D.nodes.forEach((n) => typeCounts.set(n.t, (typeCounts.get(n.t) || 0) + 1));

  // ---------- state ----------
  const state = {
    script: 0,
    contested: false,
    types: new Set(typeCounts.keys()),
    docs: new Set(D.docs.map((_, i) => i)),
    prov: { c: true, e: true },
    rels: new Set(EDGE_FILTERS),
    expanded: new Set(),
  };
  const violations = [];
  document.addEventListener("securitypolicyviolation", (ev) => violations.push(ev.violatedDirective + " " + ev.blockedURI));

  // ---------- small DOM helpers (text only) ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v;
      else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false)
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    children.forEach((c) => node.appendChild(c));
    return node;
  }

  // ---------- labels ----------
  function truncate(s, n) { const a = Array.from(s || ""); return a.length > n ? a.slice(0, n).join("") + "…" : a.join(""); }
  function fullLabel(n) { return n.l[state.script] || n.l[0] || n.id; }
  function shortLabel(n) {
    const s = fullLabel(n);
    if (n.k !== "c") return truncate(s, state.script === 2 ? 32 : 16);
    return (n.m ? "AI· " : "") + truncate(s, state.script === 2 ? 26 : 14);
  }
  function docTitle(i) { const d = D.docs[i]; return d ? d.title : "?"; }
  function nodeLabelById(id) { const n = byId.get(id); return n ? fullLabel(n) : id; }

  // ---------- vis objects ----------
  // styles live in vis "groups" (parsed once), so each node carries only id, label, position, group, size
  function groupOf(n) { return (n.k === "c" ? (n.m ? "claim-m" : "claim") : n.c) + (n.p ? "-x" : ""); }
  function visGroups() {
    const groups = {};
    for (const [cat, st] of Object.entries(CAT)) {
      for (const x of ["", "-x"]) {
        for (const m of cat === "claim" ? ["", "-m"] : [""]) {
          const claim = cat === "claim";
          const bg = claim ? (m ? MACHINE_BG : CLAIM_BG) : st.color;
          const border = x && !claim ? "#ef6c00" : claim ? (m ? MACHINE_BORDER : st.color) : "#37474f";
          const g = {
            shape: st.shape, borderWidth: x ? 2.5 : 1.5,
            color: { background: bg, border: border, highlight: { background: bg, border: "#000" }, hover: { background: bg, border: "#000" } },
            font: claim ? { face: FONT, size: 12, color: "#333" } : { face: FONT, size: 13, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
          };
          if (claim) g.margin = 6;
          if (x) g.shapeProperties = { borderDashes: [5, 4] };
          groups[cat + m + x] = g;
        }
      }
    }
    return groups;
  }
  function visNode(n) {
    let label = shortLabel(n);
    if (n.p) label += " (" + (n.cf !== undefined ? n.cf : "?") + ")";
    const lines = [fullLabel(n), (n.k === "c" ? "claim" : n.t + " · " + n.c)];
    if (n.p) lines.push("extracted · confidence " + (n.cf !== undefined ? n.cf : "?")); else lines.push("curated");
    if (n.m) lines.push("machine-generated");
    const o = { id: n.id, label: label, x: n.x, y: n.y, group: groupOf(n), title: lines.join("\n") };
    if (n.k !== "c") o.size = Math.min(36, 9 + 2.5 * Math.sqrt(n.n || 0));
    return o;
  }
  function visCluster(g, count) {
    const grp = D.groups[g];
    const lab = truncate(grp.l[state.script] || grp.l[0], 10) + " +" + (count - 1);
    return { id: "g:" + g, label: lab, x: grp.x, y: grp.y, shape: "dot", size: Math.min(80, 12 + 3 * Math.sqrt(count)),
      color: { background: "#cfd8dc", border: "#546e7a" }, borderWidth: 2, font: { face: FONT, size: 28, strokeWidth: 4, strokeColor: "#fff" },
      title: "cluster of " + count + " nodes — double-click or zoom in to open" };
  }
  function visEdge(e, i) {
    const o = { id: "e" + i, from: e.f, to: e.t };
    let label = "";
    if (e.k === 0) {
      const r = REL[e.r] || REL.supports;
      o.color = r.color;
      o.width = 2.5;
      o.arrows = { to: { enabled: true, type: r.arrow, scaleFactor: r.arrow === "circle" ? 0.5 : 0.9 } };
      label = BIG ? "" : r.text;
    } else if (e.k === 1) {
      o.color = "#546e7a";
      o.width = 1.5;
      o.arrows = "to";
      label = BIG ? "" : e.r;
    } else if (e.k === 2) {
      o.color = "#64b5f6";
      o.arrows = "to";
    }
    if (e.p) { o.dashes = [6, 4]; if (!BIG) label = (label ? label + " " : "") + (e.cf !== undefined ? e.cf : "?"); }
    if (label) o.label = label;
    if (!BIG) o.title = (KIND_NAMES[e.k] + ": " + e.r) + (e.p ? "\nextracted · confidence " + (e.cf !== undefined ? e.cf : "?") : "\ncurated");
    return o;
  }

  // ---------- filters ----------
  function docFilterActive() { return state.docs.size < D.docs.length; }
  function nodePasses(n) {
    if (state.contested) return contested.has(n.id);
    if (!state.types.has(n.t)) return false;
    if (n.p ? !state.prov.e : !state.prov.c) return false;
    if (docFilterActive() && !(n.d || []).some((i) => state.docs.has(i))) return false;
    return true;
  }
  function edgePasses(e, i) {
    if (state.contested) return contestedEdges.has(i);
    const key = e.k === 0 ? e.r : D.meta.edgeKinds[e.k];
    if (!state.rels.has(key)) return false;
    if (e.p ? !state.prov.e : !state.prov.c) return false;
    if (docFilterActive() && e.d && !e.d.some((d) => state.docs.has(d))) return false;
    return true;
  }

  // ---------- data sets, synced to the wanted state ----------
  const nodesDS = new vis.DataSet();
  const edgesDS = new vis.DataSet();
  function rep(id) {
    const n = byId.get(id);
    return !LOD || state.contested || state.expanded.has(n.g) ? id : "g:" + n.g;
  }
  function wantedNodes() {
    const want = new Map();
    if (!LOD || state.contested) {
      for (const n of D.nodes) if (nodePasses(n)) want.set(n.id, n);
      return want;
    }
    members.forEach((ids, g) => {
      if (state.expanded.has(g)) { for (const id of ids) { const n = byId.get(id); if (nodePasses(n)) want.set(id, n); } }
      else { let c = 0; for (const id of ids) if (nodePasses(byId.get(id))) c++; if (c) want.set("g:" + g, { cluster: g, count: c }); }
    });
    return want;
  }
  function wantedEdges(nodes) {
    const want = new Map(), agg = new Map();
    D.edges.forEach((e, i) => {
      if (!edgePasses(e, i)) return;
      const a = rep(e.f), b = rep(e.t);
      if (!nodes.has(a) || !nodes.has(b) || a === b) return;
      if (a === e.f && b === e.t) { want.set("e" + i, [e, i]); return; }
      const key = a < b ? a + "|" + b : b + "|" + a;
      agg.set(key, (agg.get(key) || 0) + 1);
    });
    for (const [key, count] of agg) {
      const [a, b] = key.split("|");
      want.set("a:" + key, { id: "a:" + key, from: a, to: b, width: Math.min(8, 1 + Math.log(count)), color: { color: "#b0bec5" }, title: count + " edges" });
    }
    return want;
  }
  // big graphs paint their nodes first and get their edges one frame later (progressive first paint)
  let deferEdges = BIG;
  function sync() {
    const nodes = wantedNodes();
    const edges = deferEdges ? new Map() : wantedEdges(nodes);
    const dropE = edgesDS.getIds().filter((id) => !edges.has(id));
    edgesDS.remove(dropE);
    const dropN = nodesDS.getIds().filter((id) => !nodes.has(id));
    nodesDS.remove(dropN);
    const have = new Set(nodesDS.getIds());
    const addN = [];
    for (const [id, n] of nodes) if (!have.has(id)) addN.push(n.cluster !== undefined ? visCluster(n.cluster, n.count) : visNode(n));
    nodesDS.add(addN);
    const haveE = new Set(edgesDS.getIds());
    const addE = [];
    for (const [id, v] of edges) if (!haveE.has(id)) addE.push(Array.isArray(v) ? visEdge(v[0], v[1]) : v);
    edgesDS.add(addE);
    status();
  }

  // ---------- network ----------
  const container = document.getElementById("graph");
  const options = {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: !BIG, tooltipDelay: 200, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, navigationButtons: false, keyboard: false, multiselect: false },
    nodes: { font: { face: FONT }, scaling: { label: { drawThreshold: 6 } } },
    groups: visGroups(),
    edges: { smooth: false, arrowStrikethrough: false, selectionWidth: 2, width: 1, color: { color: "#cfd8dc", highlight: "#455a64", hover: "#455a64", inherit: false },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { face: FONT, size: 10, color: "#455a64", strokeWidth: 3, strokeColor: "#fff", align: "middle" } },
  };
  sync();
  T.synced = performance.now();
  const network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, options);
  T.constructed = performance.now();
  const api = { network: network, nodes: nodesDS, edges: edgesDS, data: D, state: state, violations: violations, firstPaint: 0, complete: 0, timings: T };
  network.once("afterDrawing", () => {
    api.firstPaint = T.painted = performance.now();
    const done = () => { api.complete = T.complete = performance.now(); document.body.dataset.ready = "1"; };
    if (deferEdges) setTimeout(() => { deferEdges = false; sync(); network.once("afterDrawing", done); }, 0); else done();
  });

  // ---------- status ----------
  function status() {
    const realNodes = nodesDS.getIds().filter((id) => !String(id).startsWith("g:")).length;
    const clusters = nodesDS.length - realNodes;
    let text = realNodes + " of " + D.nodes.length + " nodes";
    if (clusters) text += " + " + clusters + " clusters";
    text += " · " + edgesDS.length + " edges";
    if (state.contested) text += " · contested view";
    const f = D.meta.filters || {};
    if ((f.docs && f.docs.length) || (f.types && f.types.length)) text += " · view of " + [...(f.docs || []), ...(f.types || [])].join(", ");
    document.getElementById("status").textContent = text;
  }

  // ---------- focus & selection ----------
  function ensureVisible(id) {
    const n = byId.get(id);
    if (!n) return false;
    if (!nodePasses(n)) { resetFilters(false); }
    if (LOD && !state.contested && !state.expanded.has(n.g)) state.expanded.add(n.g);
    sync();
    return true;
  }
  function focusNode(id) {
    if (!ensureVisible(id)) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }

  // ---------- side panel ----------
  const panel = document.getElementById("panel");
  function link(id) {
    const n = byId.get(id);
    if (!n) return el("span", null, id);
    return el("a", { class: "node", href: "#", dataset: { id: id }, on: { click: (ev) => { ev.preventDefault(); focusNode(id); } } }, truncate(fullLabel(n), 40));
  }
  function tags(n) {
    const out = n.k === "c" ? el("div", null, el("span", { class: "tag" }, "claim"), el("span", { class: "tag" }, (n.i && n.i.stance) || "?"))
      : el("div", null, el("span", { class: "tag" }, n.t), el("span", { class: "tag" }, n.c));
    out.appendChild(n.p ? el("span", { class: "tag extracted" }, "extracted · confidence " + (n.cf !== undefined ? n.cf : "?")) : el("span", { class: "tag" }, "curated"));
    if (n.m) out.appendChild(el("span", { class: "tag machine" }, "machine-generated"));
    return out;
  }
  function listOf(items) { const ul = el("ul"); items.forEach((it) => ul.appendChild(el("li", null, ...it))); return ul; }
  function docLine(i) {
    return el("a", { class: "node", href: "#", on: { click: (ev) => { ev.preventDefault(); onlyDoc(i); } }, title: "Show only this document" }, truncate(docTitle(i), 48));
  }
  function quoteBlock(info) {
    const bq = el("blockquote", { class: "quote" });
    if (info.prefix) bq.appendChild(el("span", { class: "ctx" }, "…" + Array.from(info.prefix).slice(-30).join("")));
    bq.appendChild(el("mark", null, info.exact || info.quote || ""));
    if (info.suffix) bq.appendChild(el("span", { class: "ctx" }, Array.from(info.suffix).slice(0, 30).join("") + "…"));
    return bq;
  }
  function sourceLine(n) {
    const parts = [];
    for (const src of (n.i && n.i.source) || []) {
      if (src.startsWith("document/")) {
        const i = D.docs.findIndex((d) => "document/" + d.id === src);
        parts.push(i >= 0 ? docLine(i) : el("span", null, src));
      } else {
        let found = null;
        D.docs.forEach((d) => (d.sources || []).forEach((s) => { if (s.id === src) found = s; }));
        const span = el("span", null, src.split("/").pop());
        if (found) {
          if (found.generatedBy.length) { span.appendChild(document.createTextNode(" — generated by ")); found.generatedBy.forEach((a) => span.appendChild(link(a))); }
          if (found.relayedBy.length) { span.appendChild(document.createTextNode(", relayed by ")); found.relayedBy.forEach((a) => span.appendChild(link(a))); }
          if (found.caveat) span.appendChild(document.createTextNode(" (caveat: " + found.caveat + ")"));
        }
        parts.push(span);
      }
    }
    return parts;
  }
  function relatedClaims(id) {
    const sup = [], cnt = [];
    for (const i of outE.get(id) || []) { const e = D.edges[i]; if (e.k === 0) (COUNTER.has(e.r) ? cnt : sup).push([e, e.t, "→ " + e.r]); }
    for (const i of inE.get(id) || []) { const e = D.edges[i]; if (e.k === 0) (COUNTER.has(e.r) ? cnt : sup).push([e, e.f, e.r + " this ←"]); }
    const row = ([e, other, how]) => [el("span", { class: "tag" }, how), link(other), e.p ? el("span", { class: "tag extracted" }, String(e.cf)) : null, e.ra ? el("div", { class: "hint" }, e.ra) : null];
    return { sup: sup.map(row), cnt: cnt.map(row) };
  }
  function showNode(id) {
    const n = byId.get(id);
    clear(panel);
    if (!n) return;
    panel.appendChild(el("h2", { id: "panel-title" }, fullLabel(n)));
    panel.appendChild(tags(n));
    const labels = el("dl");
    n.l.forEach((l, i) => { labels.appendChild(el("dt", null, SCRIPT_NAMES[i])); labels.appendChild(el("dd", null, l)); });
    if (n.k === "c") {
      const info = n.i || {};
      panel.appendChild(el("h4", null, "Quote"));
      panel.appendChild(quoteBlock(info));
      const dl = el("dl");
      dl.appendChild(el("dt", null, "speaker")); dl.appendChild(el("dd", null, info.speaker ? link(info.speaker) : "?"));
      dl.appendChild(el("dt", null, "stance")); dl.appendChild(el("dd", null, info.stance || "?"));
      if ((info.relayedBy || []).length) { dl.appendChild(el("dt", null, "relayed by")); dl.appendChild(el("dd", null, ...info.relayedBy.map(link))); }
      dl.appendChild(el("dt", null, "source")); dl.appendChild(el("dd", null, ...sourceLine(n)));
      dl.appendChild(el("dt", null, "document")); dl.appendChild(el("dd", null, ...(n.d || []).map(docLine)));
      if (info.start !== undefined) { dl.appendChild(el("dt", null, "offsets")); dl.appendChild(el("dd", null, info.start + "–" + info.end)); }
      if (info.summary) { dl.appendChild(el("dt", null, "summary")); dl.appendChild(el("dd", null, info.summary)); }
      panel.appendChild(dl);
      if ((info.about || []).length) { panel.appendChild(el("h4", null, "About")); panel.appendChild(listOf(info.about.map((a) => [link(a)]))); }
      const rel = relatedClaims(id);
      panel.appendChild(el("h4", null, "Supporting claims (" + rel.sup.length + ")"));
      panel.appendChild(rel.sup.length ? listOf(rel.sup) : el("p", { class: "hint" }, "none"));
      panel.appendChild(el("h4", null, "Countering claims (" + rel.cnt.length + ")"));
      panel.appendChild(rel.cnt.length ? listOf(rel.cnt) : el("p", { class: "hint" }, "none"));
    } else {
      panel.appendChild(labels);
      const info = n.i || {};
      if ((n.a || []).length) { panel.appendChild(el("h4", null, "Aliases")); panel.appendChild(el("p", null, n.a.join(" · "))); }
      if (info.description) panel.appendChild(el("p", null, info.description));
      if (info.wikidata && /^Q[0-9]+$/.test(info.wikidata)) panel.appendChild(el("p", null, "Wikidata: ", el("a", { href: "https://www.wikidata.org/wiki/" + info.wikidata, target: "_blank", rel: "noopener noreferrer" }, info.wikidata)));
      panel.appendChild(el("h4", null, "Documents"));
      panel.appendChild((n.d || []).length ? listOf(n.d.map((i) => [docLine(i)])) : el("p", { class: "hint" }, "none"));
      const said = [], about = [], rels = [];
      for (const i of outE.get(id) || []) { const e = D.edges[i]; if (e.k === 2) said.push([link(e.t)]); else if (e.k === 1) rels.push([el("span", { class: "tag" }, e.r + " →"), link(e.t), e.q ? el("div", { class: "hint" }, "「" + e.q.join("」「") + "」") : null]); }
      for (const i of inE.get(id) || []) { const e = D.edges[i]; if (e.k === 3) about.push([link(e.f)]); else if (e.k === 1) rels.push([link(e.f), el("span", { class: "tag" }, "→ " + e.r), e.q ? el("div", { class: "hint" }, "「" + e.q.join("」「") + "」") : null]); }
      if (rels.length) { panel.appendChild(el("h4", null, "Relations (" + rels.length + ")")); panel.appendChild(listOf(rels)); }
      if (said.length) { panel.appendChild(el("h4", null, "Claims by (" + said.length + ")")); panel.appendChild(listOf(said.slice(0, 200))); }
      if (about.length) { panel.appendChild(el("h4", null, "Claims about (" + about.length + ")")); panel.appendChild(listOf(about.slice(0, 200))); }
    }
  }
  function showEdge(eid) {
    clear(panel);
    if (String(eid).startsWith("a:")) { panel.appendChild(el("p", { class: "hint" }, "Edges between clusters; open a cluster to see them.")); return; }
    const e = D.edges[Number(String(eid).slice(1))];
    if (!e) return;
    panel.appendChild(el("h2", null, KIND_NAMES[e.k] + ": " + e.r));
    panel.appendChild(el("p", null, link(e.f), " → ", link(e.t)));
    panel.appendChild(e.p ? el("span", { class: "tag extracted" }, "extracted · confidence " + e.cf) : el("span", { class: "tag" }, "curated"));
    if (e.ra) { panel.appendChild(el("h4", null, "Rationale")); panel.appendChild(el("p", null, e.ra)); }
    const quotes = e.q || (e.k >= 2 ? [((byId.get(e.k === 2 ? e.t : e.f) || {}).i || {}).quote] : []);
    if (e.k === 0) [e.f, e.t].forEach((c) => { const n = byId.get(c); if (n && n.i) { panel.appendChild(el("h4", null, "Quote")); panel.appendChild(quoteBlock(n.i)); } });
    else quotes.filter(Boolean).forEach((q) => { panel.appendChild(el("h4", null, "Quote")); panel.appendChild(quoteBlock({ exact: q })); });
    if ((e.d || []).length) { panel.appendChild(el("h4", null, "Documents")); panel.appendChild(listOf(e.d.map((i) => [docLine(i)]))); }
  }
  function showCluster(g) {
    clear(panel);
    const ids = members[g];
    panel.appendChild(el("h2", null, "Cluster of " + ids.length + " nodes"));
    panel.appendChild(el("button", { on: { click: () => expand(g) } }, "Open cluster"));
    const top = ids.slice().sort((a, b) => (byId.get(b).n - byId.get(a).n) || (a < b ? -1 : 1)).slice(0, 25);
    panel.appendChild(el("h4", null, "Most connected"));
    panel.appendChild(listOf(top.map((id) => [link(id)])));
  }
  function expand(g) { state.expanded.add(g); sync(); }

  network.on("click", (p) => {
    if (p.nodes.length) {
      const id = String(p.nodes[0]);
      if (id.startsWith("g:")) showCluster(Number(id.slice(2))); else showNode(id);
    } else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", (p) => {
    if (p.nodes.length && String(p.nodes[0]).startsWith("g:")) expand(Number(String(p.nodes[0]).slice(2)));
  });

  // ---------- level of detail: open clusters in view as you zoom in, close far ones over budget ----------
  let lodTimer = 0;
  function lodAuto() {
    if (!LOD || state.contested) return;
    const scale = network.getScale();
    if (scale < LOD_SCALE) return;
    const c = network.getViewPosition();
    const w = container.clientWidth / scale / 2, h = container.clientHeight / scale / 2;
    const inView = (g) => { const G = D.groups[g]; return Math.abs(G.x - c.x) < w + G.r && Math.abs(G.y - c.y) < h + G.r; };
    let open = 0;
    state.expanded.forEach((g) => { open += members[g].length; });
    const want = D.groups.map((_, g) => g).filter((g) => inView(g) && !state.expanded.has(g));
    if (!want.length) return;
    const far = [...state.expanded].filter((g) => !inView(g));
    for (const g of want) {
      while (open + members[g].length > LOD_BUDGET && far.length) { const f = far.pop(); state.expanded.delete(f); open -= members[f].length; }
      if (open + members[g].length > LOD_BUDGET) break;
      state.expanded.add(g); open += members[g].length;
    }
    sync();
  }
  function scheduleLod() { clearTimeout(lodTimer); lodTimer = setTimeout(lodAuto, 150); }
  network.on("zoom", scheduleLod);
  network.on("dragEnd", scheduleLod);

  // ---------- search ----------
  const input = document.getElementById("search"), results = document.getElementById("results");
  function norm(q) { let out = ""; for (const ch of q.toLowerCase().trim()) out += D.charmap[ch] || ch; return out; }
  function search(q) {
    const k = norm(q), raw = q.toLowerCase().trim();
    if (!k) return [];
    const hits = [];
    for (const n of D.nodes) {
      const s = n.s;
      if (s.indexOf(k) < 0 && s.indexOf(raw) < 0) continue;
      const keys = s.split("\u0001");
      const score = keys.includes(k) ? 0 : keys.some((x) => x.startsWith(k)) ? 1 : 2;
      hits.push([score, -(n.n || 0), n.id]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1));
    return hits.slice(0, 30).map((h) => h[2]);
  }
  let active = 0, current = [];
  function renderResults() {
    clear(results);
    current.forEach((id, i) => {
      const n = byId.get(id);
      results.appendChild(el("li", { class: i === active ? "active" : "", dataset: { id: id }, on: { mousedown: (ev) => { ev.preventDefault(); pick(id); } } },
        truncate(fullLabel(n), 40), el("span", { class: "kind" }, n.k === "c" ? "claim" : n.t)));
    });
    results.hidden = !current.length;
  }
  function pick(id) { results.hidden = true; focusNode(id); }
  input.addEventListener("input", () => { current = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, current.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter" && current.length) pick(current[active]);
    else if (ev.key === "Escape") results.hidden = true;
  });
  input.addEventListener("blur", () => { results.hidden = true; });

  // ---------- filters panel & legend ----------
  const filters = document.getElementById("filters");
  function checkbox(kind, value, checked, text, count, onChange, extra) {
    const box = el("input", { type: "checkbox", checked: checked, dataset: { filter: kind }, value: String(value), on: { change: (ev) => onChange(ev.target.checked) } });
    return el("label", Object.assign({ title: text }, extra || {}), box, extra && extra.swatch ? extra.swatch : null, el("span", null, text), count !== null ? el("span", { class: "count" }, count) : null);
  }
  function swatchNode(shape, fill, border, dashed) {
    const s = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16" });
    const common = { fill: fill, stroke: border, "stroke-width": 1.5 };
    if (dashed) common["stroke-dasharray"] = "3 2";
    const shapes = {
      dot: () => svg("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, common)),
      triangle: () => svg("polygon", Object.assign({ points: "8,2 14,14 2,14" }, common)),
      diamond: () => svg("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, common)),
      hexagon: () => svg("polygon", Object.assign({ points: "4,2 12,2 15,8 12,14 4,14 1,8" }, common)),
      box: () => svg("rect", Object.assign({ x: 1, y: 4, width: 14, height: 9, rx: 2 }, common)),
    };
    s.appendChild(shapes[shape]());
    return s;
  }
  function swatchEdge(color, dashed, end) {
    const s = svg("svg", { width: 30, height: 12, viewBox: "0 0 30 12" });
    const line = { x1: 1, y1: 6, x2: 24, y2: 6, stroke: color, "stroke-width": 2 };
    if (dashed) line["stroke-dasharray"] = "4 3";
    s.appendChild(svg("line", line));
    if (end === "bar") s.appendChild(svg("line", { x1: 26, y1: 1, x2: 26, y2: 11, stroke: color, "stroke-width": 2.5 }));
    else if (end === "circle") s.appendChild(svg("circle", { cx: 26, cy: 6, r: 3.2, fill: color }));
    else if (end === "vee") s.appendChild(svg("polyline", { points: "21,1 28,6 21,11", fill: "none", stroke: color, "stroke-width": 2 }));
    else if (end === "arrow") s.appendChild(svg("polygon", { points: "22,1 29,6 22,11", fill: color }));
    return s;
  }
  function buildFilters() {
    filters.appendChild(el("h3", null, "Node types"));
    for (const [cat, st] of Object.entries(CAT)) {
      const types = [...typeCounts.keys()].filter((t) => (cat === "claim" ? t === "Claim" : t !== "Claim" && D.nodes.find((n) => n.t === t).c === cat)).sort();
      if (!types.length) continue;
      const total = types.reduce((a, t) => a + typeCounts.get(t), 0);
      const boxes = [];
      const head = checkbox("category", cat, true, st.name, total, (on) => {
        types.forEach((t) => (on ? state.types.add(t) : state.types.delete(t)));
        boxes.forEach((b) => { b.checked = on; });
        sync();
      }, { class: "cat", swatch: swatchNode(st.shape, cat === "claim" ? CLAIM_BG : st.color, cat === "claim" ? st.color : "#37474f") });
      filters.appendChild(head);
      if (cat === "claim") continue;
      for (const t of types) {
        const lab = checkbox("type", t, true, t, typeCounts.get(t), (on) => { on ? state.types.add(t) : state.types.delete(t); sync(); }, { class: "sub" });
        boxes.push(lab.querySelector("input"));
        filters.appendChild(lab);
      }
    }
    filters.appendChild(el("h3", null, "Documents"));
    D.docs.forEach((d, i) => {
      filters.appendChild(checkbox("doc", d.id, true, truncate(d.title, 26) + " (" + d.id.slice(0, 3) + ")", null, (on) => { on ? state.docs.add(i) : state.docs.delete(i); sync(); }));
    });
    filters.appendChild(el("h3", null, "Provenance"));
    filters.appendChild(checkbox("prov", "curated", true, "curated (solid)", null, (on) => { state.prov.c = on; sync(); }, { swatch: swatchNode("dot", "#90a4ae", "#37474f", false) }));
    filters.appendChild(checkbox("prov", "extracted", true, "extracted (dashed, confidence)", null, (on) => { state.prov.e = on; sync(); }, { swatch: swatchNode("dot", "#90a4ae", "#ef6c00", true) }));
    filters.appendChild(el("h3", null, "Relations"));
    const relSw = {
      supports: swatchEdge(REL.supports.color, false, "arrow"), refutes: swatchEdge(REL.refutes.color, false, "bar"),
      disputes: swatchEdge(REL.disputes.color, false, "vee"), qualifies: swatchEdge(REL.qualifies.color, false, "circle"),
      "actor-relation": swatchEdge("#546e7a", false, "arrow"), speaker: swatchEdge("#64b5f6", false, "arrow"), about: swatchEdge("#cfd8dc", false, "arrow"),
    };
    const relText = { "actor-relation": "actor relations", speaker: "speaker → claim", about: "claim → about" };
    EDGE_FILTERS.forEach((r) => filters.appendChild(checkbox("rel", r, true, relText[r] || r, null, (on) => { on ? state.rels.add(r) : state.rels.delete(r); sync(); }, { swatch: relSw[r] })));
    filters.appendChild(el("h3", null, "Legend"));
    const legend = [
      [swatchNode("box", MACHINE_BG, MACHINE_BORDER), "AI· machine-generated claim"],
      [swatchNode("box", CLAIM_BG, CAT.claim.color, true), "extracted claim (confidence)"],
      [swatchEdge("#546e7a", true, "arrow"), "extracted edge (confidence)"],
      [swatchNode("dot", "#cfd8dc", "#546e7a"), "cluster (+N nodes)"],
    ];
    legend.forEach(([s, t]) => filters.appendChild(el("div", { class: "legend-row" }, s, el("span", null, t))));
  }
  function resetFilters(doSync) {
    state.types = new Set(typeCounts.keys());
    state.docs = new Set(D.docs.map((_, i) => i));
    state.prov = { c: true, e: true };
    state.rels = new Set(EDGE_FILTERS);
    setContested(false, false);
    filters.querySelectorAll("input[type=checkbox]").forEach((b) => { b.checked = true; });
    if (doSync !== false) sync();
  }
  function onlyDoc(i) {
    state.docs = new Set([i]);
    filters.querySelectorAll('input[data-filter="doc"]').forEach((b) => { b.checked = b.value === D.docs[i].id; });
    sync();
  }
  function setContested(on, doSync) {
    state.contested = on;
    const b = document.getElementById("contested");
    b.setAttribute("aria-pressed", on ? "true" : "false");
    if (doSync !== false) { sync(); network.fit({ animation: false }); }
  }
  function setScript(s) {
    state.script = s;
    document.querySelectorAll("#scripts button").forEach((b) => b.classList.toggle("on", Number(b.dataset.script) === s));
    const upd = nodesDS.getIds().map((id) => {
      if (String(id).startsWith("g:")) { const g = Number(String(id).slice(2)); return visCluster(g, members[g].filter((x) => nodePasses(byId.get(x))).length); }
      return { id: id, label: visNode(byId.get(id)).label, title: visNode(byId.get(id)).title };
    });
    nodesDS.update(upd);
    const sel = network.getSelectedNodes();
    if (sel.length && !String(sel[0]).startsWith("g:")) showNode(String(sel[0]));
  }
  buildFilters();
  document.querySelectorAll("#scripts button").forEach((b) => b.addEventListener("click", () => setScript(Number(b.dataset.script))));
  document.getElementById("contested").addEventListener("click", () => setContested(!state.contested));
  document.getElementById("reset").addEventListener("click", () => { input.value = ""; results.hidden = true; resetFilters(); network.fit({ animation: false }); });
  document.getElementById("fit").addEventListener("click", () => network.fit({ animation: false }));
  status();

  const m = /^#node=(.+)$/.exec(location.hash);
  if (m && byId.has(decodeURIComponent(m[1]))) focusNode(decodeURIComponent(m[1]));

  Object.assign(api, {
    search: search, focusNode: focusNode, showEdge: showEdge, lodAuto: lodAuto, expand: expand, setScript: setScript, setContested: setContested, resetFilters: resetFilters, sync: sync,
    visibleNodeIds: () => nodesDS.getIds().map(String),
    drawnNodeCount: () => network.body.nodeIndices.length,
    contested: contested,
  });
  window.kgViewer = api;
})();

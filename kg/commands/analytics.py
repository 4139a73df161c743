"""`kg stats`, `kg path`, `kg contested`: network questions over the graph, printed as tables, CSV or JSON.

Thin: each command loads the graph (seeds/ by default, or RDF files given with --data), calls
`kg.analytics` and renders the answer. Errors are KgError subclasses, so the CLI prints a message, not a trace.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import click
import networkx as nx

from kg import analytics as A

_DATA_HELP = "RDF file(s) to analyse instead of building seeds/ (e.g. exports/kg.trig); repeatable."


def load_graph(root: Path, data: Sequence[Path]) -> tuple[nx.MultiDiGraph, str]:
    """The MultiDiGraph of the given RDF files, or of seeds/ built in memory (no validation, no exports)."""
    if data:
        from kg.loading import load_rdf_files

        return A.to_networkx(load_rdf_files(data)), ", ".join(str(p) for p in data)
    from kg.build import load_dataset

    return A.to_networkx(load_dataset(root / "seeds")[1]), f"{root / 'seeds'}"


def _graph(ctx: click.Context, data: Sequence[Path]) -> nx.MultiDiGraph:
    G, source = load_graph(ctx.obj["root"], data)
    A.require_nonempty(G, source)
    return G


# --------------------------------------------------------------------------------------------- rendering

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: object, limit: int = 60) -> str:
    text = A.summarise_float(value) if isinstance(value, float) else str(value)
    text = " ".join(text.split())
    if _width(text) > limit:
        out, w = "", 0
        for c in text:
            w += _width(c)
            if w > limit - 1:
                break
            out += c
        text = out + "…"
    return text


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 60) -> str:
    """A plain-text table aligned for CJK (full-width characters count as two columns)."""
    cells = [[_cell(h, limit) for h in headers]] + [[_cell(v, limit) for v in row] for row in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _counts(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items()) or "none"


def _buckets(histogram: dict[str, int]) -> str:
    """Degree histogram in powers of two: 1, 2, 3-4, 5-8 …"""
    out: dict[str, int] = {}
    for deg_text, n in histogram.items():
        deg = int(deg_text)
        if deg <= 2:
            key = str(deg)
        else:
            hi = 1 << (deg - 1).bit_length()
            key = f"{hi // 2 + 1}-{hi}"
        out[key] = out.get(key, 0) + n
    return ", ".join(f"{k}: {v}" for k, v in out.items())


def render_stats(s: dict) -> str:
    c = s["centrality"]
    lines = [
        f"graph: {s['nodes']} nodes, {s['edges']} edges, density {s['density']} (directed, parallel edges merged)",
        f"nodes by kind: {_counts(s['nodes_by_kind'])}",
        f"entities by category: {_counts(s['entities_by_category'])}",
        f"entities by type: {_counts(s['entities_by_type'])}",
        f"edges by kind: {_counts(s['edges_by_kind'])}",
        f"edges by relation: {_counts(s['edges_by_relation'])}",
        "",
        "per document:",
        table(["document", "title", "claims", "entities", "mentions", "actor rel.", "claim rel.", "cross-doc"],
              [[d, r["title"], r["claims"], r["entities_mentioned"], r["mentions"], r["actor_relations"],
                r["claim_relations"], r["cross_document_claim_relations"]] for d, r in s["per_document"].items()],
              limit=40),
        "",
        "per provenance: " + "; ".join(f"{p}: {r['nodes']} nodes, {r['edges']} edges"
                                       for p, r in s["per_provenance"].items()),
        f"degree (in + out, every edge): min {s['degree']['min']}, median {s['degree']['median']}, "
        f"mean {s['degree']['mean']}, max {s['degree']['max']}",
        f"  distribution: {_buckets(s['degree']['histogram'])}",
        f"weakly connected components: {s['components']['count']} (largest {s['components']['largest']}, "
        f"isolated {s['components']['isolated']}); without documents: "
        f"{s['components_without_documents']['count']} (largest {s['components_without_documents']['largest']}, "
        f"isolated {s['components_without_documents']['isolated']})",
        "",
        f"most central actors ({c['scope']}):",
    ]
    for name, title in (("degree", "degree (distinct neighbours)"),
                        ("betweenness", f"betweenness, {c['betweenness_method']}"),
                        ("pagerank", f"PageRank, {c['pagerank_method']}")):
        lines.append(f"  {title}")
        rows = [[i, r["label"], r["label_en"], r["id"], r["value"]] for i, r in enumerate(c[name], 1)]
        lines.extend("    " + line for line in table(["#", "label", "English", "id", name], rows, 40).splitlines())
    return "\n".join(lines)


def _name(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    if d.get("kind") == "claim":
        return f"[claim {n.split(':', 1)[1]}]"
    return f"{A.node_label(G, n)}"


def render_paths(G: nx.MultiDiGraph, a: str, b: str, paths: list[list[A.Hop]]) -> str:
    hops = len(paths[0])
    lines = [f"{len(paths)} shortest path{'s' if len(paths) != 1 else ''} of {hops} hop{'s' if hops != 1 else ''} "
             f"between {A.node_label(G, a)} ({a}) and {A.node_label(G, b)} ({b})"]
    for i, path in enumerate(paths, 1):
        lines.append("")
        lines.append(f"path {i}: " + " — ".join(_name(G, h.source) for h in path) + f" — {_name(G, path[-1].target)}")
        for hop in path:
            for e in hop.edges:
                lines.append(f"  {_name(G, e.source)} —{e.relation}→ {_name(G, e.target)}")
                if e.kind == "actor" and e.quote:
                    lines.append(f"      「{e.quote}」 ({e.document}, {e.provenance})")
                if e.rationale:
                    lines.append(f"      why: {e.rationale}")
        nodes = [path[0].source] + [h.target for h in path]
        for n in nodes:
            d = G.nodes[n]
            if d.get("kind") == "claim":
                speaker = d.get("speaker")
                who = A.node_label(G, speaker) if speaker in G else "unknown speaker"
                lines.append(f"  {_name(G, n)} 「{d.get('quote', '')}」 — {who} ({d.get('document', '')}, "
                             f"{d.get('provenance', '')})")
    return "\n".join(lines)


def _csv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(headers)
    w.writerows(rows)
    return out.getvalue().rstrip("\n")


RANK_COLUMNS = ["rank", "id", "counter_claims", "distinct_speakers", "cross_document", "refutes", "disputes",
                "qualifies", "supported_by", "speaker", "speaker_label", "document", "quote"]


def render_contested(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        return _csv(RANK_COLUMNS, [[r[c] for c in RANK_COLUMNS] for r in rows])
    if not rows:
        return "no claim has a counter-claim (refutes, disputes or qualifies)"
    return table(["#", "claim", "counter", "speakers", "cross-doc", "ref/dis/qual", "speaker", "quote"],
                 [[r["rank"], r["id"].split(":", 1)[1], r["counter_claims"], r["distinct_speakers"],
                   r["cross_document"], f"{r['refutes']}/{r['disputes']}/{r['qualifies']}", r["speaker_label"],
                   r["quote"]] for r in rows], limit=48)


def render_matrix(G: nx.MultiDiGraph, speakers: list[str], counts: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"speakers": [{"id": s, "label": A.node_label(G, s),
                                         "label_en": G.nodes[s].get("label_en", "")} for s in speakers],
                           "counts": [{"disputer": u, "disputed": v, "count": n} for (u, v), n in counts.items()]},
                          ensure_ascii=False, indent=1)
    labels = [A.node_label(G, s) for s in speakers]
    rows = [[labels[i], *(counts.get((u, v), 0) for v in speakers), sum(counts.get((u, v), 0) for v in speakers)]
            for i, u in enumerate(speakers)]
    if fmt == "csv":
        return _csv(["disputer \\ disputed", *labels, "total"], rows)
    if not speakers:
        return "no counter-relations between claims with speakers"
    header = "who disputes whom (row: speaker of the countering claim; column: speaker of the countered claim)"
    return header + "\n" + table(["disputer \\ disputed", *labels, "total"], rows, limit=24)


# --------------------------------------------------------------------------------------------- commands

_data_option = click.option("--data", "data", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
                            help=_DATA_HELP)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Central actors to list.")
@_data_option
@click.pass_context
def stats(ctx: click.Context, fmt: str, top: int, data: tuple[Path, ...]) -> None:
    """Counts, degrees, components, density and the most central actors (degree, betweenness, PageRank)."""
    result = A.stats(_graph(ctx, data), top=top)
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else render_stats(result))


@click.command()
@click.argument("source")
@click.argument("target")
@click.option("--limit", type=click.IntRange(1), default=5, show_default=True, help="Most paths to print.")
@click.option("--via-documents", is_flag=True,
              help="Also walk through documents (mentions, authorship): connects more, explains less.")
@_data_option
@click.pass_context
def path(ctx: click.Context, source: str, target: str, limit: int, via_documents: bool,
         data: tuple[Path, ...]) -> None:
    """Shortest paths between two entities named by any label or alias (either script), with quotes per hop."""
    G = _graph(ctx, data)
    a, b = A.find_entity(G, source), A.find_entity(G, target)
    kinds = A.PATH_KINDS | ({"mention", "document"} if via_documents else set())
    try:
        paths = A.shortest_paths(G, a, b, limit=limit, kinds=frozenset(kinds))
    except A.NoPathError as exc:
        if not via_documents:
            exc.message += "; try --via-documents to connect them through the documents that mention both"
        raise
    click.echo(render_paths(G, a, b, paths))


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--matrix", is_flag=True, help="Print the who-disputes-whom speaker matrix instead of the ranking.")
@click.option("--top", type=click.IntRange(1), default=None, help="Only the first N claims of the ranking.")
@_data_option
@click.pass_context
def contested(ctx: click.Context, fmt: str, matrix: bool, top: int | None, data: tuple[Path, ...]) -> None:
    """Claims ranked by counter-claims, distinct speakers and cross-document disputes; or who disputes whom."""
    G = _graph(ctx, data)
    if matrix:
        speakers, counts = A.dispute_matrix(G)
        click.echo(render_matrix(G, speakers, counts, fmt))
        return
    rows = A.contested_claims(G)
    click.echo(render_contested(rows[:top] if top else rows, fmt))


def register(main: click.Group) -> None:
    for command in (stats, path, contested):
        main.add_command(command)

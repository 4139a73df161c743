"""The interactive graph viewer: one offline HTML file (exports/graph.html) and filtered views of it.

Modules: `select` reads the drawable graph from the RDF dataset, `layout` places it (Python, seeded),
`safe` embeds untrusted text, `assets` reads vis-network from the installed pyvis, `page` writes HTML.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from kg.errors import UsageError
from kg.model import Corpus
from kg.viewer.page import render_html
from kg.viewer.select import ViewGraph, select_graph, subset, type_names

__all__ = ["export_files", "render_view", "EXPORT_NAME"]

EXPORT_NAME = "graph.html"


def export_files(ds: Dataset, corpus: Corpus | None = None) -> dict[str, str]:
    """Build hook: the whole graph as exports/graph.html."""
    return {EXPORT_NAME: render_html(select_graph(ds), title="kg")}


def render_view(ds: Dataset, docs: Iterable[str] = (), types: Iterable[str] = ()) -> str:
    """A page restricted to some documents and/or node types; unknown names are usage errors."""
    vg = select_graph(ds)
    docs, types = sorted(set(docs)), sorted(set(types))
    _check(vg, docs, types)
    return render_html(subset(vg, docs, types), title="kg", filters={"docs": docs, "types": types})


def _check(vg: ViewGraph, docs: list[str], types: list[str]) -> None:
    known_docs = sorted(d.id for d in vg.docs)
    for d in docs:
        if d not in known_docs:
            raise UsageError(f"--doc {d!r}: no such document; known: {', '.join(known_docs) or 'none'}")
    known_types = {t.lower() for t in type_names()}
    for t in types:
        if t.lower() not in known_types:
            raise UsageError(f"--type {t!r}: unknown type; use one of: {', '.join(type_names())}")

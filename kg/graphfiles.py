"""The graph as files other tools open: GraphML (yEd, igraph), GEXF (Gephi), Cytoscape.js JSON, Neo4j CSV.

Every writer starts from `kg.analytics.to_networkx`, so all files hold the same nodes and edges. networkx's
GraphML/GEXF writers reject list and None values, so `flat_graph` turns lists into "; "-joined strings and
drops None; CJK text is written as UTF-8 characters, not escapes. Nodes and edges are inserted sorted
(networkx writers follow insertion order) and GEXF's "last modified" date is removed, so the bytes are the
same on every run and every PYTHONHASHSEED.

Neo4j: `neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/relationships.csv`
(array properties use Neo4j's default `;` delimiter; add `--multiline-fields=true` if a quote spans lines).
"""

from __future__ import annotations

import csv
import io
import json
from xml.etree.ElementTree import ElementTree

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter
from rdflib import Graph

from kg.analytics import to_networkx

__all__ = ["LIST_SEPARATOR", "flat_graph", "to_graphml", "to_gexf", "to_cytoscape", "to_neo4j", "export_files"]

LIST_SEPARATOR = "; "


def _flat(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only str/int/float/bool attribute values, nodes and edges in sorted order."""
    F = nx.MultiDiGraph(name=G.graph.get("name", "kg"))
    for n in sorted(G.nodes):
        F.add_node(n, **{k: _flat(v) for k, v in sorted(G.nodes[n].items()) if v is not None})
    for u, v, key in sorted(G.edges(keys=True)):
        data = G.edges[u, v, key]
        F.add_edge(u, v, key=key, **{k: _flat(val) for k, val in sorted(data.items()) if val is not None})
    return F


class _GraphMLWriter(GraphMLWriter):
    """networkx writes booleans as Python's True/False; GraphML (XML Schema) wants true/false.

    networkx passes the value already as text ("False"), so the test is on the text, not its truth.
    """

    def add_data(self, name, element_type, value, scope="all", default=None):
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:
            element.text = "true" if str(value).lower() == "true" else "false"
        return element


def to_graphml(G: nx.MultiDiGraph) -> str:
    """GraphML with typed keys; edge ids are the graph's edge keys (unique, readable)."""
    F = flat_graph(G)
    writer = _GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(F)
    buf = io.BytesIO()
    writer.dump(buf)
    return buf.getvalue().decode("utf-8").rstrip("\n") + "\n"


def to_gexf(G: nx.MultiDiGraph) -> str:
    """GEXF 1.2 for Gephi: node and edge labels set, edge ids = edge keys, no volatile date."""
    F = flat_graph(G)
    for *_, key, d in F.edges(keys=True, data=True):
        d["id"] = key
        d["label"] = d.get("relation", "")
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(F)
    writer.indent(writer.xml)
    buf = io.BytesIO()
    ElementTree(writer.xml).write(buf, encoding="utf-8", xml_declaration=True)
    return buf.getvalue().decode("utf-8").rstrip("\n") + "\n"


def to_cytoscape(G: nx.MultiDiGraph) -> str:
    """Cytoscape.js / Cytoscape desktop `.cyjs`: {"elements": {"nodes": [{"data"}], "edges": [{"data"}]}}."""
    nodes = []
    for n in sorted(G.nodes):
        data = {k: v for k, v in sorted(G.nodes[n].items()) if v is not None}
        nodes.append({"data": {"id": n, "name": data.get("label", n), **data}})
    edges = []
    for u, v, key in sorted(G.edges(keys=True)):
        data = {k: val for k, val in sorted(G.edges[u, v, key].items()) if val is not None}
        edges.append({"data": {"id": key, "source": u, "target": v, "interaction": data.get("relation", ""),
                               **data}})
    doc = {
        "format_version": "1.0",
        "generated_by": "kg",
        "target_cytoscapejs_version": "~3.2",
        "data": {"name": G.graph.get("name", "kg"), "directed": True, "multigraph": True},
        "elements": {"nodes": nodes, "edges": edges},
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


_NEO4J_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _neo4j_columns(rows: list[dict]) -> list[tuple[str, str]]:
    """(property, neo4j type) for every property the rows use; lists become string[]."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for k, v in row.items():
            if v is None:
                continue
            t = "string[]" if isinstance(v, (list, tuple)) else _NEO4J_TYPES.get(type(v), "string")
            kinds.setdefault(k, set()).add(t)
    cols = []
    for k in sorted(kinds):
        ts = kinds[k]
        cols.append((k, next(iter(ts)) if len(ts) == 1 else ("double" if ts <= {"long", "double"} else "string")))
    return cols


def _neo4j_value(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        return ";".join(str(v) for v in value)
    if kind == "boolean":
        return "true" if value else "false"
    return str(value)


def _labels(d: dict) -> str:
    labels = [d.get("kind", "node").capitalize()]
    for extra in (d.get("category", ""), d.get("type", "")):
        name = extra[:1].upper() + extra[1:] if extra else ""
        if name and name not in labels:
            labels.append(name)
    return ";".join(labels)


def _rel_type(relation: str) -> str:
    return (relation or "RELATED").upper().replace("-", "_")


def to_neo4j(G: nx.MultiDiGraph) -> tuple[str, str]:
    """(nodes.csv, relationships.csv) for neo4j-admin import: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`."""
    node_rows = [dict(sorted(G.nodes[n].items())) for n in sorted(G.nodes)]
    ncols = [(k, t) for k, t in _neo4j_columns(node_rows) if k != "id"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id:ID", ":LABEL", *(f"{k}:{t}" for k, t in ncols)])
    for n, row in zip(sorted(G.nodes), node_rows, strict=True):
        w.writerow([n, _labels(row), *(_neo4j_value(row.get(k), t) for k, t in ncols)])
    nodes_csv = out.getvalue()

    edges = sorted(G.edges(keys=True))
    edge_rows = [{"id": key, **G.edges[u, v, key]} for u, v, key in edges]
    ecols = _neo4j_columns(edge_rows)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" for k, t in ecols)])
    for (u, v, _key), row in zip(edges, edge_rows, strict=True):
        w.writerow([u, v, _rel_type(row.get("relation", "")), *(_neo4j_value(row.get(k), t) for k, t in ecols)])
    return nodes_csv, out.getvalue()


def export_files(ds: Graph, corpus: object = None) -> dict[str, str]:
    """Build hook: the graph files written beside the RDF in exports/."""
    G = to_networkx(ds)
    nodes_csv, rels_csv = to_neo4j(G)
    return {
        "graph.graphml": to_graphml(G),
        "graph.gexf": to_gexf(G),
        "graph.cyjs.json": to_cytoscape(G),
        "neo4j/nodes.csv": nodes_csv,
        "neo4j/relationships.csv": rels_csv,
    }

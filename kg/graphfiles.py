"""The graph as files other tools open: GraphML (yEd, igraph), GEXF (Gephi), Cytoscape.js JSON, Neo4j CSV.

Every writer reads what `kg.analytics.to_networkx` holds (the build hook takes the same lists straight from
`kg.analytics.graph_records`, without building the graph), so all files hold the same nodes and edges. networkx's
GraphML/GEXF writers reject list and None values, so `flat_graph` turns lists into "; "-joined strings and
drops None; CJK text is written as UTF-8 characters, not escapes. Nodes and edges are inserted sorted
(networkx writers follow insertion order) and GEXF's "last modified" date is removed, so the bytes are the
same on every run and every PYTHONHASHSEED. GraphML and GEXF are written as joined strings with the exact bytes
networkx's writers give (those are ~6x slower and stay as the tests' reference and the fallback).

Neo4j: `neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/relationships.csv`
(array properties use Neo4j's default `;` delimiter; add `--multiline-fields=true` if a quote spans lines).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable
from itertools import chain
from json.encoder import encode_basestring
from xml.etree.ElementTree import ElementTree

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter
from rdflib import Dataset, Graph

from kg.analytics import graph_from_records, graph_records
from kg.quads import QuadDataset

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


# --- GraphML and GEXF as streamed strings -------------------------------------------------------------------
#
# networkx's writers build an xml.etree tree and serialise it in pure Python (~80 µs per element), which took
# ~15-20 s per file at 1,000 documents. The writers below join pre-escaped strings instead and produce the same
# bytes: same element and attribute order, ids, indentation, declaration and escaping as ElementTree. The
# networkx path is kept (`_graphml_networkx`, `_gexf_networkx`) as the reference the tests compare with, and
# as the fallback for inputs the streamed writers do not model (non-plain value types, GEXF's dynamic/viz
# keys), so those keep networkx's behaviour, errors included.

_FlatNode = tuple[object, dict]
_FlatEdge = tuple[object, object, object, dict]


class _Unsupported(Exception):
    """The graph uses something only the networkx writers handle (why: keep their exact behaviour there)."""


_Records = tuple[object, list[_FlatNode], list[_FlatEdge]]


def _records(G: nx.MultiDiGraph) -> _Records:
    """(graph name, nodes, edges) of a multigraph, the way every writer reads it: nodes sorted, edges sorted by
    (source, target, key), attributes sorted by name (None kept: each writer drops it as it always did).

    `kg.analytics.graph_records` gives the same lists straight from the dataset (attributes never None).
    """
    if not G.is_multigraph():
        raise TypeError("the graph writers take a MultiGraph or MultiDiGraph (kg.analytics.to_networkx)")
    node_attrs = G.nodes
    return (G.graph.get("name", "kg"), [(n, dict(sorted(node_attrs[n].items()))) for n in sorted(G.nodes)],
            [(u, v, key, dict(sorted(data.items()))) for u, v, key, data in _sorted_edges(G)])


def _flat_parts(G: nx.MultiDiGraph) -> tuple[object, list[_FlatNode], list[_FlatEdge]]:
    """(graph name, nodes, edges) exactly as `flat_graph` would hold them, without building a graph.

    Why: building the networkx copy costs more than writing the file. Order: nodes sorted, edges sorted by
    (source, target, key), attributes sorted by name with None dropped, which is `flat_graph`'s iteration order.
    """
    return _flat_records(*_records(G))


def _flat_records(name: object, nodes: list[_FlatNode], edges: list[_FlatEdge]) -> tuple[object, list[_FlatNode],
                                                                                         list[_FlatEdge]]:
    """`_records` with lists and dicts flattened to strings and None dropped (see `_flat_parts`)."""
    plain = _PLAIN
    return (name,
            [(n, {k: v if type(v) in plain else _flat(v) for k, v in d.items() if v is not None}) for n, d in nodes],
            [(u, v, key, {k: val if type(val) in plain else _flat(val) for k, val in d.items() if val is not None})
             for u, v, key, d in edges])


_PLAIN = frozenset({str, int, float, bool})


def _sorted_edges(G: nx.MultiDiGraph):
    """(u, v, key, data) in sorted (u, v, key) order; nested sorts of the adjacency are cheaper than one big sort."""
    if not G.is_directed():
        yield from sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        return
    succ = G.succ
    for u in sorted(succ):
        nbrs = succ[u]
        for v in sorted(nbrs):
            keydict = nbrs[v]
            for key in sorted(keydict):
                yield u, v, key, keydict[key]


# `flat_graph` passes attributes as keyword arguments, so these names fail there; let networkx raise as before.
_ADD_NODE_ARGS = frozenset({"node_for_adding"})
_ADD_EDGE_ARGS = frozenset({"u_for_edge", "v_for_edge", "key"})

_SPECIAL_TEXT = re.compile(r"[&<>\ud800-\udfff]").search
_SPECIAL_ATTR = re.compile(r"[&<>\"\r\n\t\ud800-\udfff]").search


def _charrefs(text: str) -> str:
    """Lone surrogates as &#N; references, as ElementTree's utf-8 writer does (errors="xmlcharrefreplace")."""
    return text.encode("utf-8", "xmlcharrefreplace").decode("utf-8")


def _escape_text(text: str) -> str:
    """Element text escaped as ElementTree does (&, <, > only)."""
    if _SPECIAL_TEXT(text) is None:
        return text
    return _charrefs(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _escape_attr(text: str) -> str:
    """Attribute value escaped as ElementTree does (also quotes, CR, LF and tab as character references)."""
    if _SPECIAL_ATTR(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    text = text.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
    return _charrefs(text)


class _Escaper(dict):
    """Memoised escaping: node ids, kinds, documents and relations repeat thousands of times."""

    def __init__(self, escape) -> None:
        super().__init__()
        self.escape = escape

    def __missing__(self, text: str) -> str:
        value = self[text] = self.escape(text)
        return value


# Python type -> declared type, as networkx maps them (its tables also hold numpy types; those fall back).
_GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_GEXF_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_GEXF_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}
_XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_GRAPHML_OPEN = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
_GEXF_OPEN = ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
              'version="1.2">\n')


def _graphml_stream(name: object, nodes: list[_FlatNode], edges: list[_FlatEdge]) -> str:
    """GraphML as networkx's GraphMLWriter (prettyprint, key ids d0.. by first use) writes it, bools true/false.

    Key ids are numbered in order of first use (graph, then nodes, then edges; one key per name, type and
    scope, so an attribute with int and float values gets two keys) and declared newest first, as networkx
    inserts each new key at the top. The graph's own data follows its nodes and edges.
    """
    attr = _Escaper(_escape_attr)
    text = _Escaper(_escape_text)
    keys: list[str] = []  # declarations, oldest first
    prefixes: dict[tuple[str, str, type], str] = {}  # (scope, name, type) -> "<data key=...>" with indentation

    def new_key(scope: str, k: object, t: type, indent: str) -> str:
        if t not in _GRAPHML_TYPES or type(k) is not str:
            raise _Unsupported(k)
        kid = f"d{len(keys)}"
        keys.append(f'  <key id="{kid}" for="{scope}" attr.name="{attr[k]}" attr.type="{_GRAPHML_TYPES[t]}" />\n')
        prefix = prefixes[(scope, k, t)] = f'{indent}<data key="{kid}"'
        return prefix

    def data(out: list[str], scope: str, d: dict, indent: str) -> None:
        for k, v in d.items():
            t = type(v)
            prefix = prefixes.get((scope, k, t)) or new_key(scope, k, t, indent)
            if t is str:
                out.append(f"{prefix}>{text[v]}</data>\n" if v else f"{prefix} />\n")
            elif t is bool:
                out.append(f"{prefix}>true</data>\n" if v else f"{prefix}>false</data>\n")
            else:
                out.append(f"{prefix}>{v}</data>\n")

    graph_data = {"name": name}
    graph_tail: list[str] = []
    data(graph_tail, "graph", graph_data, "    ")
    body: list[str] = []
    for n, d in nodes:
        if d:
            if not _ADD_NODE_ARGS.isdisjoint(d):
                raise _Unsupported(n)
            body.append(f'    <node id="{attr[str(n)]}">\n')
            data(body, "node", d, "      ")
            body.append("    </node>\n")
        else:
            body.append(f'    <node id="{attr[str(n)]}" />\n')
    for u, v, key, d in edges:
        head = f'    <edge source="{attr[str(u)]}" target="{attr[str(v)]}" id="{attr[str(key)]}"'
        if d:
            if not _ADD_EDGE_ARGS.isdisjoint(d):
                raise _Unsupported(key)
            body.append(head + ">\n")
            data(body, "edge", d, "      ")
            body.append("    </edge>\n")
        else:
            body.append(head + " />\n")
    return "".join([_XML_DECLARATION, _GRAPHML_OPEN, *reversed(keys), '  <graph edgedefault="directed">\n', *body,
                    *graph_tail, "  </graph>\n</graphml>\n"])


# GEXF keys networkx turns into XML attributes or dynamic/visual elements; only the simple ones are streamed.
_GEXF_NODE_FALLBACK = frozenset({"start", "end", "parents", "spells", "viz"}) | _ADD_NODE_ARGS
_GEXF_EDGE_FALLBACK = frozenset({"start", "end", "spells", "viz"}) | _ADD_EDGE_ARGS
_GEXF_NODE_OWN = frozenset({"id", "label", "pid"})
_GEXF_EDGE_OWN = frozenset({"id", "label", "weight", "type"})


def _gexf_stream(name: object, nodes: list[_FlatNode], edges: list[_FlatEdge]) -> str:
    """GEXF 1.2draft as networkx's GEXFWriter writes `to_gexf`'s graph (edge id = key, label = relation).

    Attribute ids count up in order of first use (nodes before edges); an attribute's declared type is that of
    its first value. The edge attribute block precedes the node block (networkx inserts each at the top), and
    every edge ends with its key as `networkx_key`. The meta element has no lastmodifieddate.
    """
    if type(name) is not str:
        raise _Unsupported(name)
    attr = _Escaper(_escape_attr)
    declared: dict[str, list[str]] = {"node": [], "edge": []}
    by_title: dict[tuple[str, str], str] = {}  # (class, title) -> '<attvalue for="id" value="' with indentation
    prefixes: dict[tuple[str, str, type], str] = {}  # (class, name, value type) -> the same, checked once

    def new_attr(cls: str, k: object, t: type) -> str:
        if t not in _GEXF_TYPES or type(k) is not str:
            raise _Unsupported(k)
        title = "networkx_key" if k == "key" else k
        prefix = by_title.get((cls, title))
        if prefix is None:
            aid = str(len(by_title))
            declared[cls].append(f'      <attribute id="{aid}" title="{attr[title]}" type="{_GEXF_TYPES[t]}" />\n')
            prefix = by_title[(cls, title)] = f'          <attvalue for="{aid}" value="'
        prefixes[(cls, k, t)] = prefix
        return prefix

    def attvalues(out: list[str], cls: str, items) -> None:
        out.append("        <attvalues>\n")
        for k, v in items:
            t = type(v)
            prefix = prefixes.get((cls, k, t)) or new_attr(cls, k, t)
            if t is str:
                value = attr[v]
            elif t is bool:
                value = "true" if v else "false"
            elif t is float:
                value = str(v)
                value = _GEXF_FLOATS.get(value, value)
            else:
                value = str(v)
            out.append(f'{prefix}{value}" />\n')
        out.append("        </attvalues>\n")

    gexf_id: dict[object, str] = {}  # nodes whose "id" attribute replaces their name in the file
    body = ["    <nodes>\n"] if nodes else ["    <nodes />\n"]
    for n, d in nodes:
        if not _GEXF_NODE_FALLBACK.isdisjoint(d):
            raise _Unsupported(n)
        if "id" in d:
            node_id = gexf_id[n] = str(d["id"])
        else:
            node_id = str(n)
        head = f'      <node id="{attr[node_id]}" label="{attr[str(d["label"] if "label" in d else n)]}"'
        if "pid" in d:
            head += f' pid="{attr[str(d["pid"])]}"'
        rest = [(k, v) for k, v in d.items() if k not in _GEXF_NODE_OWN]
        if rest:
            body.append(head + ">\n")
            attvalues(body, "node", rest)
            body.append("      </node>\n")
        else:
            body.append(head + " />\n")
    if nodes:
        body.append("    </nodes>\n")
    body.append("    <edges>\n" if edges else "    <edges />\n")
    for u, v, key, d in edges:
        if not _GEXF_EDGE_FALLBACK.isdisjoint(d):
            raise _Unsupported(key)
        source = gexf_id[u] if u in gexf_id else str(u)
        target = gexf_id[v] if v in gexf_id else str(v)
        head = (f'      <edge source="{attr[source]}" target="{attr[target]}" id="{attr[str(key)]}" '
                f'label="{attr[str(d.get("relation", ""))]}"')
        if "weight" in d:
            head += f' weight="{attr[str(d["weight"])]}"'
        if "type" in d:
            head += f' type="{attr[str(d["type"])]}"'
        body.append(head + ">\n")
        items = [(k, val) for k, val in d.items() if k not in _GEXF_EDGE_OWN]
        items.append(("key", key))
        attvalues(body, "edge", items)
        body.append("      </edge>\n")
    if edges:
        body.append("    </edges>\n")
    blocks = []
    for cls in ("edge", "node"):
        if declared[cls]:
            blocks += [f'    <attributes mode="static" class="{cls}">\n', *declared[cls], "    </attributes>\n"]
    creator = _escape_text(f"NetworkX {nx.__version__}")
    return "".join([_XML_DECLARATION, _GEXF_OPEN, f"  <meta>\n    <creator>{creator}</creator>\n  </meta>\n",
                    f'  <graph defaultedgetype="directed" mode="static" name="{attr[name]}">\n', *blocks, *body,
                    "  </graph>\n</gexf>\n"])


def to_graphml(G: nx.MultiDiGraph) -> str:
    """GraphML with typed keys; edge ids are the graph's edge keys (unique, readable)."""
    return _graphml_from(lambda: G, _flat_parts(G))


def to_gexf(G: nx.MultiDiGraph) -> str:
    """GEXF 1.2 for Gephi: node and edge labels set, edge ids = edge keys, no volatile date."""
    return _gexf_from(lambda: G, _flat_parts(G))


def _graphml_from(graph: Callable[[], nx.MultiDiGraph], parts: tuple) -> str:
    """The streamed GraphML of `parts`, or networkx's of `graph()` for what the stream does not model."""
    try:
        return _graphml_stream(*parts)
    except _Unsupported:
        return _graphml_networkx(graph())


def _gexf_from(graph: Callable[[], nx.MultiDiGraph], parts: tuple) -> str:
    try:
        return _gexf_stream(*parts)
    except _Unsupported:
        return _gexf_networkx(graph())


class _GraphMLWriter(GraphMLWriter):
    """networkx writes booleans as Python's True/False; GraphML (XML Schema) wants true/false.

    networkx passes the value already as text ("False"), so the test is on the text, not its truth.
    """

    def add_data(self, name, element_type, value, scope="all", default=None):
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:
            element.text = "true" if str(value).lower() == "true" else "false"
        return element


def _graphml_networkx(G: nx.MultiDiGraph) -> str:
    """Reference GraphML through networkx + ElementTree: the streamed writer's bytes must equal these."""
    F = flat_graph(G)
    writer = _GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(F)
    buf = io.BytesIO()
    writer.dump(buf)
    return buf.getvalue().decode("utf-8").rstrip("\n") + "\n"


def _gexf_networkx(G: nx.MultiDiGraph) -> str:
    """Reference GEXF through networkx + ElementTree: the streamed writer's bytes must equal these."""
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
    return _cytoscape(*_records(G))


def _cytoscape_data(nodes: list[_FlatNode], edges: list[_FlatEdge]) -> tuple[list[dict], list[dict]]:
    """The `data` object of every node and edge element (None left out)."""
    node_data = []
    for n, d in nodes:
        data = {k: v for k, v in d.items() if v is not None}
        node_data.append({"id": n, "name": data.get("label", n), **data})
    edge_data = []
    for u, v, key, d in edges:
        data = {k: val for k, val in d.items() if val is not None}
        edge_data.append({"id": key, "source": u, "target": v, "interaction": data.get("relation", ""), **data})
    return node_data, edge_data


def _cytoscape_doc(name: object, nodes: list[_FlatNode], edges: list[_FlatEdge]) -> dict:
    """The `.cyjs` document: `json.dumps(doc, ensure_ascii=False, indent=1)` + newline is the file."""
    node_data, edge_data = _cytoscape_data(nodes, edges)
    return {
        "format_version": "1.0",
        "generated_by": "kg",
        "target_cytoscapejs_version": "~3.2",
        "data": {"name": name, "directed": True, "multigraph": True},
        "elements": {"nodes": [{"data": d} for d in node_data], "edges": [{"data": d} for d in edge_data]},
    }


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})
_STR = frozenset({str})


@functools.cache
def _json_items(pad: str) -> Callable[[object], str]:
    """The C encoder with items on their own lines indented by `pad` (for a dict or list of scalars only)."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + pad, ": ")).encode


def _flat_json_dict(d: object) -> bool:
    """A non-empty dict of string keys and scalar values (what the C encoder lays out with `_json_items`)."""
    return (type(d) is dict and bool(d) and _STR.issuperset(map(type, d))
            and _JSON_SCALARS.issuperset(map(type, d.values())))


def _json_indented(value: object, pad: str) -> str:
    """`value` as json.dumps(indent=1, ensure_ascii=False) writes it on a line indented by `pad`.

    Why: with `indent`, json uses its pure-Python encoder. A dict or list of scalars is the C encoder's text
    with each item on its own line (its item separator carries the newline and indentation); nesting is laid
    out here. Anything else (tuples, non-string keys, other types) goes through json.dumps, whose lines only
    need the deeper indentation (JSON strings never hold a raw newline).
    """
    t = type(value)
    if t is str:
        return encode_basestring(value)
    inner = pad + " "
    if t is dict and value and _STR.issuperset(map(type, value)):
        if _JSON_SCALARS.issuperset(map(type, value.values())):
            return "{\n" + inner + _json_items(inner)(value)[1:-1] + "\n" + pad + "}"
        items = [f"{inner}{encode_basestring(k)}: {_json_indented(x, inner)}" for k, x in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if t is list and value:
        if _JSON_SCALARS.issuperset(map(type, value)):
            return "[\n" + inner + _json_items(inner)(value)[1:-1] + "\n" + pad + "]"
        return "[\n" + ",\n".join([inner + _json_indented(x, inner) for x in value]) + "\n" + pad + "]"
    if t in _JSON_SCALARS:
        return _json_items(inner)(value)
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + pad)


def _json_data_elements(datas: list[dict], pad: str) -> str:
    """`[{"data": d}, …]` as json.dumps(indent=1) writes it on a line indented by `pad`.

    When every d is flat (`_flat_json_dict`), one C encoder call writes all of them, items one per line; the
    only `},<newline>{` in that text are the boundaries between two dicts (a scalar never ends in `}`), which
    become the wrapping element's lines. Otherwise element by element.
    """
    if not datas:
        return "[]"
    p1, p2, p3 = pad + " ", pad + "  ", pad + "   "
    open_element = f'{p1}{{\n{p2}"data": '
    if all(map(_flat_json_dict, datas)):
        text = _json_items(p3)(datas)[2:-2]  # without the list's "[{" and "}]"
        text = text.replace(f"}},\n{p3}{{", f"\n{p2}}}\n{p1}}},\n{open_element}{{\n{p3}")
        return f"[\n{open_element}{{\n{p3}{text}\n{p2}}}\n{p1}}}\n{pad}]"
    items = [f"{open_element}{_json_indented(d, p2)}\n{p1}}}" for d in datas]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def _cytoscape(name: object, nodes: list[_FlatNode], edges: list[_FlatEdge]) -> str:
    """The `.cyjs` text, byte for byte json.dumps(_cytoscape_doc(...), ensure_ascii=False, indent=1) + newline.

    Why not json.dumps: with `indent` it takes the pure-Python encoder, ~2 s at 500 documents.
    """
    node_data, edge_data = _cytoscape_data(nodes, edges)
    head = json.dumps({"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3.2",
                       "data": {"name": name, "directed": True, "multigraph": True}}, ensure_ascii=False, indent=1)
    return (head[:-2] + ',\n "elements": {\n  "nodes": ' + _json_data_elements(node_data, "  ")
            + ',\n  "edges": ' + _json_data_elements(edge_data, "  ") + "\n }\n}\n")


_NEO4J_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _neo4j_columns(rows: list[dict]) -> list[tuple[str, str]]:
    """(property, neo4j type) for every property the rows use; lists become string[]."""
    return _neo4j_typed_columns(rows)[0]


def _neo4j_typed_columns(rows: list[dict]) -> tuple[list[tuple[str, str]], set[str]]:
    """`_neo4j_columns`, and the properties whose values are all str, int or float (or None): those the csv
    module writes exactly as `_neo4j_value` would, so they need no conversion per cell."""
    pairs = set(chain.from_iterable(zip(row.keys(), map(type, row.values()), strict=True) for row in rows))
    kinds: dict[str, set[str]] = {}
    other: set[str] = set()
    for k, t in pairs:
        if t is _NONE_TYPE:
            continue
        if t not in _CSV_PLAIN:
            other.add(k)
        kinds.setdefault(k, set()).add("string[]" if issubclass(t, (list, tuple)) else _NEO4J_TYPES.get(t, "string"))
    cols = []
    for k in sorted(kinds):
        ts = kinds[k]
        cols.append((k, next(iter(ts)) if len(ts) == 1 else ("double" if ts <= {"long", "double"} else "string")))
    return cols, set(kinds) - other


_NONE_TYPE = type(None)
_CSV_PLAIN = frozenset({str, int, float})


def _neo4j_cells(rows: list[dict], cols: list[tuple[str, str]], plain: set[str]):
    """Each row's cells in column order: None -> "" (as the csv module writes it), others by `_neo4j_value`."""
    names = [k for k, _ in cols]
    convert = [(i, kind) for i, (k, kind) in enumerate(cols) if k not in plain]
    for row in rows:
        cells = list(map(row.get, names))
        for i, kind in convert:
            cells[i] = _neo4j_value(cells[i], kind)
        yield cells


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
    _, nodes, edges = _records(G)
    return _neo4j(nodes, edges)


def _neo4j(nodes: list[_FlatNode], edges: list[_FlatEdge]) -> tuple[str, str]:
    node_rows = [d for _, d in nodes]
    ncols, plain = _neo4j_typed_columns(node_rows)
    ncols = [(k, t) for k, t in ncols if k != "id"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id:ID", ":LABEL", *(f"{k}:{t}" for k, t in ncols)])
    w.writerows([n, _labels(row), *cells]
                for (n, row), cells in zip(nodes, _neo4j_cells(node_rows, ncols, plain), strict=True))
    nodes_csv = out.getvalue()

    edge_rows = [{"id": key, **d} for _, _, key, d in edges]
    ecols, plain = _neo4j_typed_columns(edge_rows)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" for k, t in ecols)])
    w.writerows([u, v, _rel_type(row.get("relation", "")), *cells]
                for (u, v, _, _), row, cells in zip(edges, edge_rows, _neo4j_cells(edge_rows, ecols, plain),
                                                    strict=True))
    return nodes_csv, out.getvalue()


def export_files(ds: QuadDataset | Dataset | Graph, corpus: object = None) -> dict[str, str]:
    """Build hook: the graph files written beside the RDF in exports/.

    Written from `graph_records` (what `to_networkx` would hold) without building the networkx graph, which
    is made only if a writer has to fall back to networkx's own.
    """
    nodes, edges = graph_records(ds)
    graph = functools.cache(lambda: graph_from_records(nodes, edges))
    nodes_csv, rels_csv = _neo4j(nodes, edges)
    parts = _flat_records("kg", nodes, edges)
    return {
        "graph.graphml": _graphml_from(graph, parts),
        "graph.gexf": _gexf_from(graph, parts),
        "graph.cyjs.json": _cytoscape("kg", nodes, edges),
        "neo4j/nodes.csv": nodes_csv,
        "neo4j/relationships.csv": rels_csv,
    }

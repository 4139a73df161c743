"""Is the graph valid? pySHACL against shapes.ttl, then every anchor's quote against its document's text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from itertools import compress
from operator import itemgetter

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph, Namespace, URIRef

from kg.namespaces import KGO, OA, SCHEMA
from kg.quads import QuadDataset
from kg.rdf import ONTOLOGY_GRAPH

EXTRACTED_PREFIX = "https://w3id.org/kgcn/graph/extracted/"

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    node: str
    rule: str
    message: str
    source: str  # the file (and line) the offending statement came from, when known

    def __str__(self) -> str:
        return f"{self.source or '?'}: {self.node}: {self.rule}: {self.message}"


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    checked_anchors: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        if self.conforms:
            return f"valid: SHACL conforms, {self.checked_anchors} quotes match their texts"
        lines = [str(v) for v in self.violations]
        return "\n".join(lines + [f"invalid: {len(self.violations)} violation(s)"])


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=resources.files("kg").joinpath("data/shapes.ttl").read_text("utf-8"), format="turtle")
    return g


def _source_of(g: Graph, node, origins: dict[str, str]) -> str:
    if str(node) in origins:
        return origins[str(node)]
    default = origins.get("", "")
    for doc in g.objects(node, KGO.inDocument):
        for f in g.objects(doc, KGO.sourceFile):
            return str(f)
    for f in g.objects(node, KGO.sourceFile):
        return str(f)
    return default


def _short(node) -> str:
    text = str(node)
    return text.split("/id/", 1)[-1] if "/id/" in text else text


Parts = tuple[dict[str, str], dict[tuple[str, str], dict[str, str]]]  # doc -> text, (node, anchor) -> parts


def _parts_from_rows(ds: QuadDataset) -> Parts:
    """Every document's text and every anchor's parts (source, exact, start, end, file), in one pass over the
    rows (what a SPARQL join over the union of the graphs would give, without filling a store)."""
    k = {name: ds.key(term) for name, term in (
        ("anchor", KGO.anchor), ("source", OA.hasSource), ("selector", OA.hasSelector), ("exact", OA.exact),
        ("start", OA.start), ("end", OA.end), ("doc", KGO.inDocument), ("file", KGO.sourceFile),
        ("text", SCHEMA.text), ("Document", KGO.Document))}
    wanted = {v: name for name, v in k.items() if name != "Document"}
    objs: dict[str, dict[str, list[str]]] = {name: defaultdict(list) for name in wanted.values()}
    rows = ds.rows()
    # only the rows of the wanted predicates reach Python code (chosen at C speed: ~40% of all rows)
    for _, s, _, p, o in compress(rows, map(wanted.__contains__, map(itemgetter(3), rows))):
        objs[wanted[p]][s].append(o)
    documents = {row[1] for row in compress(rows, map(k["Document"].__eq__, map(itemgetter(4), rows)))
                 if not row[2]}

    def value(key: str) -> str:
        return ds.term(key).value if key[0] == '"' else key[1:-1]

    texts = {d[1:-1]: value(t) for d in sorted(documents) for t in objs["text"].get(d, ())}
    anchors: dict[tuple[str, str], dict[str, str]] = {}
    source_of, selectors_of, doc_of, file_of = objs["source"], objs["selector"], objs["doc"], objs["file"]
    selector_parts = [(part, objs[part]) for part in ("exact", "start", "end")]
    for node, targets in objs["anchor"].items():
        files = [f for doc in doc_of.get(node, ()) for f in file_of.get(doc, ())]
        for a in targets:
            parts = anchors[(node[1:-1], a[1:-1])] = {}
            src = source_of.get(a)
            if src:
                parts["source"] = value(src[-1])
            for sel in selectors_of.get(a, ()):
                for part, values in selector_parts:
                    got = values.get(sel)
                    if got:
                        parts[part] = value(got[-1])
            if files:
                parts["file"] = value(files[-1])
    return texts, anchors


def check_quotes(data: QuadDataset, origins: dict[str, str]) -> tuple[list[Violation], int]:
    """Every anchor's exact text must equal its document's text at its offsets: a mismatch is an error."""
    texts, anchors = _parts_from_rows(data)
    out, default = [], origins.get("", "")
    for (node, _), parts in sorted(anchors.items()):
        src = origins.get(node) or parts.get("file") or default
        text = texts.get(parts.get("source", ""))
        missing = [p for p in ("source", "exact", "start", "end") if p not in parts]
        if missing:
            out.append(Violation(_short(node), "quote-check", f"anchor lacks {', '.join(missing)}", src))
            continue
        if text is None:
            out.append(Violation(_short(node), "quote-check", "anchor's source document has no text", src))
            continue
        exact = parts["exact"]
        try:
            s, e = int(parts["start"]), int(parts["end"])
        except ValueError:
            out.append(Violation(_short(node), "quote-check", "anchor offsets are not integers", src))
            continue
        if not (0 <= s < e <= len(text)):
            out.append(Violation(_short(node), "quote-check",
                                 f"offsets {s}-{e} fall outside the text (length {len(text)})", src))
        elif text[s:e] != exact:
            out.append(Violation(_short(node), "quote-check",
                                 f"quote {exact!r} does not match the text at {s}-{e}: {text[s:e]!r}", src))
    return out, len(anchors)


def shacl_violations(g: Graph, origins: dict[str, str]) -> list[Violation]:
    """pySHACL over `g`, each result turned into node, rule, message and the file it came from."""
    conforms, results, _ = shacl_validate(g, shacl_graph=shapes_graph(), inference="none",
                                          allow_warnings=True, advanced=True)
    out: list[Violation] = []
    if not conforms:
        seen = set()
        for res in results.subjects(RDF.type, SH.ValidationResult):
            focus = next(iter(results.objects(res, SH.focusNode)), None)
            path = next(iter(results.objects(res, SH.resultPath)), None)
            shape = next(iter(results.objects(res, SH.sourceShape)), None)
            comp = next(iter(results.objects(res, SH.sourceConstraintComponent)), None)
            msg = next(iter(results.objects(res, SH.resultMessage)), None)
            rule = str(comp).rsplit("#", 1)[-1] if comp else "shacl"
            if path is not None and isinstance(path, URIRef):
                rule = f"{g.namespace_manager.normalizeUri(path)} {rule}"
            elif isinstance(shape, URIRef):
                rule = f"{str(shape).rsplit('#', 1)[-1]} {rule}"
            v = Violation(_short(focus), rule, str(msg or "violates the shapes"), _source_of(g, focus, origins))
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def _report(shacl: list[Violation], quotes: tuple[list[Violation], int]) -> Report:
    report = Report(violations=shacl + quotes[0], checked_anchors=quotes[1])
    report.violations.sort(key=lambda v: (v.source, v.node, v.rule, v.message))
    return report


def validate_graph(g: Graph, origins: dict[str, str] | None = None, default_source: str = "") -> Report:
    """SHACL over `g` (e.g. loaded RDF files) plus quote checks; `origins` maps IRIs to file:line."""
    origins = {**(origins or {}), "": default_source}
    return _report(shacl_violations(g, origins),
                   check_quotes(QuadDataset.from_rdflib(g), origins))


def shacl_dataset(ds: QuadDataset, origins: dict[str, str] | None = None,
                  include_extracted: bool = True) -> list[Violation]:
    """pySHACL over every named graph but the ontology (and, if asked, but the extracted ones)."""
    def keep(name: str) -> bool:
        return name != str(ONTOLOGY_GRAPH) and (include_extracted or not name.startswith(EXTRACTED_PREFIX))

    return shacl_violations(ds.rdflib_graph(keep), {**(origins or {}), "": ""})


def validate_dataset(ds: QuadDataset, origins: dict[str, str] | None = None, shacl_extracted: bool = True,
                     shacl: list[Violation] | None = None) -> Report:
    """SHACL over the dataset and quote checks over every anchor.

    With `shacl_extracted=False` (what `kg build` does) the extracted graphs skip pySHACL, whose cost grows
    faster than the corpus: they are built only from facts that pass the same rules (kg.extracted) and
    their quotes are still checked. `kg validate` runs the shapes over everything. `shacl`: the SHACL
    violations when they were already found (the build runs pySHACL while extraction runs).
    """
    if shacl is None:
        shacl = shacl_dataset(ds, origins, include_extracted=shacl_extracted)
    return _report(list(shacl), check_quotes(ds, {**(origins or {}), "": ""}))

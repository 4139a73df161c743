"""Is the graph valid? pySHACL against shapes.ttl, then every anchor's quote against its document's text."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, Namespace, URIRef

from kg.namespaces import KGO, OA, SCHEMA
from kg.rdf import ONTOLOGY_GRAPH

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


def data_graph(ds: Dataset) -> Graph:
    """Every named graph but the ontology, as one graph (the shapes do not rely on inference)."""
    g = Graph()
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        name = getattr(ctx, "identifier", ctx)
        if name != ONTOLOGY_GRAPH:
            g.add((s, p, o))
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


def check_quotes(g: Graph, origins: dict[str, str]) -> tuple[list[Violation], int]:
    """Every anchor's exact text must equal its document's text at its offsets: a mismatch is an error."""
    out, count = [], 0
    texts = {doc: str(t) for doc, t in g.subject_objects(SCHEMA.text) if (doc, RDF.type, KGO.Document) in g}
    for node, target in sorted(g.subject_objects(KGO.anchor)):
        count += 1
        src = _source_of(g, node, origins)
        doc = next(iter(g.objects(target, OA.hasSource)), None)
        text = texts.get(doc)
        exact = start = end = None
        for sel in g.objects(target, OA.hasSelector):
            exact = next(iter(g.objects(sel, OA.exact)), exact)
            start = next(iter(g.objects(sel, OA.start)), start)
            end = next(iter(g.objects(sel, OA.end)), end)
        if text is None:
            out.append(Violation(_short(node), "quote-check", "anchor's source document has no text", src))
            continue
        if exact is None or start is None or end is None:
            continue  # SHACL reports the missing selector
        s, e = int(start), int(end)
        if not (0 <= s < e <= len(text)):
            out.append(Violation(_short(node), "quote-check",
                                 f"offsets {s}-{e} fall outside the text (length {len(text)})", src))
        elif text[s:e] != str(exact):
            out.append(Violation(_short(node), "quote-check",
                                 f"quote {str(exact)!r} does not match the text at {s}-{e}: {text[s:e]!r}", src))
    return out, count


def validate_graph(g: Graph, origins: dict[str, str] | None = None, default_source: str = "") -> Report:
    """SHACL plus quote checks over a data graph; `origins` maps node IRIs to the curation file:line."""
    origins = origins or {}
    conforms, results, _ = shacl_validate(g, shacl_graph=shapes_graph(), inference="none",
                                          allow_warnings=True, advanced=True)
    origins = {**origins, "": default_source}
    report = Report()
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
                report.violations.append(v)
    quote_violations, report.checked_anchors = check_quotes(g, origins)
    report.violations.extend(quote_violations)
    report.violations.sort(key=lambda v: (v.source, v.node, v.rule, v.message))
    return report


def validate_dataset(ds: Dataset, origins: dict[str, str] | None = None) -> Report:
    return validate_graph(data_graph(ds), origins)

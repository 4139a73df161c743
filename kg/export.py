"""Deterministic, atomic serialisation of the dataset: same input, same bytes; a failure leaves old files."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import PREFIXES
from kg.oxi import ox_quads, ox_triples
from kg.quads import QuadDataset

FORMATS: dict[str, str] = {  # file name -> rdflib format
    "kg.ttl": "turtle",
    "kg.nt": "nt",
    "kg.trig": "trig",
    "kg.nq": "nquads",
    "kg.jsonld": "json-ld",
    "kg.rdf": "pretty-xml",
}
CONTEXT_FILE = "context.jsonld"


def jsonld_context() -> dict:
    """The published JSON-LD @context: our prefixes, so the JSON-LD export reads as compact terms."""
    return {"@context": {**dict(sorted(PREFIXES.items())), "@language": None}}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _compact(iri: str, prefixes: list[tuple[str, str]], memo: dict[str, str] | None = None) -> str:
    if memo is not None and iri in memo:
        return memo[iri]
    out = iri
    for prefix, ns in prefixes:
        if iri.startswith(ns) and len(iri) > len(ns):
            out = f"{prefix}:{iri[len(ns):]}"
            break
    if memo is not None:
        memo[iri] = out
    return out


def _jsonld_value(term, prefixes: list[tuple[str, str]], memo: dict[str, str]):
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": _compact(term.datatype.value, prefixes, memo)}
    return {"@id": _compact(term.value, prefixes, memo)}


def jsonld(quads: list[ox.Quad]) -> str:
    """Compact JSON-LD (named graphs kept) written straight from the sorted quads: stable and fast.

    Terms are compact IRIs under the published context (context.jsonld); node objects, properties and
    values come out in the quads' sorted order, one node object per line (readable diffs, and Python's
    C-accelerated encoder: pretty-printing with `indent` goes through the pure-Python one).
    """
    prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    memo: dict[str, str] = {}
    graphs: dict[str, dict[str, dict[str, list]]] = {}
    for q in quads:
        nodes = graphs.setdefault(q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "", {})
        props = nodes.setdefault(q.subject.value, {})
        if q.predicate.value == _RDF_TYPE and isinstance(q.object, ox.NamedNode):
            props.setdefault("@type", []).append(_compact(q.object.value, prefixes, memo))
        else:
            key = _compact(q.predicate.value, prefixes, memo)
            props.setdefault(key, []).append(_jsonld_value(q.object, prefixes, memo))
    lines = ['{"@context": "' + CONTEXT_FILE + '", "@graph": [']
    dump = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder, ~5x faster
    for gi, (name, nodes) in enumerate(graphs.items()):
        head = '{"@id": ' + dump(_compact(name, prefixes, memo)) + ', "@graph": [' if name else '{"@graph": ['
        lines.append(head)
        last = len(nodes) - 1
        for ni, (subject, props) in enumerate(nodes.items()):
            lines.append(dump({"@id": _compact(subject, prefixes, memo), **props}) + ("," if ni < last else ""))
        lines.append("]}" + ("," if gi < len(graphs) - 1 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "pretty-xml": ox.RdfFormat.RDF_XML,
}


def serialize(ds: Dataset | QuadDataset, name: str, quads: list[ox.Quad] | None = None,
              triples: list[ox.Triple] | None = None) -> str:
    """One export as text, in a byte-stable form.

    Oxigraph writes Turtle, TriG, N-Quads, N-Triples and RDF/XML in the order it is given (sorted here),
    ten times faster than rdflib, whose writers for most of these follow hash order and differ from run to run.
    """
    fmt = FORMATS[name]
    if fmt in OX_FORMATS:
        quads = quads if quads is not None else list(ox_quads(ds))
        if fmt in ("trig", "nquads"):
            ox_quads_or_triples = quads
        else:
            ox_quads_or_triples = triples if triples is not None else ox_triples(quads)
        prefixes = dict(sorted(PREFIXES.items())) if fmt in ("turtle", "trig", "pretty-xml") else None
        return ox.serialize(ox_quads_or_triples, format=OX_FORMATS[fmt], prefixes=prefixes).decode("utf-8")
    if fmt == "json-ld":
        return jsonld(quads if quads is not None else list(ox_quads(ds)))
    raise ValueError(f"no serializer for {name}")


def write_exports(ds: Dataset | QuadDataset, out: Path, extra: dict[str, str] | None = None,
                  quads: list[ox.Quad] | None = None) -> list[Path]:
    """Write every export into a temporary folder, then move them in: all files change, or none."""
    out.mkdir(parents=True, exist_ok=True)
    quads = quads if quads is not None else list(ox_quads(ds))
    triples = ox_triples(quads)  # the graph-less formats share one flattened, de-duplicated list
    files = {name: serialize(ds, name, quads, triples) for name in FORMATS}
    files[CONTEXT_FILE] = json.dumps(jsonld_context(), ensure_ascii=False, indent=1) + "\n"
    files.update(extra or {})
    tmp = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=out))
    written = []
    try:
        for name, text in sorted(files.items()):
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
        for name in sorted(files):
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, target)
            written.append(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written

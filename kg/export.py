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




def _sort_jsonld(node):
    """Recursively order JSON-LD arrays, since rdflib emits them in store (hash) order."""
    if isinstance(node, dict):
        return {k: _sort_jsonld(v) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sort_jsonld(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return node






OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "pretty-xml": ox.RdfFormat.RDF_XML,
}


def serialize(ds: Dataset, name: str, quads: list[ox.Quad] | None = None) -> str:
    """One export as text, in a byte-stable form.

    Oxigraph writes Turtle, TriG, N-Quads, N-Triples and RDF/XML in the order it is given (sorted here),
    ten times faster than rdflib, whose writers for most of these follow hash order and differ from run to run.
    """
    fmt = FORMATS[name]
    if fmt in OX_FORMATS:
        quads = quads if quads is not None else list(ox_quads(ds))
        ox_quads_or_triples = quads if fmt in ("trig", "nquads") else ox_triples(quads)
        prefixes = dict(sorted(PREFIXES.items())) if fmt in ("turtle", "trig", "pretty-xml") else None
        return ox.serialize(ox_quads_or_triples, format=OX_FORMATS[fmt], prefixes=prefixes).decode("utf-8")
    if fmt == "json-ld":
        context = jsonld_context()["@context"]
        raw = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
        raw["@context"] = CONTEXT_FILE
        return json.dumps(_sort_jsonld(raw) | {"@context": CONTEXT_FILE}, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"no serializer for {name}")


def write_exports(ds: Dataset, out: Path, extra: dict[str, str] | None = None) -> list[Path]:
    """Write every export into a temporary folder, then move them in: all files change, or none."""
    out.mkdir(parents=True, exist_ok=True)
    quads = list(ox_quads(ds))
    files = {name: serialize(ds, name, quads) for name in FORMATS}
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

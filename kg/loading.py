"""Reads RDF files users hand us (exports, other tools' dumps) into one graph, with clear errors."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.errors import UsageError

QUAD_FORMATS = {"trig", "nquads"}
SUFFIX_FORMATS = {".jsonld": "json-ld", ".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt",
                  ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


def rdf_format(path: Path) -> str:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower()) or guess_format(str(path))
    if not fmt:
        raise UsageError(f"unknown RDF format for {path.name}; use .ttl, .nt, .trig, .nq, .jsonld or .rdf",
                         str(path))
    return fmt


def load_rdf_files(paths: Iterable[Path]) -> Graph:
    """Union of the triples in every file (named graphs flattened)."""
    g = Graph()
    for path in paths:
        if not path.is_file():
            raise UsageError("file not found", str(path))
        fmt = rdf_format(path)
        try:
            if fmt in QUAD_FORMATS or fmt == "json-ld":
                ds = Dataset()
                ds.parse(path, format=fmt)
                for s, p, o, _ in ds.quads((None, None, None, None)):
                    g.add((s, p, o))
            else:
                g.parse(path, format=fmt)
        except Exception as exc:  # noqa: BLE001 - any parser error is the user's file, reported as such
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageError(f"cannot parse as {fmt}: {first}", str(path)) from None
    return g

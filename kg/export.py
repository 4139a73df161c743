"""Deterministic, atomic serialisation of the dataset: same input, same bytes; a failure leaves old files."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.parallel import Job, Producer, produce_into, write_files
from kg.quads import QuadDataset, as_quad_dataset

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


def _compact(iri: str, prefixes: list[tuple[str, str]], memo: dict[str, str]) -> str:
    out = memo.get(iri)
    if out is None:
        out = iri
        for prefix, ns in prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                out = f"{prefix}:{iri[len(ns):]}"
                break
        memo[iri] = out
    return out


def _node_id(key: str, prefixes: list[tuple[str, str]], memo: dict[str, str]) -> str:
    """An IRI key `<…>` as a compact IRI; a blank node key `_:b` stays as it is."""
    return _compact(key[1:-1], prefixes, memo) if key[0] == "<" else key


def jsonld(ds: QuadDataset) -> str:
    """Compact JSON-LD (named graphs kept) written straight from the sorted rows: stable and fast.

    Terms are compact IRIs under the published context (context.jsonld); node objects, properties and
    values come out in the rows' sorted order, one node object per line (readable diffs, and Python's
    C-accelerated encoder: pretty-printing with `indent` goes through the pure-Python one).
    """
    prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    memo: dict[str, str] = {}
    ids: dict[str, str] = {}  # term key -> compact id (predicates, classes)
    values: dict[str, object] = {}  # object key -> its JSON-LD value (shared: the encoder only reads them)
    graphs: dict[str, dict[str, dict[str, list]]] = {}
    for g, s, not_type, p, o in ds.rows():
        props = graphs.setdefault(g, {}).setdefault(s, {})
        if not not_type and o[0] != '"':
            cls = ids.get(o)
            if cls is None:
                cls = ids[o] = _node_id(o, prefixes, memo)
            props.setdefault("@type", []).append(cls)
            continue
        value = values.get(o)
        if value is None:
            if o[0] != '"':
                value = {"@id": _node_id(o, prefixes, memo)}
            else:
                term = ds.term(o)
                if term.language:
                    value = {"@value": term.value, "@language": term.language}
                elif term.datatype.value == _XSD_STRING:
                    value = term.value
                else:
                    value = {"@value": term.value, "@type": _compact(term.datatype.value, prefixes, memo)}
            values[o] = value
        key = ids.get(p)
        if key is None:
            key = ids[p] = _node_id(p, prefixes, memo)
        props.setdefault(key, []).append(value)
    lines = ['{"@context": "' + CONTEXT_FILE + '", "@graph": [']
    dump = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder, ~5x faster
    for gi, (name, nodes) in enumerate(graphs.items()):
        lines.append('{"@id": ' + dump(_node_id(name, prefixes, memo)) + ', "@graph": [' if name else '{"@graph": [')
        last = len(nodes) - 1
        for ni, (subject, props) in enumerate(nodes.items()):
            lines.append(dump({"@id": _node_id(subject, prefixes, memo), **props}) + ("," if ni < last else ""))
        lines.append("]}" + ("," if gi < len(graphs) - 1 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "pretty-xml": ox.RdfFormat.RDF_XML,
}


def serialize(data: QuadDataset | Dataset, name: str) -> str:
    """One export as text, in a byte-stable form (rows are sorted; no blank-node relabelling).

    N-Quads and N-Triples are joins of the rows; Oxigraph parses them and writes Turtle, TriG and RDF/XML in
    the order given, ten times faster than rdflib, whose writers follow hash order and differ from run to run.
    """
    ds = as_quad_dataset(data)
    fmt = FORMATS[name]
    if fmt == "nquads":
        return ds.nquads()
    if fmt == "nt":
        return ds.ntriples()
    if fmt == "json-ld":
        return jsonld(ds)
    if fmt in OX_FORMATS:
        graphs = fmt == "trig"
        text = (ds.nquads() if graphs else ds.ntriples()).encode("utf-8")
        parsed = ox.parse(text, format=ox.RdfFormat.N_QUADS if graphs else ox.RdfFormat.N_TRIPLES)
        return ox.serialize(parsed, format=OX_FORMATS[fmt], prefixes=dict(sorted(PREFIXES.items()))).decode("utf-8")
    raise ValueError(f"no serializer for {name}")


# Written by a forked child when there are producers to balance against: they share the N-Quads text,
# the rest (kg.nt, kg.ttl, kg.rdf, written here) share the N-Triples text.
FORKED_RDF = ("kg.nq", "kg.trig", "kg.jsonld")


def rdf_files(ds: QuadDataset, names: Sequence[str]) -> dict[str, str]:
    return {name: serialize(ds, name) for name in names}


def write_exports(ds: QuadDataset | Dataset, out: Path, extra: dict[str, str] | None = None,
                  producers: Sequence[Producer] = ()) -> list[Path]:
    """Write every export into a temporary folder, then move them in: all files change, or none.

    `producers` (graph files, the viewer …) run in forked processes, and so does half of the RDF, while this
    process writes the other half: on two cores the four take about as long as their total CPU time halved.
    """
    out.mkdir(parents=True, exist_ok=True)
    ds = as_quad_dataset(ds)
    tmp = Path(tempfile.mkdtemp(prefix=".kg-export-", dir=out))
    written: list[Path] = []
    jobs: list[Job] = []
    try:
        here = list(FORMATS)
        if producers:
            here = [name for name in FORMATS if name not in FORKED_RDF]
            jobs.append(produce_into(tmp, functools.partial(rdf_files, ds, FORKED_RDF)))
            ds.quads()  # the readers' shared rdflib view, made once before the children inherit it
        jobs.extend(produce_into(tmp, producer) for producer in producers)
        names = write_files(tmp, {CONTEXT_FILE: json.dumps(jsonld_context(), ensure_ascii=False, indent=1) + "\n",
                                  **rdf_files(ds, here), **(extra or {})})
        for job in jobs:
            names.extend(job.wait())
        for name in sorted(set(names)):
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, target)
            written.append(target)
    finally:
        for job in jobs:  # never leave a child behind (after an error here, say)
            with contextlib.suppress(KgError):
                job.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    return written

"""Deterministic, atomic serialisation of the dataset: same input, same bytes; a failure leaves old files."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import PREFIXES
from kg.parallel import Job, Producer, produce_into, write_files
from kg.quads import QuadDataset, Row, as_quad_dataset

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


class _Compactor:
    """IRI -> compact IRI under our prefixes (the longest namespace that leaves a local name), memoised."""

    def __init__(self) -> None:
        by_length = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
        self._prefix: dict[str, str] = {}
        for prefix, ns in by_length:
            self._prefix.setdefault(ns, prefix)
        # alternatives are tried in order, longest namespace first; (?=.) leaves a non-empty local name
        self._match = re.compile("(" + "|".join(re.escape(ns) for _, ns in by_length) + ")(?=.)", re.S).match
        self._memo: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        out = self._memo.get(iri)
        if out is None:
            m = self._match(iri)
            out = self._memo[iri] = f"{self._prefix[m[1]]}:{iri[m.end():]}" if m else iri
        return out

    def node(self, key: str) -> str:
        """An IRI key `<…>` as a compact IRI; a blank node key `_:b` stays as it is."""
        return self.iri(key[1:-1]) if key[0] == "<" else key


_TYPE_KEY = ', "@type": ['


def _jsonld_chunks(ds: QuadDataset) -> Iterator[str]:
    """`jsonld()` a graph at a time; each node object one JSON text, each key and value encoded once.

    A node's text is what `json.JSONEncoder(ensure_ascii=False).encode` makes of its dict {"@id": …,
    "@type": […], key: [value, …] …}, built from memoised pieces: rows come sorted by graph, subject and
    predicate, so a node is a run of rows and a key's values a run within it. Only two predicates that
    compact to one key (an IRI spelled like a compact IRI) need the dict, to merge their values.
    """
    names = _Compactor()
    dump = json.JSONEncoder(ensure_ascii=False).encode
    string = json.encoder.encode_basestring  # what that encoder does with a str (the C version where built)
    keys: dict[str, str] = {}  # predicate key -> ', "compact": [' (the text before its values)
    values: dict[str, str] = {}  # object key -> its JSON-LD value as JSON text
    classes: dict[str, str] = {}  # rdf:type object key -> its compact id as JSON text
    owners: dict[str, str] = {}  # key text -> the first predicate with it
    shared: set[str] = set()  # key texts of two predicates or more
    term = ds.term

    def key(p: str) -> str:
        k = keys[p] = ", " + string(names.node(p)) + ": ["
        if owners.setdefault(k, p) != p:
            shared.add(k)
        return k

    def value(o: str) -> str:
        if o[0] != '"':
            v = dump({"@id": names.node(o)})
        else:
            lit = term(o)
            if lit.language:
                v = dump({"@value": lit.value, "@language": lit.language})
            elif lit.datatype.value == _XSD_STRING:
                v = string(lit.value)
            else:
                v = dump({"@value": lit.value, "@type": names.iri(lit.datatype.value)})
        values[o] = v
        return v

    def type_value(o: str) -> str:
        v = classes[o] = string(names.node(o))
        return v

    def merged(rows: list[Row]) -> str:
        props: dict[str, list[str]] = {}
        for _, _, not_type, p, o in rows:
            if not_type or o[0] == '"':
                k, v = keys.get(p) or key(p), values.get(o) or value(o)
            else:
                k, v = _TYPE_KEY, classes.get(o) or type_value(o)
            props.setdefault(k, []).append(v)
        return "".join([k + ", ".join(v) + "]" for k, v in props.items()])

    yield '{"@context": "' + CONTEXT_FILE + '", "@graph": ['
    before = "\n"
    for g, graph_rows in groupby(ds.rows(), itemgetter(0)):
        nodes = []
        for s, node_rows in groupby(graph_rows, itemgetter(1)):
            rows = list(node_rows)
            parts = ['{"@id": ', string(names.node(s))]
            add = parts.append
            prev = None
            for _, _, not_type, p, o in rows:
                if not_type or o[0] == '"':
                    k = keys.get(p) or key(p)
                    v = values.get(o) or value(o)
                else:
                    k = _TYPE_KEY
                    v = classes.get(o) or type_value(o)
                if k is prev:
                    add(", ")
                else:
                    if prev is not None:
                        add("]")
                    if k in shared:
                        del parts[2:]
                        add(merged(rows))
                        break
                    add(k)
                    prev = k
                add(v)
            else:
                add("]")
            add("}")
            nodes.append("".join(parts))
        head = '{"@id": ' + string(names.node(g)) + ', "@graph": [' if g else '{"@graph": ['
        yield before + head + "\n" + ",\n".join(nodes) + "\n]}"
        before = ",\n"
    yield "\n]}\n"


def jsonld(ds: QuadDataset) -> str:
    """Compact JSON-LD (named graphs kept) written straight from the sorted rows: stable and fast.

    Terms are compact IRIs under the published context (context.jsonld); node objects, properties and
    values come out in the rows' sorted order, one node object per line (readable diffs; pretty-printing
    with `indent` would go through Python's pure-Python encoder, ~5x slower).
    """
    return "".join(_jsonld_chunks(ds))


OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "pretty-xml": ox.RdfFormat.RDF_XML,
}
_OX_SOURCE = {"turtle": "nt", "trig": "nquads", "pretty-xml": "nt"}  # the text Oxigraph reads to write each
_SOURCE_FORMATS = {"nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}


def _text_chunks(ds: QuadDataset, fmt: str) -> Iterator[str]:
    if fmt == "nquads":
        return ds.nquads_chunks()
    if fmt == "nt":
        return ds.ntriples_chunks()
    if fmt == "json-ld":
        return _jsonld_chunks(ds)
    raise ValueError(f"no serializer for {fmt}")


def _oxigraph(fmt: str, source: bytes | Path, output: Path | None = None) -> bytes | None:
    """Turtle, TriG or RDF/XML from our N-Triples / N-Quads (text or file), to `output` or returned.

    Lenient parsing skips Oxigraph's RFC 3987 check of every IRI (a third of the parse time): the text is
    our own, each IRI checked against the N-Triples IRIREF grammar when it became a key (`QuadDataset.key`),
    and the build mints IRIs percent-encoded.
    """
    source_format = _SOURCE_FORMATS[_OX_SOURCE[fmt]]
    parsed = (ox.parse(path=source, format=source_format, lenient=True) if isinstance(source, Path)
              else ox.parse(source, format=source_format, lenient=True))
    return ox.serialize(parsed, None if output is None else str(output), format=OX_FORMATS[fmt],
                        prefixes=dict(sorted(PREFIXES.items())))


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
    if fmt in OX_FORMATS:
        source = ds.nquads() if _OX_SOURCE[fmt] == "nquads" else ds.ntriples()
        return _oxigraph(fmt, source.encode("utf-8")).decode("utf-8")
    return "".join(_text_chunks(ds, fmt))


def write_rdf(ds: QuadDataset, folder: Path, names: Sequence[str]) -> list[str]:
    """Write the named RDF exports into `folder` (the bytes `serialize` gives), streamed: no whole text in memory.

    N-Triples and N-Quads go first, a graph at a time, and Oxigraph reads the file just written for Turtle,
    RDF/XML (kg.nt) and TriG (kg.nq), writing straight to its own file.
    """
    written: dict[str, Path] = {}  # source format -> its file here
    for name in sorted(names, key=lambda n: FORMATS[n] in OX_FORMATS):  # sources first, else in given order
        fmt, path = FORMATS[name], folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt in OX_FORMATS:
            source = _OX_SOURCE[fmt]
            _oxigraph(fmt, written.get(source) or "".join(_text_chunks(ds, source)).encode("utf-8"), path)
            continue
        with path.open("wb") as f:
            for chunk in _text_chunks(ds, fmt):
                f.write(chunk.encode("utf-8"))
        written[fmt] = path
    return sorted(names)


# Written by a forked child when there are producers to balance against: they share the N-Quads file,
# the rest (kg.nt, kg.ttl, kg.rdf, written here) share the N-Triples file.
FORKED_RDF = ("kg.nq", "kg.trig", "kg.jsonld")


def write_exports(ds: QuadDataset | Dataset, out: Path, extra: dict[str, str] | None = None,
                  producers: Sequence[Producer] = (), check: Callable[[], object] | None = None) -> list[Path]:
    """Write every export into a temporary folder, then move them in: all files change, or none.

    `check` (the build's validation) runs here once the children have started, so it overlaps their work; if
    it raises, the children are stopped and nothing is written.

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
            jobs.append(Job(functools.partial(write_rdf, ds, tmp, FORKED_RDF), "an export"))
            from kg.analytics import RowIndex
            RowIndex.of(ds)  # the readers' shared row index, made once before the children inherit it
        jobs.extend(produce_into(tmp, producer) for producer in producers)
        if check is not None:
            check()
        names = write_rdf(ds, tmp, here)
        names += write_files(tmp, {CONTEXT_FILE: json.dumps(jsonld_context(), ensure_ascii=False, indent=1) + "\n",
                                   **(extra or {})})
        for job in jobs:
            names.extend(job.wait())
        for name in sorted(set(names)):
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, target)
            written.append(target)
    finally:
        for job in jobs:  # never leave a child behind (after an error here, its work is no longer wanted)
            job.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
    return written

"""SPARQL over the graph with Oxigraph: load the data, run a query safely, format the answer, bundled questions.

Oxigraph (pyoxigraph) is the query engine: it loads and aggregates an order of magnitude faster than rdflib's
engine and answers correctly where rdflib does not (`ASK { FILTER(false) }`). rdflib stays for building.

Every query sees the union of all named graphs as its default graph (so `?c a kgo:Claim` finds claims in any
`graph/curated/…`), while `GRAPH ?g { … }` still tells the graphs apart. A query with its own FROM / FROM NAMED
gets exactly that dataset, and a protocol dataset (`default-graph-uri` / `named-graph-uri`) overrides both.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import KgError, UsageError
from kg.namespaces import KGR, PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")  # SELECT / ASK
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml")  # CONSTRUCT / DESCRIBE
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "table": "text/plain",
}
OX_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                    "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
FILE_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
                ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
                ".xml": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD, ".n3": ox.RdfFormat.N3}
DEFAULT_TIMEOUT = 30.0
# Our prefixes, plus short ones for the resources people name most, because `kgr:entity/deepseek` is not valid
# SPARQL (a `/` in a local name needs a backslash) while `entity:deepseek` is, and tables print it that way.
# Relative IRIs resolve against kgr: too, so `<entity/deepseek>` names an entity.
QUERY_PREFIXES = {**PREFIXES, "entity": f"{KGR}entity/", "claim": f"{KGR}claim/", "document": f"{KGR}document/"}


# --------------------------------------------------------------------------- errors

class QueryError(UsageError):
    """The query text is wrong (syntax, unknown prefix, SERVICE): `source:line:column: message`, exit 2."""

    def __init__(self, message: str, source: str = "query", line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message, source, line)
        self.column = column

    def __str__(self) -> str:
        where = self.path or "query"
        if self.line:
            where += f":{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.message}"


class QueryTimeout(KgError):
    """The query ran longer than its time limit."""


class ResultTooLarge(KgError):
    """The answer has more rows (or triples) than the result-size limit."""


class QueryFailed(KgError):
    """The engine failed while evaluating a well-formed query."""


# --------------------------------------------------------------------------- loading

def load_files(paths: Iterable[Path]) -> ox.Store:
    """An in-memory store holding every RDF file: quad formats keep their named graphs, the rest go to the
    default graph (which queries see as part of the union anyway)."""
    store = ox.Store()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise UsageError("file not found", str(path))
        fmt = FILE_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise UsageError(f"unknown RDF format {path.suffix or '(no suffix)'}; use one of "
                             f"{', '.join(sorted(FILE_FORMATS))}", str(path))
        try:
            store.bulk_load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else "syntax error"
            raise UsageError(f"cannot parse as {fmt.name}: {msg}", str(path), exc.lineno) from None
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read: {exc}", str(path)) from None
    return store


def _newest_mtime(folders: Iterable[Path]) -> float:
    newest = 0.0
    for folder in folders:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                newest = max(newest, os.stat(os.path.join(dirpath, name)).st_mtime)
    return newest


def fresh_export(root: Path) -> Path | None:
    """exports/kg.nq when it is newer than every file in seeds/ and the packaged ontology/shapes, else None.

    Why: loading the N-Quads export takes ~0.1 s, building from seeds/ re-runs validation (seconds). A change
    to the code alone is not seen here; `kg build` (or `kg query --build`) refreshes it.
    """
    nq = root / "exports" / "kg.nq"
    if not nq.is_file():
        return None
    inputs = [root / "seeds", Path(__file__).parent / "data"]
    return nq if nq.stat().st_mtime >= _newest_mtime(p for p in inputs if p.is_dir()) else None


def load_graph(root: Path, data: Sequence[Path] = (), rebuild: bool = False) -> tuple[ox.Store, str]:
    """The store to query and where it came from: DATA files if given, else the fresh exports/kg.nq, else the
    graph built (and validated) from seeds/ without writing anything."""
    if data:
        return load_files(data), ", ".join(str(p) for p in data)
    nq = None if rebuild else fresh_export(root)
    if nq is not None:
        return load_files([nq]), str(nq)
    if not (root / "seeds").is_dir():
        raise UsageError("no seeds/ folder here and no --data given; run inside a kg project or pass --data FILE",
                         str(root))
    from kg.build import build
    from kg.oxi import to_store

    key = (str(root.resolve()), _newest_mtime([root / "seeds", Path(__file__).parent / "data"]))
    if rebuild or key not in _BUILT:  # one build per process and input state: the build takes seconds
        _BUILT.clear()
        _BUILT[key] = to_store(build(root, write=False).dataset)
    return _BUILT[key], f"{root / 'seeds'} (built)"


_BUILT: dict[tuple[str, float], ox.Store] = {}


# --------------------------------------------------------------------------- safety checks on the text

_SKIPPED = re.compile(r'''
    "{3}(?:[^"\\]|\\.|"(?!""))*"{3}
  | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
''', re.X | re.S)
_ESCAPES = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _keyword(text: str, word: str) -> re.Match | None:
    """Where `word` occurs as a keyword, outside strings, IRIs and comments (conservative: a local name such as
    `ex:a.SERVICE` also counts, a variable `?service` or a prefixed name `ex:service` does not)."""
    text = _ESCAPES.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    text = _SKIPPED.sub(lambda m: " " * len(m.group(0)), text)
    return re.search(rf"(?<![\w?$:\\]){word}(?![\w:])", text, re.I)


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def check_text(text: str, source: str = "query") -> None:
    """Refuse what a read-only, local endpoint must never run: SERVICE would make the server fetch other URLs."""
    m = _keyword(text, "SERVICE")
    if m:
        line, col = _line_col(text, m.start())
        raise QueryError("SERVICE (federated query) is disabled here: the query may only read this graph",
                         source, line, col)


def _syntax_error(exc: SyntaxError, source: str) -> QueryError:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "syntax error"
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if not m:
        return QueryError(f"SPARQL syntax error: {msg}", source)
    detail = re.split(r",? \[", m.group(3), maxsplit=1)[0]  # drop Oxigraph's character-class listing
    if "Prefix not found" in detail:
        detail = f"undeclared prefix; declare it with PREFIX or use one of {', '.join(sorted(QUERY_PREFIXES))}"
    if len(detail) > 200:
        detail = detail[:200].rsplit(",", 1)[0] + ", …"
    return QueryError(f"SPARQL syntax error: {detail}", source, int(m.group(1)), int(m.group(2)))


# --------------------------------------------------------------------------- running

@dataclass
class Result:
    """An answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT / DESCRIBE, or (when run_query was
    given a SPARQL results format) the SELECT / ASK answer already serialised by Oxigraph in `body`."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    body: bytes | None = None  # Oxigraph's own serialisation, in `body_format`; `rows` is then empty
    body_format: str | None = None
    count: int | None = None  # rows in `body` when they were counted (a size limit was set)

    def __len__(self) -> int:
        if self.body is not None and self.kind == "select":
            if self.count is None:
                raise TypeError("the rows of a serialised answer are counted only under a size limit")
            return self.count
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1


# SPARQL results formats Oxigraph writes itself, far faster than Python terms (~1.4 us per value) can be made and
# formatted. ASK as CSV/TSV stays ours: Oxigraph writes a bare `true` without the line end users get.
NATIVE_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
NATIVE_ASK = ("json", "xml")
# How rows show in Oxigraph's output, to enforce the size limit on the bytes as they stream: (patterns counted,
# patterns subtracted, constant, exact). XML escapes `<` in text and attributes, so `<result>` tags are exactly the
# rows; TSV escapes line breaks, so rows are lines after the header. A CSV field may hold a quoted line break and a
# JSON string a `{` (a row starts with `{` after `[` or `,`, a term object after `:`), so there the count is an upper
# bound: when it passes the limit the query is answered again through Python rows, which count exactly.
_ROW_MARKS: dict[str, tuple[tuple[bytes, ...], tuple[bytes, ...], int, bool]] = {
    "json": ((b"{",), (b":{",), -1, False),
    "xml": ((b"<result>", b"<result/>"), (), 0, True),
    "tsv": ((b"\n",), (), -1, True),
    "csv": ((b"\n",), (), -1, False),
}


class _Unsure(Exception):
    """The upper bound on rows passed the limit but the exact count may not have: count with Python rows."""


class _Sink:
    """Receives Oxigraph's serialisation chunk by chunk (8 KiB), checking the time limit at every chunk and, under a
    size limit, counting rows as they go by, so a runaway answer is stopped early instead of held in memory."""

    def __init__(self, fmt: str, deadline: float | None, timeout: float | None, max_results: int | None) -> None:
        self.parts: list[bytes] = []
        self.deadline, self.timeout, self.max_results = deadline, timeout, max_results
        self.plus, self.minus, self.offset, self.exact = _ROW_MARKS[fmt]
        self.keep = max(len(p) for p in self.plus + self.minus) - 1  # a mark split over two chunks counts once
        self.tail = b""
        self.marks = 0

    @property
    def rows(self) -> int:
        return self.marks + self.offset

    def write(self, chunk: bytes) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise QueryTimeout(f"query timed out after {self.timeout:g} s")
        self.parts.append(chunk)
        if self.max_results is not None:
            window, tail = self.tail + chunk, self.tail
            self.marks += sum(window.count(p) - tail.count(p) for p in self.plus)
            self.marks -= sum(window.count(p) - tail.count(p) for p in self.minus)
            self.tail = window[len(window) - self.keep:] if self.keep else b""
            if self.rows > self.max_results:
                if not self.exact:
                    raise _Unsure
                raise ResultTooLarge(f"the answer has more than {self.max_results} rows; add a LIMIT or narrow "
                                     "the query")
        return len(chunk)

    def flush(self) -> None:
        """Part of the file protocol Oxigraph writes to; the chunks are already kept."""


def _dataset_options(text: str, default_graphs: Sequence[str] | None,
                     named_graphs: Sequence[str] | None) -> dict:
    if default_graphs is not None or named_graphs is not None:
        return {"default_graph": [ox.NamedNode(g) for g in default_graphs or ()],
                "named_graphs": [ox.NamedNode(g) for g in named_graphs or ()]}
    if _keyword(text, "FROM"):
        return {}  # the query's own FROM / FROM NAMED
    return {"use_default_graph_as_union": True}


def _kind(answer) -> str:
    return "ask" if isinstance(answer, ox.QueryBoolean) else "select" if isinstance(answer, ox.QuerySolutions) \
        else "graph"


def _evaluate(store: ox.Store, text: str, options: dict, source: str, deadline: float | None,
              max_results: int | None, timeout: float | None, fmt: str | Callable[[str], str] | None) -> Result:
    def query():
        try:
            return store.query(text, prefixes=QUERY_PREFIXES, base_iri=str(KGR), **options)
        except SyntaxError as exc:
            raise _syntax_error(exc, source) from None
        except ValueError as exc:  # a bad protocol dataset IRI
            raise QueryError(str(exc), source) from None

    answer = query()
    try:
        kind = _kind(answer)
        name = fmt(kind) if callable(fmt) else fmt
        if name in NATIVE_FORMATS and (kind == "select" or (kind == "ask" and name in NATIVE_ASK)):
            if kind == "ask":
                return Result("ask", boolean=bool(answer), body=answer.serialize(format=NATIVE_FORMATS[name]),
                              body_format=name)
            variables = [v.value for v in answer.variables]
            sink = _Sink(name, deadline, timeout, max_results)
            try:
                answer.serialize(sink, format=NATIVE_FORMATS[name])
                return Result("select", variables=variables, body=b"".join(sink.parts), body_format=name,
                              count=sink.rows if max_results is not None else None)
            except _Unsure:
                answer = query()  # the same answer again, counted exactly below
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = []
            for row in answer:
                rows.append(tuple(row))
                if len(rows) % 512 == 0 and deadline is not None and time.monotonic() > deadline:
                    raise QueryTimeout(f"query timed out after {timeout:g} s")
                if max_results is not None and len(rows) > max_results:
                    raise ResultTooLarge(f"the answer has more than {max_results} rows; add a LIMIT or narrow the "
                                         "query")
            return Result("select", variables=variables, rows=rows)
        triples = []
        for triple in answer:
            triples.append(triple)
            if len(triples) % 512 == 0 and deadline is not None and time.monotonic() > deadline:
                raise QueryTimeout(f"query timed out after {timeout:g} s")
            if max_results is not None and len(triples) > max_results:
                raise ResultTooLarge(f"the answer has more than {max_results} triples; add a LIMIT or narrow the "
                                     "query")
        return Result("graph", triples=triples)
    except (OSError, RuntimeError) as exc:
        raise QueryFailed(f"query failed: {exc}") from None
    finally:
        del answer  # Oxigraph's iterator must be dropped by the thread that made it, not via a traceback elsewhere


def run_query(store: ox.Store, text: str, *, source: str = "query", timeout: float | None = DEFAULT_TIMEOUT,
              max_results: int | None = None, default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None, slots: threading.Semaphore | None = None,
              fmt: str | Callable[[str], str] | None = None) -> Result:
    """Run one SPARQL query (never an update) with our prefixes predeclared, a time limit and a size limit.

    `fmt` is the format the caller will `serialize` the answer in, or a function from the answer's kind
    ("select", "ask", "graph") to it (content negotiation needs the kind first; it may raise to refuse). A SELECT /
    ASK answer wanted in a SPARQL results format is then serialised by Oxigraph as it is evaluated, never made into
    Python terms (it must happen here: Oxigraph's answer belongs to the thread that evaluates it).

    The query runs in a daemon thread (Oxigraph releases the GIL), so the caller gets a timeout error on time even
    when Oxigraph is busy computing a first row; the abandoned thread stops at its next row or when it finishes.
    `slots` bounds how many evaluations run at once, abandoned ones included (a server under a flood of slow
    queries answers "timed out" instead of piling up threads).
    """
    if not text.strip():
        raise QueryError("empty query", source)
    check_text(text, source)
    options = _dataset_options(text, default_graphs, named_graphs)
    if not timeout:
        return _evaluate(store, text, options, source, None, max_results, None, fmt)
    deadline = time.monotonic() + timeout
    if slots is not None and not slots.acquire(timeout=timeout):
        raise QueryTimeout(f"query timed out after {timeout:g} s waiting for earlier queries to finish")
    box: dict = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["result"] = _evaluate(store, text, options, source, deadline, max_results, timeout, fmt)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc
        finally:
            done.set()
            if slots is not None:
                slots.release()

    threading.Thread(target=work, name="kg-query", daemon=True).start()
    if not done.wait(timeout):
        raise QueryTimeout(f"query timed out after {timeout:g} s; narrow it, add a LIMIT or raise --timeout")
    if "error" in box:
        raise box["error"]
    return box["result"]


def answer(store: ox.Store, text: str, fmt: str, *, source: str = "query",
           timeout: float | None = DEFAULT_TIMEOUT) -> bytes:
    """What `kg query --format FMT` prints: the query run and its answer serialised (by Oxigraph for SELECT/ASK in
    json/xml/csv/tsv). One function, so bench/bench_query.py times exactly the user's path."""
    return serialize(run_query(store, text, source=source, timeout=timeout, fmt=fmt), fmt)


# --------------------------------------------------------------------------- formats

def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(f"unexpected term {term!r}")


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def compact(term) -> str:
    """A term as a person reads it: `kgr:entity/deepseek` for IRIs in our namespaces, a literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max((ns for ns in QUERY_PREFIXES.items() if term.value.startswith(ns[1])), key=lambda ns: len(ns[1]),
                   default=None)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def table(result: Result, max_width: int = 60) -> str:
    """A plain-text table (CJK counted as two columns) with long cells clipped; a row count at the end."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    cells = [[_clip(compact(t), max_width) for t in row] for row in result.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(result.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def serialize(result: Result, fmt: str) -> bytes:
    """The answer in a SPARQL results format (SELECT / ASK) or an RDF format (CONSTRUCT / DESCRIBE).

    An answer Oxigraph already serialised (run_query with `fmt`) is returned as is; the writers below serve the rest
    (tables, ASK as CSV/TSV, answers made of Python terms) and follow Oxigraph's layout for JSON, XML and CSV.
    """
    if result.body is not None:
        if fmt != result.body_format:
            raise ValueError(f"this answer was serialised as {result.body_format}, not {fmt}; run the query with "
                             f"fmt={fmt!r}")
        return result.body
    if result.kind == "graph":
        if fmt in ("table", None):
            fmt = "turtle"
        if fmt not in OX_GRAPH_FORMATS:
            raise UsageError(f"format {fmt} is for SELECT/ASK; a CONSTRUCT/DESCRIBE answer can be "
                             f"{', '.join(GRAPH_FORMATS)}", "--format")
        prefixes = QUERY_PREFIXES if fmt in ("turtle", "rdfxml") else None
        return ox.serialize(result.triples, format=OX_GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"format {fmt} is for CONSTRUCT/DESCRIBE; a SELECT/ASK answer can be "
                         f"{', '.join(RESULT_FORMATS)}", "--format")
    if fmt == "table":
        return table(result).encode("utf-8")
    if fmt == "json":
        if result.kind == "ask":
            doc = {"head": {}, "boolean": result.boolean}
        else:
            names = result.variables
            doc = {"head": {"vars": names}, "results": {"bindings": [
                {n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None} for row in result.rows]}}
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        if result.kind == "ask":
            out.append(f"</head><boolean>{'true' if result.boolean else 'false'}</boolean></sparql>")
            return "".join(out).encode("utf-8")
        out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
        out.append("</head><results>")
        for row in result.rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                    for n, t in zip(result.variables, row, strict=True) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>")
        return "".join(out).encode("utf-8")
    if result.kind == "ask":
        return b"true\n" if result.boolean else b"false\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([_csv_term(t) for t in row] for row in result.rows)
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- bundled questions

@dataclass
class Param:
    name: str
    default: str | None
    help: str


@dataclass
class Question:
    """A bundled `.rq` file: its comment header says what it answers and which `$parameters` it takes."""

    name: str
    title: str
    description: str
    params: list[Param]
    text: str

    def render(self, values: dict[str, str] | None = None) -> str:
        """The query with every `$name` replaced by a string literal and `$name@zh-Hans` by a tagged one (escaped, so
        a value cannot inject SPARQL; constants rather than BIND let Oxigraph look labels up in its index)."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UsageError(f"question {self.name} has no parameter {', '.join(unknown)}; it takes "
                             f"{', '.join(sorted(known)) or 'none'}", "--param")
        text = self.text
        for p in self.params:
            value = values.get(p.name, p.default)
            if value is None:
                raise UsageError(f"question {self.name} needs --param {p.name}=VALUE ({p.help})", "--param")
            text = re.sub(rf"\${p.name}@([A-Za-z]+(?:-[A-Za-z0-9]+)*)",
                          lambda m, v=value: str(ox.Literal(v, language=m.group(1))), text)
            text = re.sub(rf"\${p.name}\b", lambda _m, v=value: str(ox.Literal(v)), text)
        return text


_PARAM = re.compile(r"param\s+(\w+)(?:\s*\(default:?\s*(.*?)\))?\s*:\s*(.*)")


def parse_question(name: str, text: str) -> Question:
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    params, prose = [], []
    for line in header:
        m = _PARAM.fullmatch(line)
        if m:
            params.append(Param(m.group(1), m.group(2), m.group(3)))
        else:
            prose.append(line)
    title = prose[0] if prose else name
    description = " ".join(p for p in prose[1:] if p)
    return Question(name=name, title=title, description=description, params=params, text=text)


def bundled_questions() -> dict[str, Question]:
    """Every `kg/queries/*.rq`, by file name without the suffix."""
    folder = resources.files("kg") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_question(name, entry.read_text(encoding="utf-8"))
    return out


def question(name: str) -> Question:
    """One bundled question; an unknown name lists the known ones."""
    questions = bundled_questions()
    if name not in questions:
        raise UsageError(f"no bundled question named {name!r}; choose one of: {', '.join(questions)} "
                         "(kg query --list describes them)", "--name")
    return questions[name]


def list_questions() -> str:
    """The `kg query --list` text: name, what it answers, its parameters."""
    lines = []
    for q in bundled_questions().values():
        lines.append(f"{q.name}\n    {q.title}")
        if q.description:
            lines.append(f"    {q.description}")
        for p in q.params:
            default = f" (default: {p.default})" if p.default else ""
            lines.append(f"    --param {p.name}=…  {p.help}{default}")
    return "\n".join(lines) + "\n"

"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint at /sparql and the graph viewer at /.

Waitress (a production WSGI server) speaks HTTP and Werkzeug parses requests (forms, media types, Accept with
q-values), so nothing here parses HTTP by hand. Measured on 2 cores with 16 clients (bench/bench_serve.py),
waitress + werkzeug, uvicorn + starlette and the stdlib ThreadingHTTPServer all served > 2000 simple queries/s
against a 500/s goal; waitress was chosen as the well-kept, pure-Python, threaded server, which suits Oxigraph
(it releases the GIL while it evaluates).

Read-only by construction: the store is only ever queried (never `update`), SPARQL Update requests get 403,
SERVICE is refused before evaluation (Oxigraph would otherwise fetch the remote endpoint), every query has a
time limit and every answer a size limit.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pyoxigraph as ox
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.wrappers import Request, Response

from kg.errors import KgError
from kg.query import (
    DEFAULT_TIMEOUT,
    QueryError,
    QueryFailed,
    QueryTimeout,
    Result,
    ResultTooLarge,
    run_query,
    serialize,
)

DEFAULT_MAX_RESULTS = 100_000
MAX_REQUEST_BYTES = 1_000_000
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

# Offers, in order of preference when the client accepts anything: media type -> our format name.
RESULT_OFFERS = {
    "select": [("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
               ("text/csv", "csv"), ("text/tab-separated-values", "tsv"), ("application/json", "json"),
               ("application/xml", "xml"), ("text/xml", "xml")],
    "ask": [("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
            ("application/json", "json"), ("application/xml", "xml"), ("text/xml", "xml")],
    "graph": [("text/turtle", "turtle"), ("application/n-triples", "ntriples"), ("application/ld+json", "jsonld"),
              ("application/rdf+xml", "rdfxml"), ("text/plain", "ntriples"), ("application/x-turtle", "turtle"),
              ("application/json", "jsonld"), ("application/xml", "rdfxml")],
}
FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                "ntriples": "ntriples", "nt": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld",
                "rdfxml": "rdfxml"}
SD_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
              "N-Triples", "JSON-LD", "RDF_XML"]

NO_VIEWER = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>kg</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
<h1>kg</h1>
<p>No graph viewer yet: run <code>kg build</code> to write <code>exports/graph.html</code>, then reload.</p>
<p>The SPARQL endpoint is at <a href="/sparql">/sparql</a>, e.g.
<a href="/sparql?query=SELECT%20%3Fc%20WHERE%20%7B%20%3Fc%20a%20kgo%3AClaim%20%7D%20LIMIT%2010">ten claims</a>.</p>
</body></html>
"""


class NotAcceptable(Exception):
    """No format the client accepts suits this kind of answer (HTTP 406); raised as soon as the kind is known."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _plain(status: int, message: str, headers: dict | None = None) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain", headers=headers)


class SparqlApp:
    """The WSGI application: `/sparql` (query + service description) and `/` (viewer)."""

    def __init__(self, store: ox.Store, *, viewer: Path | None = None, timeout: float = DEFAULT_TIMEOUT,
                 max_results: int = DEFAULT_MAX_RESULTS, max_running: int = 8) -> None:
        self.store = store
        self.viewer = viewer
        self.timeout = timeout
        self.max_results = max_results
        self.slots = threading.BoundedSemaphore(max_running)

    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = MAX_REQUEST_BYTES
        request.max_form_memory_size = MAX_REQUEST_BYTES
        try:
            response = self.dispatch(request)
        except RequestEntityTooLarge:
            response = _plain(413, f"request body larger than {MAX_REQUEST_BYTES} bytes")
        except HTTPException as exc:
            response = _plain(exc.code or 400, exc.description or exc.name)
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        path = request.path.rstrip("/") or "/"
        if path == "/sparql":
            return self.sparql(request)
        if path in ("/", "/index.html"):
            if request.method not in ("GET", "HEAD"):
                return _plain(405, "the viewer is read with GET", {"Allow": "GET, HEAD"})
            if self.viewer is not None and self.viewer.is_file():
                return Response(self.viewer.read_bytes(), mimetype="text/html")
            return Response(NO_VIEWER, mimetype="text/html")
        return _plain(404, f"nothing at {request.path}; the SPARQL endpoint is /sparql, the viewer is /")

    # ------------------------------------------------------------------ protocol

    def sparql(self, request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            return _plain(405, f"{request.method} is not part of the SPARQL protocol here; use GET or POST",
                          {"Allow": "GET, POST"})
        params = request.args.copy()
        query_texts = params.getlist("query")
        if request.method == "POST":
            mimetype = request.mimetype
            charset = (request.mimetype_params.get("charset") or "utf-8").lower()
            if mimetype == "application/sparql-update" or "update" in params:
                return self.read_only()
            if mimetype == "application/x-www-form-urlencoded":
                form = request.form
                if "update" in form:
                    return self.read_only()
                query_texts = query_texts + form.getlist("query")
                for key in ("default-graph-uri", "named-graph-uri"):
                    for value in form.getlist(key):
                        params.add(key, value)
            elif mimetype == "application/sparql-query":
                if charset not in ("utf-8", "utf8"):
                    return _plain(415, f"the query must be UTF-8, not {charset}")
                try:
                    query_texts = query_texts + [request.get_data().decode("utf-8")]
                except UnicodeDecodeError:
                    return _plain(400, "the query body is not valid UTF-8")
            elif not mimetype:
                return _plain(400, "POST needs a Content-Type: application/sparql-query or "
                                   "application/x-www-form-urlencoded")
            else:
                return _plain(415, f"unsupported Content-Type {mimetype}; use application/sparql-query or "
                                   "application/x-www-form-urlencoded")
        elif "update" in params:
            return self.read_only()
        if not query_texts:
            if request.method == "GET" and not params:
                return self.service_description(request)
            return _plain(400, "missing the 'query' parameter")
        if len(query_texts) > 1:
            return _plain(400, "more than one 'query' parameter; send exactly one query")
        defaults = params.getlist("default-graph-uri")
        named = params.getlist("named-graph-uri")
        dataset = bool(defaults or named)
        forced = params.get("format")
        # Negotiated here for every kind of answer, so the query's thread only looks its kind up: it serialises a
        # SELECT/ASK answer itself (Oxigraph's writers), and refuses an unacceptable one before computing it.
        matches = {kind: self.negotiate(request, kind, forced) for kind in RESULT_OFFERS}

        def choose(kind: str) -> str:
            match = matches[kind]
            if match is None:
                raise NotAcceptable(kind)
            return match[1]

        try:
            result = run_query(self.store, query_texts[0], source="query", timeout=self.timeout,
                               max_results=self.max_results, default_graphs=defaults if dataset else None,
                               named_graphs=named if dataset else None, slots=self.slots, fmt=choose)
        except NotAcceptable as exc:
            offered = ", ".join(dict.fromkeys(mt for mt, _ in RESULT_OFFERS[exc.kind]))
            return _plain(406, f"cannot answer this {exc.kind} query as {forced or request.headers.get('Accept')}"
                               f"; available: {offered}")
        except QueryError as exc:
            return _plain(400, str(exc))
        except QueryTimeout as exc:
            return _plain(503, f"{exc} (the server's limit is {self.timeout:g} s)")
        except ResultTooLarge as exc:
            return _plain(400, f"{exc} (the server's limit is {self.max_results} results)")
        except QueryFailed as exc:
            return _plain(500, str(exc))
        except KgError as exc:
            return _plain(400, str(exc))
        mediatype, fmt = matches[result.kind]
        text_type = mediatype.startswith("text/")
        return Response(serialize(result, fmt), status=200,
                        content_type=mediatype + ("; charset=utf-8" if text_type else ""), headers={"Vary": "Accept"})

    def read_only(self) -> Response:
        return _plain(403, "this endpoint is read-only: SPARQL Update is not accepted")

    def negotiate(self, request: Request, kind: str, forced: str | None) -> tuple[str, str] | None:
        """(media type, our format name) for this kind of answer: the `format` parameter if given, else the best
        offer for the Accept header (the first offer when there is none); None when nothing suits."""
        offers = RESULT_OFFERS[kind]
        if forced:
            fmt = FORMAT_PARAM.get(forced.lower())
            return next(((mt, f) for mt, f in offers if f == fmt), None)
        accept = request.headers.get("Accept", "").strip()
        if not accept:
            return offers[0]
        best = request.accept_mimetypes.best_match([mt for mt, _ in offers])
        return next(((mt, f) for mt, f in offers if mt == best), None)

    def service_description(self, request: Request) -> Response:
        """The SPARQL 1.1 Service Description: endpoint, language, result formats, features and graphs."""
        service, dataset, default = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
        sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731 - a tiny local helper
        triples = [
            ox.Triple(service, RDF_TYPE, sd("Service")),
            ox.Triple(service, sd("endpoint"), ox.NamedNode(request.base_url)),
            ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
            ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
            ox.Triple(service, sd("defaultDataset"), dataset),
            ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
            ox.Triple(dataset, sd("defaultGraph"), default),
            ox.Triple(default, RDF_TYPE, sd("Graph")),
        ]
        triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS_NS + f)) for f in SD_FORMATS]
        for i, graph in enumerate(sorted(self.store.named_graphs(), key=str)):
            node = ox.BlankNode(f"graph{i}")
            triples += [ox.Triple(dataset, sd("namedGraph"), node), ox.Triple(node, RDF_TYPE, sd("NamedGraph")),
                        ox.Triple(node, sd("name"), graph)]
        result = Result("graph", triples=triples)
        match = self.negotiate(request, "graph", None) or RESULT_OFFERS["graph"][0]
        mediatype, fmt = match
        text_type = mediatype.startswith("text/")
        return Response(serialize(result, fmt), content_type=mediatype + ("; charset=utf-8" if text_type else ""),
                        headers={"Vary": "Accept"})


def make_server(app: SparqlApp, host: str = "127.0.0.1", port: int = 8000, threads: int = 8):
    """A waitress server bound to host:port (port 0 picks a free one; see `.effective_port`)."""
    import waitress

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth" under load is not news
    # waitress resets the connection of a body over its own limit (the client sees no answer), so its limit sits
    # well above MAX_REQUEST_BYTES and the app answers a clear 413 for everything in between.
    return waitress.create_server(app, host=host, port=port, threads=threads, ident="kg",
                                  max_request_body_size=16 * MAX_REQUEST_BYTES, clear_untrusted_proxy_headers=True)

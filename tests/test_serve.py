"""kg.serve over real HTTP (waitress on a free 127.0.0.1 port) and `kg serve` as a real process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import load_files
from kg.serve import SparqlApp, make_server

ROOT = Path(__file__).resolve().parents[1]
DATA = """\
@prefix ex: <http://example.org/> .
ex:g1 { ex:a ex:p "中文"@zh-Hans ; ex:q 1 . }
ex:g2 { ex:b ex:p "two" . }
"""
JSON = "application/sparql-results+json"
PROBE = "ASK { <http://example.org/probe> ?p ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    (folder / "data.trig").write_text(DATA, encoding="utf-8")
    slow = "".join(f'<http://e/{i}> <http://e/p> "{i}" .\n' for i in range(100))
    (folder / "slow.nt").write_text(slow, encoding="utf-8")
    store = load_files([folder / "data.trig", folder / "slow.nt"])
    viewer = folder / "graph.html"
    app = SparqlApp(store, viewer=viewer, timeout=0.5, max_results=50)
    srv = make_server(app, "127.0.0.1", 0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}", viewer
    srv.close()


def http(url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def get(base: str, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return http(f"{base}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def test_select_get_sees_the_union_and_named_graphs(server):
    base, _ = server
    status, ctype, body = get(base, "SELECT ?g WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } } ORDER BY ?g", JSON)
    assert status == 200 and ctype.startswith(JSON)
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["http://example.org/g1",
                                                                                 "http://example.org/g2"]
    status, _, body = get(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/p> ?o }")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"


def test_post_form_and_direct(server):
    base, _ = server
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p \"中文\"@zh-Hans }"}).encode()
    status, _, body = http(f"{base}/sparql", "POST", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, ctype, body = http(f"{base}/sparql", "POST", b"SELECT ?o WHERE { <http://example.org/b> ?p ?o }",
                               {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv") and body == b"o\r\ntwo\r\n"


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9, application/sparql-results+json;q=0.6",
     "application/sparql-results+xml"),
    ("*/*", JSON),
])
def test_content_negotiation_for_results(server, accept, expected):
    status, ctype, _ = get(server[0], "SELECT * WHERE { ?s ?p ?o } LIMIT 1", accept)
    assert status == 200 and ctype.split(";")[0] == expected


@pytest.mark.parametrize("accept, expected, fmt", [
    ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    (None, "text/turtle", ox.RdfFormat.TURTLE),
])
def test_content_negotiation_for_graphs(server, accept, expected, fmt):
    status, ctype, body = get(server[0], "CONSTRUCT WHERE { ?s <http://example.org/p> ?o }", accept)
    assert status == 200 and ctype.split(";")[0] == expected
    assert len(list(ox.parse(body, format=fmt))) == 2


def test_unacceptable_format_is_406(server):
    status, _, body = get(server[0], "ASK {}", "application/x-no-such-format")
    assert status == 406 and b"available" in body


def test_updates_are_refused_and_change_nothing(server):
    base, _ = server
    insert = "INSERT DATA { <http://example.org/probe> <http://example.org/p> 1 }"
    attempts = [
        http(f"{base}/sparql", "POST", insert.encode(), {"Content-Type": "application/sparql-update"}),
        http(f"{base}/sparql", "POST", urllib.parse.urlencode({"update": insert}).encode(),
             {"Content-Type": "application/x-www-form-urlencoded"}),
        http(f"{base}/sparql?" + urllib.parse.urlencode({"update": insert})),
        get(base, insert),
    ]
    assert [a[0] for a in attempts] == [403, 403, 403, 400]
    assert json.loads(get(base, PROBE)[2])["boolean"] is False


@pytest.mark.parametrize("query, status, message", [
    ("SELECT * WHERE {\n ?s ?p }", 400, b"query:2:"),
    ("SELECT * WHERE { SERVICE <http://example.invalid/> { ?s ?p ?o } }", 400, b"SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o }", 400, b"more than 50 rows"),
    ("", 400, b"empty query"),
])
def test_bad_queries_get_clear_errors(server, query, status, message):
    got, ctype, body = get(server[0], query)
    assert got == status and ctype.startswith("text/plain") and message in body


@pytest.mark.parametrize("accept", [JSON, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"])
def test_result_size_limit_in_every_results_format(server, accept):
    """Oxigraph writes the answer; the limit (50 here) is still counted in rows, whatever the format."""
    status, ctype, body = get(server[0], "SELECT * WHERE { ?s <http://e/p> ?o } LIMIT 50", accept)
    assert status == 200 and ctype.startswith(accept)
    status, ctype, body = get(server[0], "SELECT * WHERE { ?s <http://e/p> ?o } LIMIT 51", accept)
    assert status == 400 and ctype.startswith("text/plain") and b"more than 50 rows" in body


def test_unacceptable_format_is_refused_before_the_query_runs(server):
    """A client that accepts no results format gets 406 at once, not a timeout after computing the answer (the
    server's limit is 0.5 s; this query needs far more)."""
    status, _, body = get(server[0], "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 }",
                          "text/turtle")
    assert status == 406 and b"cannot answer this select query as text/turtle" in body


def test_slow_query_times_out(tmp_path):
    """1M joined rows (100^3) counted before the first answer row: tens of milliseconds at the very least,
    so a 10 ms limit always trips, whatever the machine's speed (a 0.5 s limit did not, on a fast run)."""
    slow = "".join(f'<http://e/{i}> <http://e/p> "{i}" .\n' for i in range(100))
    (tmp_path / "slow.nt").write_text(slow, encoding="utf-8")
    app = SparqlApp(load_files([tmp_path / "slow.nt"]), viewer=tmp_path / "graph.html", timeout=0.01, max_results=50)
    srv = make_server(app, "127.0.0.1", 0, threads=2)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        got, ctype, body = get(f"http://127.0.0.1:{srv.effective_port}",
                               "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o2 . ?c ?p ?o3 }")
    finally:
        srv.close()
    assert got == 503 and ctype.startswith("text/plain") and b"timed out" in body


def test_protocol_errors(server):
    base, _ = server
    assert http(f"{base}/sparql?query=ASK%7B%7D", "DELETE")[0] == 405
    assert http(f"{base}/sparql?query=ASK%7B%7D&query=ASK%7B%7D")[0] == 400
    assert http(f"{base}/sparql", "POST", b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    assert http(f"{base}/sparql", "POST", "ASK {}".encode("utf-16"),
                {"Content-Type": "application/sparql-query; charset=UTF-16"})[0] == 415
    assert http(f"{base}/sparql", "POST", b"x" * 1_100_000, {"Content-Type": "application/sparql-query"})[0] == 413
    assert http(f"{base}/nowhere")[0] == 404


def test_service_description(server):
    base, _ = server
    status, ctype, body = http(f"{base}/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and ctype.startswith("text/turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert any(t.predicate.value == sd + "endpoint" and t.object.value == f"{base}/sparql" for t in triples)
    assert {t.object.value for t in triples if t.predicate.value == sd + "name"} == {
        "http://example.org/g1", "http://example.org/g2"}


def test_viewer_or_hint_page(server):
    base, viewer = server
    status, ctype, body = http(f"{base}/")
    assert status == 200 and ctype.startswith("text/html") and b"kg build" in body
    viewer.write_text("<!doctype html><title>graph</title>", encoding="utf-8")
    assert http(f"{base}/")[2] == b"<!doctype html><title>graph</title>"
    viewer.unlink()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_kg_serve_process_binds_localhost_and_answers(tmp_path):
    data = tmp_path / "data.trig"
    data.write_text(DATA, encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port), str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        lines = [proc.stdout.readline(), proc.stdout.readline()]
        assert "3 triples" in lines[0] and f"http://127.0.0.1:{port}/sparql" in lines[1]
        deadline = time.monotonic() + 10
        while True:
            try:
                status, _, body = get(f"http://127.0.0.1:{port}", "ASK { ?s ?p ?o }")
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(10)


def test_kg_serve_bad_input(tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["serve", str(tmp_path / "missing.ttl")])
    assert out.exit_code == 2 and "missing.ttl: file not found" in out.output
    data = tmp_path / "data.trig"
    data.write_text(DATA, encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = runner.invoke(main, ["serve", "--port", str(port), str(data)])
    assert out.exit_code == 2 and "cannot listen on 127.0.0.1" in out.output and "Traceback" not in out.output

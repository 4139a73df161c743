"""kg.push and `kg push` against a real Oxigraph server (the `oxigraph` binary from PyPI), read back to compare."""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import push as p
from kg.cli import main
from kg.query import load_files

ROOT = Path(__file__).resolve().parents[1]
DATA = """\
@prefix ex: <http://example.org/> .
ex:g1 { ex:a ex:p "中文"@zh-Hans ; ex:q 1 . ex:a ex:r [ ex:s "nested" ; ex:t [ ex:u 2 ] ] . }
ex:g2 { ex:b ex:p "two" . }
{ ex:d ex:p ex:a . }
"""


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store_url(tmp_path):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the dev extra)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "oxigraph server did not start"
            time.sleep(0.05)
    yield base
    proc.terminate()
    proc.wait(10)


def dump(base: str) -> ox.Dataset:
    """Everything the store holds, as a dataset (read back through its own GSP endpoint)."""
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return ox.Dataset(ox.parse(r.read(), format=ox.RdfFormat.N_QUADS))


def canonical(quads) -> set[str]:
    """Quads with blank nodes relabelled canonically, so two copies of one dataset compare equal."""
    ds = ox.Dataset(list(quads))
    ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in ds}


@pytest.fixture
def small(tmp_path) -> ox.Store:
    path = tmp_path / "data.trig"
    path.write_text(DATA, encoding="utf-8")
    return load_files([path])


def test_every_quad_arrives_in_its_graph_even_in_tiny_chunks(store_url, small):
    report = p.push(p.plan(small), f"{store_url}/store", chunk_size=2)
    assert report.triples == len(small) == 8 and report.graphs == 3 and report.requests >= 4
    assert canonical(dump(store_url)) == canonical(small)  # blank nodes kept whole across chunks


def test_replace_and_single_graph(store_url, small):
    p.push(p.plan(small), f"{store_url}/store")
    p.push(p.plan(small), f"{store_url}/store")  # POST appends: IRI triples are a set, blank nodes are new ones
    assert len(dump(store_url)) == 8 + 4
    p.push(p.plan(small), f"{store_url}/store", replace=True)  # so re-pushing means --replace
    assert canonical(dump(store_url)) == canonical(small)
    other = ox.Store()
    other.add(ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://example.org/p"), ox.Literal("new"),
                      ox.NamedNode("http://example.org/g2")))
    p.push(p.plan(other), f"{store_url}/store", replace=True)
    g2 = [q for q in dump(store_url) if q.graph_name == ox.NamedNode("http://example.org/g2")]
    assert [q.object.value for q in g2] == ["new"]
    p.push(p.plan(small, graph="http://example.org/all"), f"{store_url}/store", replace=True)
    flat = [q for q in dump(store_url) if q.graph_name == ox.NamedNode("http://example.org/all")]
    assert len(flat) == 8


def test_cli_pushes_the_seed_graph_and_every_triple_arrives(store_url):
    out = CliRunner().invoke(main, ["--root", str(ROOT), "push", "--endpoint", f"{store_url}/store",
                                    "--chunk-size", "5000"])
    assert out.exit_code == 0, out.output
    assert "pushed" in out.output
    from kg.query import load_graph

    seed, _ = load_graph(ROOT)
    assert canonical(dump(store_url)) == canonical(seed)
    assert len(list(seed.named_graphs())) >= 4


def test_chunks_keep_blank_node_groups_together():
    b1, b2 = ox.BlankNode("b1"), ox.BlankNode("b2")
    s, pr = ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p")
    triples = [ox.Triple(s, pr, b1), ox.Triple(b1, pr, b2), ox.Triple(b2, pr, ox.Literal("x"))]
    triples += [ox.Triple(ox.NamedNode(f"http://e/{i}"), pr, ox.Literal(i)) for i in range(5)]
    batches = list(p.chunks(triples, 2))
    assert sum(len(b) for b in batches) == 8
    assert any(set(triples[:3]) <= set(b) for b in batches)


class Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first request, then 204: the retry must make the upload succeed."""

    calls: list[str] = []

    def do_POST(self):  # noqa: N802 - the stdlib's naming
        self.rfile.read(int(self.headers["Content-Length"]))
        self.calls.append(self.path)
        self.send_response(503 if len(self.calls) == 1 else 204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_retries_transient_errors(small):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        Flaky.calls = []
        report = p.push(p.plan(small), f"http://127.0.0.1:{server.server_port}/store", backoff=0.01)
        assert report.requests == 3 and len(Flaky.calls) == 4
    finally:
        server.shutdown()


def test_push_bad_input(store_url, tmp_path, small):
    runner = CliRunner()
    data = tmp_path / "data.trig"
    data.write_text(DATA, encoding="utf-8")
    dead = f"http://127.0.0.1:{free_port()}/store"
    cases = [
        (["--endpoint", dead, "--retries", "0"], 1, "cannot reach the store"),
        (["--endpoint", f"{store_url}/no-such-path"], 1, "the store answered 404"),
        (["--endpoint", "ftp://example.org/"], 2, "--endpoint must be an http(s) URL"),
        (["--endpoint", f"{store_url}/store", "--graph", "relative"], 2, "--graph needs an absolute IRI"),
        (["--endpoint", f"{store_url}/store", "--graph", "http://e/g", "--named-graphs"], 2, "not both"),
    ]
    for args, code, message in cases:
        out = runner.invoke(main, ["push", "--data", str(data), *args])
        assert out.exit_code == code, (args, out.output)
        assert message in out.output and "Traceback" not in out.output
        assert "pushed" not in out.output

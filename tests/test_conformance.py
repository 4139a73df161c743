"""W3C SPARQL 1.1 conformance: the shared kit's checker against real `kg serve` processes; 0 failures allowed."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
KIT = REPO / ".." / "shared" / "w3c-sparql11"
pytestmark = pytest.mark.skipif(not (KIT / "check_endpoint.py").is_file(),
                                reason=f"the W3C SPARQL 1.1 kit is not at {KIT.resolve()} (../shared/w3c-sparql11)")
SERVE = [sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(*data: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([*SERVE, "--port", str(port), *map(str, data)], cwd=KIT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
            return proc, url
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "kg serve did not start"
            time.sleep(0.05)


def check(*args: str) -> tuple[int, int, str]:
    out = subprocess.run([sys.executable, str(KIT / "check_endpoint.py"), *args], capture_output=True, text=True,
                         timeout=300, cwd=KIT)
    m = re.search(r"^(\d+) passed, (\d+) failed$", out.stdout, re.M)
    assert m, out.stdout + out.stderr
    failures = "\n".join(line for line in out.stdout.splitlines() if line.startswith("FAIL"))
    return int(m.group(1)), int(m.group(2)), failures


def test_protocol_suite_with_the_sample_data():
    data = KIT / "sample" / "kg.ttl"
    proc, url = start(data)
    try:
        passed, failed, failures = check(url, str(data))
    finally:
        proc.terminate()
        proc.wait(10)
    assert failed == 0, failures
    assert passed >= 75


def test_protocol_dataset_tests_with_the_w3c_graphs():
    proc, url = start(KIT / "protocol" / "protocol-graphs.trig")
    try:
        passed, failed, failures = check(url, "--only", r"w3c:query_(dataset|multiple)")
    finally:
        proc.terminate()
        proc.wait(10)
    assert (passed, failed) == (6, 0), failures


def test_query_evaluation_suite():
    cmd = " ".join([*SERVE, "--port", "{port}", "{data}"])
    passed, failed, failures = check("--eval-all", str(KIT / "eval"), "--server-cmd", cmd,
                                     "--endpoint-template", "http://127.0.0.1:{port}/sparql")
    assert failed == 0, failures
    assert passed == 20

"""Load test of `kg serve` on 127.0.0.1 only: 16 keep-alive clients send a simple SELECT for a bounded time.

    python bench/bench_serve.py [--seconds 10] [--clients 16] [--max-requests 200000] [DATA.nq]

Goal: >= 500 queries/s with 16 concurrent clients and 0 errors. Starts its own server on a free port, stops it.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

QUERY = "SELECT ?c ?speaker WHERE { ?c a kgo:Claim ; kgo:speaker ?speaker } LIMIT 10"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path, help="RDF files to serve (default: the project's graph)")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port),
                             *map(str, args.data)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    path = "/sparql?" + urllib.parse.urlencode({"query": QUERY})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", path)
                c.getresponse().read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    sys.exit("kg serve did not start")
                time.sleep(0.1)
        ok, errors, latencies = [0], [0], []
        lock = threading.Lock()
        end = time.monotonic() + args.seconds

        def client() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            while time.monotonic() < end:
                with lock:
                    if ok[0] + errors[0] >= args.max_requests:
                        return
                t = time.perf_counter()
                try:
                    conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                    response = conn.getresponse()
                    response.read()
                    good = response.status == 200
                except OSError:
                    good = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                with lock:
                    latencies.append(time.perf_counter() - t)
                    ok[0] += good
                    errors[0] += not good

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        latencies.sort()
        print(f"{args.clients} clients, {elapsed:.1f} s: {ok[0] / elapsed:.0f} queries/s, {errors[0]} errors, "
              f"p50 {latencies[len(latencies) // 2] * 1000:.1f} ms, "
              f"p99 {latencies[int(len(latencies) * .99)] * 1000:.1f} ms")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()

"""`kg push`: upload the graph into any SPARQL 1.1 Graph Store Protocol store (Oxigraph, Fuseki, GraphDB).

Each named graph goes to `ENDPOINT?graph=IRI` (the default graph to `ENDPOINT?default`), or everything to one
graph with `graph=`. Large graphs go in chunks of N-Triples (POST appends; with `replace` the first chunk of
each graph is a PUT, which empties that graph first). Triples sharing a blank node always travel in the same
chunk, because a store reads each request as its own document and would otherwise split the node in two.
Connection errors and 502/503/504 are retried with back-off; any other 4xx/5xx stops with the store's answer.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KgError

DEFAULT_CHUNK = 50_000
TRANSIENT = {502, 503, 504}


class PushError(KgError):
    """The store could not be reached or refused the upload."""


@dataclass
class Upload:
    """One graph's triples and where they go (`graph` None = the store's default graph)."""

    graph: str | None
    triples: list[ox.Triple]


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    done: list[str] = field(default_factory=list)


def plan(store: ox.Store, graph: str | None = None) -> list[Upload]:
    """What to send: one upload per named graph (and the default graph if it holds anything), or every distinct
    triple into `graph`."""
    if graph is not None:
        seen: dict[ox.Triple, None] = {}
        for q in store:
            seen.setdefault(ox.Triple(q.subject, q.predicate, q.object))
        return [Upload(graph, sorted(seen, key=str))]
    by_graph: dict[str | None, list[ox.Triple]] = {}
    for q in store:
        name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        by_graph.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return [Upload(name, sorted(triples, key=str))
            for name, triples in sorted(by_graph.items(), key=lambda kv: kv[0] or "")]


def chunks(triples: list[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Consecutive chunks of about `size` triples; every triple touching a blank node stays with the others
    that share its node (union-find over blank nodes), even when that makes a chunk bigger."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def blanks(t: ox.Triple) -> list[str]:
        return [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]

    for t in triples:
        nodes = blanks(t)
        for other in nodes[1:]:
            parent[find(other)] = find(nodes[0])
        if nodes:
            find(nodes[0])
    groups: dict[str, list[ox.Triple]] = {}
    plain: list[ox.Triple] = []
    for t in triples:
        nodes = blanks(t)
        (groups.setdefault(find(nodes[0]), []) if nodes else plain).append(t)
    batch: list[ox.Triple] = []
    for unit in [[t] for t in plain] + list(groups.values()):
        if batch and len(batch) + len(unit) > size:
            yield batch
            batch = []
        batch.extend(unit)
    if batch:
        yield batch


def graph_url(endpoint: str, graph: str | None) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    extra = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit(parts._replace(query=query))


def send(url: str, method: str, body: bytes, *, retries: int = 3, timeout: float = 60.0,
         backoff: float = 0.5) -> int:
    """One request, retried on connection errors and 502/503/504; returns the HTTP status."""
    attempt = 0
    while True:
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as exc:
            detail = exc.read(400).decode("utf-8", "replace").strip()
            if exc.code not in TRANSIENT or attempt >= retries:
                raise PushError(f"the store answered {exc.code} {exc.reason} to {method} {url}"
                                + (f": {detail}" if detail else "")) from None
            reason = f"{exc.code} {exc.reason}"
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if attempt >= retries:
                raise PushError(f"cannot reach the store at {url}: {reason} (tried {attempt + 1} times); "
                                "is it running, and is --endpoint its Graph Store Protocol URL?") from None
        attempt += 1
        time.sleep(backoff * 2 ** (attempt - 1))


def push(uploads: Iterable[Upload], endpoint: str, *, replace: bool = False, chunk_size: int = DEFAULT_CHUNK,
         retries: int = 3, timeout: float = 60.0, backoff: float = 0.5,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """Send every upload in chunks; `progress(n)` after each chunk of n triples. On failure the PushError says
    how much had been stored before it."""
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
    report = PushReport()
    for upload in uploads:
        url = graph_url(endpoint, upload.graph)
        name = upload.graph or "the default graph"
        for i, batch in enumerate(chunks(upload.triples, chunk_size)):
            body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
            method = "PUT" if replace and i == 0 else "POST"
            try:
                send(url, method, body, retries=retries, timeout=timeout, backoff=backoff)
            except PushError as exc:
                raise PushError(f"{exc.message}\nstopped in {name}: {report.triples} triples had been stored "
                                f"before ({report.graphs} graph(s) complete); nothing after that was sent") from None
            report.triples += len(batch)
            report.requests += 1
            if progress:
                progress(len(batch))
        report.graphs += 1
        report.done.append(name)
    return report

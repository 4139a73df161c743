"""`kg query`, `kg serve`, `kg push`: SPARQL for people (tables), for tools (an endpoint) and for stores (upload)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import UsageError

DATA_HELP = "RDF files to use instead of the graph from seeds/ (.ttl .nt .nq .trig .rdf .jsonld)."
BUILD_HELP = "Build from seeds/ even when exports/kg.nq is fresh."


def _load(ctx: click.Context, data: tuple[Path, ...], rebuild: bool):
    from kg.query import load_graph

    return load_graph(ctx.obj["root"], data, rebuild)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"expected NAME=VALUE, got {item!r}", "--param")
        out[name.strip()] = value
    return out


@click.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from this file.")
@click.option("-n", "--name", help="Run a bundled question (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A bundled question's parameter, e.g. -p entity=浦東科創集團 (repeatable).")
@click.option("--list", "list_only", is_flag=True, help="List the bundled questions and exit.")
@click.option("--show", is_flag=True, help="Print the query text (parameters filled in) instead of running it.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml"]),
              help="table/csv/tsv/json/xml for SELECT and ASK; turtle/ntriples/jsonld/rdfxml for CONSTRUCT and "
                   "DESCRIBE (table means turtle there).")
@click.option("--data", multiple=True, type=click.Path(dir_okay=False, path_type=Path), help=DATA_HELP)
@click.option("--build", "rebuild", is_flag=True, help=BUILD_HELP)
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds before the query is abandoned (0: no limit).")
@click.pass_context
def query(ctx: click.Context, sparql: str | None, query_file: Path | None, name: str | None, params: tuple[str, ...],
          list_only: bool, show: bool, fmt: str, data: tuple[Path, ...], rebuild: bool, timeout: float) -> None:
    """Answer a SPARQL query over the graph: inline, from a file (-f) or a bundled question (--name).

    Our prefixes (kgo: kgr: schema: prov: skos: oa: dcterms: cito: rdf: rdfs: owl: xsd: wd:) are predeclared;
    the default graph is the union of all named graphs, and GRAPH ?g still tells them apart. The data is
    exports/kg.nq when it is newer than seeds/ (fast), else the graph built from seeds/, or --data files.
    """
    from kg import query as q

    if list_only:
        click.echo(q.list_questions(), nl=False)
        return
    given = [x for x in (sparql is not None and "SPARQL", query_file and "--file", name and "--name") if x]
    if len(given) != 1:
        raise UsageError("give exactly one query: inline SPARQL, --file FILE or --name QUESTION (see --list)"
                         + (f"; got {' and '.join(given)}" if given else ""))
    if params and not name:
        raise UsageError("--param only applies to a bundled question (--name)", "--param")
    if name:
        text, source = q.question(name).render(_params(params)), f"{name}.rq"
    elif query_file:
        if not query_file.is_file():
            raise UsageError("file not found", str(query_file))
        try:
            text, source = query_file.read_text(encoding="utf-8"), str(query_file)
        except UnicodeDecodeError:
            raise UsageError("not UTF-8 text", str(query_file)) from None
    else:
        text, source = sparql or "", "query"
    if show:
        click.echo(text, nl=not text.endswith("\n"))
        return
    store, _origin = _load(ctx, data, rebuild)
    body = q.answer(store, text, fmt, source=source, timeout=timeout or None)
    sys.stdout.buffer.write(body) if hasattr(sys.stdout, "buffer") else click.echo(body.decode("utf-8"), nl=False)
    sys.stdout.flush()


@click.command()
@click.argument("data", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1/localhost exposes the endpoint to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0 picks a free port.")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=30.0, show_default=True,
              help="Seconds a query may run before the client gets 503.")
@click.option("--max-results", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Rows (SELECT) or triples (CONSTRUCT/DESCRIBE) an answer may hold.")
@click.option("--threads", type=click.IntRange(1, 256), default=8, show_default=True, help="Worker threads.")
@click.option("--build", "rebuild", is_flag=True, help=BUILD_HELP)
@click.pass_context
def serve(ctx: click.Context, data: tuple[Path, ...], host: str, port: int, timeout: float, max_results: int,
          threads: int, rebuild: bool) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql and the graph viewer at / (DATA: RDF files to serve
    instead of the graph from seeds/)."""
    from kg.serve import SparqlApp, make_server

    store, origin = _load(ctx, data, rebuild)
    app = SparqlApp(store, viewer=ctx.obj["root"] / "exports" / "graph.html", timeout=timeout,
                    max_results=max_results, max_running=threads)
    try:
        server = make_server(app, host, port, threads)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port",
                         "--port") from None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}"
    click.echo(f"kg: {len(store)} triples from {origin}")
    click.echo(f"kg: SPARQL endpoint {url}/sparql, viewer {url}/ (Ctrl-C stops)", nl=True)
    sys.stdout.flush()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@click.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki), http://localhost:7200/repositories/R/rdf-graphs/service "
                   "(GraphDB).")
@click.option("--graph", metavar="IRI", help="Put every triple into this one graph.")
@click.option("--named-graphs", is_flag=True, help="Keep our named graphs, one per graph (the default).")
@click.option("--replace", is_flag=True, help="Replace each target graph's content instead of adding to it.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Triples per request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Retries per request on connection errors and 502/503/504.")
@click.option("--data", multiple=True, type=click.Path(dir_okay=False, path_type=Path), help=DATA_HELP)
@click.option("--build", "rebuild", is_flag=True, help=BUILD_HELP)
@click.pass_context
def push(ctx: click.Context, endpoint: str, graph: str | None, named_graphs: bool, replace: bool, chunk_size: int,
         retries: int, data: tuple[Path, ...], rebuild: bool) -> None:
    """Upload the graph into a SPARQL 1.1 Graph Store Protocol store, keeping the named graphs."""
    from kg import push as p

    if graph and named_graphs:
        raise UsageError("use --graph IRI or --named-graphs, not both", "--graph")
    if graph is not None and not graph.startswith(("http://", "https://", "urn:")):
        raise UsageError(f"--graph needs an absolute IRI such as https://example.org/kg, not {graph!r}", "--graph")
    if not endpoint.startswith(("http://", "https://")):
        raise UsageError(f"--endpoint must be an http(s) URL, not {endpoint!r}", "--endpoint")
    store, origin = _load(ctx, data, rebuild)
    uploads = p.plan(store, graph)
    total = sum(len(u.triples) for u in uploads)
    with click.progressbar(length=total, label=f"pushing {total} triples", file=sys.stderr) as bar:
        report = p.push(uploads, endpoint, replace=replace, chunk_size=chunk_size, retries=retries,
                        progress=bar.update)
    click.echo(f"pushed {report.triples} triples from {origin} into {report.graphs} graph(s) at {endpoint} "
               f"in {report.requests} request(s){' (replacing their content)' if replace else ''}")


def register(main: click.Group) -> None:
    main.add_command(query)
    main.add_command(serve)
    main.add_command(push)

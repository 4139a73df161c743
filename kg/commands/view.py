"""`kg view`: open the offline graph viewer, or write a filtered view of the graph."""

from __future__ import annotations

import tempfile
import webbrowser
from pathlib import Path

import click

from kg.errors import UsageError


def _open(path: Path) -> None:
    if not webbrowser.open(path.resolve().as_uri()):
        click.echo(f"no browser found; open this file yourself: {path}", err=True)


@click.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a view of the graph to FILE (built from seeds/, with --doc/--type applied).")
@click.option("--doc", "docs", multiple=True, metavar="ID", help="Only this document (repeatable).")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only nodes of this type: an entity type (Company …), a category (actor, place, policy, "
                   "concept) or claim (repeatable).")
@click.option("--no-open", is_flag=True, help="Print the path instead of opening a browser.")
@click.pass_context
def view(ctx: click.Context, out: Path | None, docs: tuple[str, ...], types: tuple[str, ...], no_open: bool) -> None:
    """Open the interactive graph (exports/graph.html) in the default browser; works offline."""
    root: Path = ctx.obj["root"]
    if out is None and not docs and not types:
        path = root / "exports" / "graph.html"
        if not path.is_file():
            raise UsageError(f"{path} does not exist; run `kg build` first (or use --out FILE)")
    else:
        from kg.build import build
        from kg.viewer import render_view

        if out is not None and not out.parent.is_dir():
            raise UsageError(f"--out {out}: folder {out.parent} does not exist")
        result = build(root, write=False)
        html = render_view(result.dataset, docs, types)
        if out is None:
            folder = Path(tempfile.gettempdir()) / "kg-view"
            folder.mkdir(exist_ok=True)
            out = folder / ("graph-" + "-".join([*docs, *types])[:80] + ".html")
        try:
            out.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--out {out}: cannot write ({exc.strerror})") from exc
        path = out
    if no_open:
        click.echo(str(path))
    else:
        click.echo(f"opening {path}")
        _open(path)


def register(main: click.Group) -> None:
    main.add_command(view)

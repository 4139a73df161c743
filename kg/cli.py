"""The `kg` command: a thin layer that parses options, calls the library and turns errors into exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.commands.extraction import concepts_option, use_layers
from kg.errors import KgError


class KgGroup(click.Group):
    """Turns every KgError into `kg: path:line: message` and its exit code, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: {exc}", err=True)
            sys.exit(exc.exit_code)


def _root(ctx: click.Context) -> Path:
    return ctx.obj["root"]


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Project folder holding seeds/ (default: nearest one from the current folder up).")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """kg: a knowledge graph of actors, policies and claims from Chinese-language commentary."""
    from kg.paths import find_root

    if root is not None and not root.is_dir():
        raise click.BadParameter(f"{root} is not a folder", param_hint="--root")
    ctx.obj = {"root": root.resolve() if root else find_root()}


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the exports (default: exports/ beside seeds/).")
@concepts_option
@click.pass_context
def build(ctx: click.Context, out: Path | None, concepts: bool | None) -> None:
    """Build seeds/ into a validated graph and write exports/ (all files or none)."""
    from kg.build import build as run_build

    use_layers(concepts)

    bar = None

    def progress(done: int, total: int, doc) -> None:
        nonlocal bar
        if bar is None and total >= 5:
            bar = click.progressbar(length=total, label="extracting", file=sys.stderr)
            bar.__enter__()
        if bar is not None:
            bar.update(1)
            if done == total:
                bar.__exit__(None, None, None)

    result = run_build(_root(ctx), out, progress=progress)
    click.echo(result.summary())
    click.echo(f"valid: {result.report.checked_anchors} quotes checked; wrote {len(result.written)} files to "
               f"{(out or _root(ctx) / 'exports')}")


@main.command()
@click.argument("data", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def validate(ctx: click.Context, data: tuple[Path, ...]) -> None:
    """Check the graph built from seeds/ (or RDF files) against the SHACL shapes and every quote.

    Exit 0 when valid, 1 when invalid, 2 on a usage error.
    """
    if data:
        from kg.loading import load_rdf_files
        from kg.validate import validate_graph

        report = validate_graph(load_rdf_files(data), default_source=", ".join(map(str, data)))
    else:
        from kg.build import build as run_build
        from kg.errors import ValidationError

        try:
            report = run_build(_root(ctx), write=False, full_validation=True).report
        except ValidationError as exc:
            click.echo(str(exc), err=True)
            sys.exit(1)
    click.echo(report.text(), err=not report.conforms)
    sys.exit(0 if report.conforms else 1)


from kg.commands import register_all  # noqa: E402 - the sub-commands attach to `main` defined above

register_all(main)

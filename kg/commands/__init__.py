"""Sub-commands that live beside the core ones; each module exposes `register(group)`."""

from __future__ import annotations

import importlib

import click

# One line per command module (keep sorted). Each module defines `register(main: click.Group) -> None`.
MODULES: tuple[str, ...] = (
    "analytics",
    "extraction",
    "sparql",
    "view",
)


def register_all(main: click.Group) -> None:
    for name in MODULES:
        importlib.import_module(f"kg.commands.{name}").register(main)

"""YAML reading that remembers line numbers, so every curation error can point at `file:line`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import CurationError

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the 1-based line of every mapping under `__line__`."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


# Dates and times stay strings: the curator's `2025-03` must not turn into something else.
for _first, _resolvers in list(_LineLoader.yaml_implicit_resolvers.items()):
    _LineLoader.yaml_implicit_resolvers[_first] = [
        (tag, rx) for tag, rx in _resolvers if tag != "tag:yaml.org,2002:timestamp"
    ]


def load_yaml(path: Path, shown: str | None = None) -> Any:
    """Parse one YAML file; syntax errors become CurationError with the file (as `shown`) and line."""
    name = shown or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CurationError(f"cannot read file ({exc.strerror}); check that it exists", name) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(
            f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8", str(path)
        ) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CurationError(f"malformed YAML: {problem}; fix the syntax", name, line) from None


def line_of(node: Any) -> int | None:
    """Line of a mapping loaded by `load_yaml`, or None for scalars."""
    return node.get(LINE_KEY) if isinstance(node, dict) else None

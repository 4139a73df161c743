"""One exception family per concern; the CLI turns them into `path:line: message` and an exit code."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error a user can act on: carries where it happened and what to do."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(KgError):
    """A document or its metadata cannot be read (missing, not UTF-8, missing field)."""


class CurationError(KgError):
    """A curated annotation is malformed or inconsistent (YAML, unknown id, quote not in text)."""


class ValidationError(KgError):
    """The built graph violates the SHACL shapes or a quote check."""


class UsageError(KgError):
    """The command was called wrongly (bad option values, missing folders)."""

    exit_code = 2

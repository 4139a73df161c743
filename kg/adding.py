"""`kg add`: a new document joins seeds/ with its metadata; the next build extracts it."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import yaml

from kg.errors import SourceError, UsageError
from kg.sources import DATE, DOC_ID, read_text
from kg.textnorm import detect_script

_ID_DROP = re.compile(r"[^A-Za-z0-9_.-]+")


def document_id(path: Path) -> str:
    """A document id from a file name: ASCII letters, digits, '_', '.', '-' (others dropped)."""
    stem = _ID_DROP.sub("-", path.stem).strip("-.")
    return stem or "document"


def _agent(value: str, entities: set[str]) -> str | dict[str, str]:
    """A curated entity id stays an id; anything else is a name the metadata introduces."""
    return value if value in entities else {"name": value}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_document(root: Path, source: Path, *, title: str, author: str, publisher: str, date: str,
                 url: str | None = None, doc_id: str | None = None, language: str | None = None,
                 entities: set[str] | None = None) -> tuple[Path, Path]:
    """Copy `source` (byte for byte) and write its metadata; refuses to overwrite an existing document."""
    folder = root / "seeds" / "documents"
    if not folder.is_dir():
        raise UsageError("no seeds/documents folder here; run inside a kg project or pass --root", str(folder))
    text = read_text(source, str(source))
    doc_id = doc_id or document_id(source)
    if not DOC_ID.match(doc_id):
        raise UsageError(f"document id {doc_id!r} may use only letters, digits, '_', '.', '-'; pass --id")
    target, meta_path = folder / f"{doc_id}.txt", folder / f"{doc_id}.yaml"
    if target.exists() or meta_path.exists():
        raise UsageError(f"document {doc_id!r} already exists; choose another --id", str(target))
    if not DATE.match(date):
        raise UsageError(f"date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD", "--date")
    for name, value in (("--title", title), ("--author", author), ("--publisher", publisher)):
        if not value.strip():
            raise UsageError(f"{name} must not be empty", name)
    language = language or detect_script(text)
    if language not in ("zh-Hans", "zh-Hant"):
        raise SourceError("the text has no Chinese script to detect; pass --language zh-Hans or zh-Hant",
                          str(source))
    known = entities or set()
    meta = {"id": doc_id, "title": title.strip(), "language": language,
            "author": _agent(author.strip(), known), "publisher": _agent(publisher.strip(), known),
            "date": date, "genre": "Article"}
    if url:
        meta["url"] = url
    _atomic_write(meta_path, yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).encode("utf-8"))
    try:
        _atomic_write(target, source.read_bytes())
    except BaseException:
        meta_path.unlink(missing_ok=True)
        raise
    del text
    return target, meta_path

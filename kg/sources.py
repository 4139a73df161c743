"""Reads the corpus: each `documents/<id>.txt` with its `<id>.yaml` metadata, strictly validated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kg.anchor import QuoteNotFound, locate
from kg.errors import SourceError
from kg.model import ContentSource, Document, Work
from kg.vocab import GENRES, LANGUAGES
from kg.yamlio import line_of, load_yaml

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
REQUIRED = ("id", "title", "language", "author", "publisher", "date")
OPTIONAL = ("byline", "date_note", "url", "editor", "genre", "derived_from", "content_sources")
WORK_RELATIONS = ("republishes", "derived-from")


def agent_id(name: str) -> str:
    """Entity id for an author or publisher known only by name: the extractor's id for the same label."""
    from kg.extract.resolve import entity_id_for

    return entity_id_for(name)


def read_text(path: Path, shown: str | None = None) -> str:
    """A source text as code points; refuses what is not UTF-8 or is empty, since offsets depend on it."""
    name = shown or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read text ({exc.strerror})", name) from None
    if b"\x00" in raw:
        raise SourceError("binary file (contains NUL bytes); give a UTF-8 text file", name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"not valid UTF-8 at byte {exc.start}; convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
            name,
            line,
        ) from None
    if not text.strip():
        raise SourceError("the text is empty; a document needs its text", name)
    return text


def _str_field(meta: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
    value = meta.get(key)
    if value is None:
        if required:
            raise SourceError(f"metadata is missing required field '{key}'; add it", path, line_of(meta))
        return None
    if isinstance(value, (dict, list)):
        raise SourceError(f"field '{key}' must be a single value, not {type(value).__name__}", path, line_of(meta))
    return str(value).strip()


def _works(meta: dict[str, Any], doc_id: str, text: str, path: str) -> list[Work]:
    items = meta.get("derived_from") or []
    if not isinstance(items, list):
        raise SourceError("'derived_from' must be a list of works", path, line_of(meta))
    works = []
    for item in items:
        if not isinstance(item, dict):
            raise SourceError("each 'derived_from' entry must be a mapping", path, line_of(meta))
        line = line_of(item)
        wid = _str_field(item, "id", path)
        if not SLUG.match(wid or ""):
            raise SourceError(f"work id {wid!r} is not a slug (a-z, 0-9, -)", path, line)
        relation = _str_field(item, "relation", path, required=False) or "derived-from"
        if relation not in WORK_RELATIONS:
            raise SourceError(f"unknown relation {relation!r}; use one of {', '.join(WORK_RELATIONS)}", path, line)
        genre = _str_field(item, "genre", path, required=False) or "Article"
        if genre not in GENRES:
            raise SourceError(f"unknown genre {genre!r}; use one of {', '.join(GENRES)}", path, line)
        works.append(
            Work(
                id=wid,
                genre=genre,
                title=_str_field(item, "title", path, required=False),
                author=_str_field(item, "author", path, required=False),
                publisher=_str_field(item, "publisher", path, required=False),
                relation=relation,
                anchor=_anchor(doc_id, text, item, path),
            )
        )
    return works


def _anchor(doc_id: str, text: str, item: dict[str, Any], path: str):
    quote = item.get("quote")
    if quote is None:
        return None
    try:
        return locate(doc_id, text, str(quote), str(item.get("prefix") or ""), str(item.get("suffix") or ""))
    except QuoteNotFound as exc:
        raise SourceError(str(exc), path, line_of(item)) from None


def _content_sources(meta: dict[str, Any], doc_id: str, text: str, path: str) -> list[ContentSource]:
    items = meta.get("content_sources") or []
    if not isinstance(items, list):
        raise SourceError("'content_sources' must be a list", path, line_of(meta))
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise SourceError("each 'content_sources' entry must be a mapping", path, line_of(meta))
        line = line_of(item)
        sid = _str_field(item, "id", path)
        if not SLUG.match(sid or ""):
            raise SourceError(f"content source id {sid!r} is not a slug (a-z, 0-9, -)", path, line)
        anchor = _anchor(doc_id, text, item, path)
        caveat = _str_field(item, "caveat", path, required=False)
        if caveat and (anchor is None or caveat not in anchor.exact):
            raise SourceError(f"caveat {caveat!r} must lie inside the content source's quote", path, line)
        out.append(
            ContentSource(
                id=sid,
                document=doc_id,
                generated_by=_str_field(item, "generated_by", path, required=False),
                relayed_by=_str_field(item, "relayed_by", path, required=False),
                part_of=_str_field(item, "part_of", path, required=False),
                anchor=anchor,
                caveat=caveat,
            )
        )
    return out


def load_document(text_path: Path, root: Path) -> Document:
    """One document from its text and sibling metadata file."""
    meta_path = text_path.with_suffix(".yaml")
    shown = meta_path.relative_to(root.parent).as_posix()
    text_shown = text_path.relative_to(root.parent).as_posix()
    if not meta_path.exists():
        raise SourceError(
            f"no metadata for {text_path.name}; create {meta_path.name} (see seeds/README.md)", shown
        )
    text = read_text(text_path, text_shown)
    meta = load_yaml(meta_path, shown)
    if not isinstance(meta, dict):
        raise SourceError("metadata must be a YAML mapping of fields", shown, 1)
    unknown = sorted(k for k in meta if k not in REQUIRED + OPTIONAL and k != "__line__")
    if unknown:
        raise SourceError(f"unknown metadata field(s) {', '.join(unknown)}; see seeds/README.md", shown, 1)
    agents: dict[str, tuple[str, str]] = {}
    for key, kind in (("author", "Person"), ("publisher", "MediaOutlet")):
        value = meta.get(key)
        if isinstance(value, dict):  # {name: 张三}: someone curation does not know, named by the metadata
            name = _str_field(value, "name", shown)
            eid = agent_id(name)
            agents[eid] = (name, _str_field(value, "type", shown, required=False) or kind)
            meta[key] = eid
    fields = {k: _str_field(meta, k, shown) for k in REQUIRED}
    if fields["id"] != text_path.stem:
        raise SourceError(f"id {fields['id']!r} must equal the text's file name {text_path.stem!r}", shown, 1)
    if not DOC_ID.match(fields["id"]):
        raise SourceError(f"document id {fields['id']!r} may use only letters, digits, '_', '.', '-'", shown, 1)
    if fields["language"] not in LANGUAGES:
        raise SourceError(f"language {fields['language']!r} must be one of {', '.join(LANGUAGES)}", shown, 1)
    if not DATE.match(fields["date"]):
        raise SourceError(f"date {fields['date']!r} must be YYYY, YYYY-MM or YYYY-MM-DD", shown, 1)
    genre = _str_field(meta, "genre", shown, required=False) or "Article"
    if genre not in GENRES:
        raise SourceError(f"unknown genre {genre!r}; use one of {', '.join(GENRES)}", shown, 1)
    doc_id = fields["id"]
    return Document(
        id=doc_id,
        path=text_path.relative_to(root.parent).as_posix(),
        meta_path=meta_path.relative_to(root.parent).as_posix(),
        text=text,
        title=fields["title"],
        language=fields["language"],
        author=fields["author"],
        publisher=fields["publisher"],
        date=fields["date"],
        genre=genre,
        byline=_str_field(meta, "byline", shown, required=False),
        date_note=_str_field(meta, "date_note", shown, required=False),
        url=_str_field(meta, "url", shown, required=False),
        editor=_str_field(meta, "editor", shown, required=False),
        derived_from=_works(meta, doc_id, text, shown),
        content_sources=_content_sources(meta, doc_id, text, shown),
        agents=agents,
    )


def load_documents(seeds: Path) -> dict[str, Document]:
    """All documents under `seeds/documents`, sorted by id; an empty or missing folder is an error."""
    if not seeds.is_dir():
        raise SourceError("seeds folder not found; run inside a kg project or pass --root DIR", str(seeds))
    folder = seeds / "documents"
    texts = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not texts:
        raise SourceError("no documents (*.txt) found; add texts with 'kg add' or copy them here",
                          "seeds/documents")
    orphans = sorted(p for p in folder.glob("*.yaml") if not p.with_suffix(".txt").exists())
    if orphans:
        raise SourceError("metadata without a text file; add the .txt or remove the .yaml",
                          orphans[0].relative_to(seeds.parent).as_posix())
    docs = [load_document(p, seeds) for p in texts]
    return {d.id: d for d in docs}

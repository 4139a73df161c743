"""Extraction of a file that is not (yet) part of the corpus, for `kg extract`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.adding import document_id
from kg.errors import SourceError
from kg.extract import CorpusClaim, Extraction, extract
from kg.extract.resolve import entity_id_for
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity

MAX_BYTES = 50 * 1024 * 1024


@dataclass
class FileExtraction:
    document: Document
    extraction: Extraction

    def turtle(self, curated: dict[str, Entity], curated_claims: frozenset[str]) -> str:
        """The document's extracted graph as it would enter the corpus, in Turtle."""
        from kg.export import serialize
        from kg.extracted import add_activity, extraction_graph
        from kg.quads import QuadDataset
        from kg.rdf import add_document, extracted_graph

        ds = QuadDataset()
        g = ds.sink(extracted_graph(self.document.id))
        add_document(g, self.document)
        add_activity(g)
        extraction_graph(self.document, self.extraction, curated, g, curated_claims)
        return serialize(ds, "kg.ttl")


def read_any_text(path: Path) -> str:
    """UTF-8 text of any size up to MAX_BYTES; empty is fine (an empty result), binary or non-UTF-8 is not."""
    if not path.is_file():
        raise SourceError("file not found", str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SourceError(f"file is {size // (1024 * 1024)} MB; split it (limit {MAX_BYTES // (1024 * 1024)} MB)",
                          str(path))
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise SourceError("binary file (contains NUL bytes); give a UTF-8 text file", str(path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(f"not valid UTF-8 at byte {exc.start}; convert it to UTF-8", str(path), line) from None


def extract_file(path: Path, gazetteer: Gazetteer | None, *, author: str | None = None,
                 corpus_claims: Sequence[CorpusClaim] = ()) -> FileExtraction:
    text = read_any_text(path)
    doc_id = document_id(path)
    author_id = entity_id_for(author) if author else "x-unknown-author"
    from kg.textnorm import detect_script

    script = detect_script(text)
    doc = Document(id=doc_id, path=str(path), text=text, title=path.name,
                   language=script if script in ("zh-Hans", "zh-Hant") else "zh-Hans",
                   author=author_id, publisher=author_id, date="", genre="Article",
                   agents={author_id: (author or "作者不详", "Person")})
    ex = extract(text, gazetteer, author=author_id, doc_id=doc_id, corpus_claims=corpus_claims)
    return FileExtraction(doc, ex)

"""Curated mentions: every occurrence of a curated label or alias in a text, in either script."""

from __future__ import annotations

from kg.anchor import make_anchor
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Mention


def curated_gazetteer(entities: dict[str, Entity]) -> Gazetteer:
    """Gazetteer of every curated label (all languages) and alias, which both curation and extraction use."""
    return Gazetteer(
        (e.id, e.type, sorted({*e.labels.values(), *e.aliases})) for e in sorted(entities.values(), key=lambda x: x.id)
    )


def find_mentions(documents: dict[str, Document], gazetteer: Gazetteer) -> list[Mention]:
    """Longest-match mentions of curated entities, anchored by offsets into each original text."""
    out = []
    for doc in documents.values():
        for m in gazetteer.find(doc.text):
            out.append(Mention(doc.id, m.entity_id, make_anchor(doc.id, doc.text, m.start, m.end)))
    return out

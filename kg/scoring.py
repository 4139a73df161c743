"""`kg eval`: the extractor scored against gold files, and honestly against the curated seeds."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import UsageError
from kg.evaluate import Scores, load_gold, score
from kg.extract import extract
from kg.extract.layers import CONCEPT_TYPES
from kg.extract.terms import CONCEPT_TERMS
from kg.gazetteer import Gazetteer
from kg.mentions import curated_gazetteer
from kg.model import Corpus, Entity


def read_gold(path: Path) -> dict:
    """A gold file with a clear error for each way it can be wrong."""
    if not path.is_file():
        raise UsageError("gold file not found", str(path))
    try:
        gold = load_gold(path)
    except json.JSONDecodeError as exc:
        raise UsageError(f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}", str(path),
                         exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the gold file or its text_file: {exc}", str(path)) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("text"), str):
        raise UsageError('a gold file needs "text" (or "text_file") and "entities"/"claims"; see kg/evaluate.py',
                         str(path))
    return gold


def gold_from_curation(corpus: Corpus, doc_id: str, named_only: bool = False) -> dict:
    """One curated seed as a gold file: its entities with their mentions, its claims, its actor relations;
    `named_only` leaves out the curation's concept layer (kg.extract.layers), to score the default extractor."""
    doc = corpus.documents[doc_id]
    cur = corpus.curation
    mentions: dict[str, list[dict]] = {}
    for m in cur.mentions:
        if m.document == doc_id and not (named_only and in_concept_layer(cur.entities[m.entity])):
            mentions.setdefault(m.entity, []).append({"start": m.anchor.start, "end": m.anchor.end,
                                                      "text": m.anchor.exact})
    entities = [{"id": eid, "label": cur.entities[eid].labels["zh-Hans"], "type": cur.entities[eid].type,
                 "mentions": ms} for eid, ms in sorted(mentions.items())]
    claims = [{"id": c.id, "start": c.anchor.start, "end": c.anchor.end, "stance": c.stance}
              for c in sorted(cur.claims.values(), key=lambda c: c.anchor.start) if c.document == doc_id]
    relations = [{"subject": r.subject, "predicate": r.predicate, "object": r.object}
                 for r in cur.actor_relations if r.document == doc_id]
    return {"document": {"id": doc_id, "author": doc.author}, "text": doc.text, "entities": entities,
            "claims": claims, "relations": relations}


def entities_known_without(corpus: Corpus, doc_id: str) -> dict[str, Entity]:
    """Curated entities that some other document's curation also uses (mentions, claims or relations)."""
    cur = corpus.curation
    used: set[str] = {m.entity for m in cur.mentions if m.document != doc_id}
    for c in cur.claims.values():
        if c.document != doc_id:
            used |= {c.speaker, *c.about}
    for r in cur.actor_relations:
        if r.document != doc_id:
            used |= {r.subject, r.object}
    return {eid: e for eid, e in cur.entities.items() if eid in used}


def in_concept_layer(entity: Entity) -> bool:
    """A curated entity the default extractor does not report: a concept-layer type, or a label the term
    lexicon keeps in the concept layer (产业政策, 地方政府)."""
    return entity.type in CONCEPT_TYPES or entity.labels.get("zh-Hans") in CONCEPT_TERMS


def leave_one_out(corpus: Corpus, named_only: bool = False) -> list[tuple[str, Scores]]:
    """Each curated seed scored with a gazetteer built without that seed's own curation."""
    out = []
    for doc_id in sorted(corpus.curation.curated_documents):
        gaz = curated_gazetteer(entities_known_without(corpus, doc_id))
        doc = corpus.documents[doc_id]
        predicted = extract(doc.text, gaz, author=doc.author, doc_id=doc_id).to_json()
        out.append((doc_id, score(gold_from_curation(corpus, doc_id, named_only), predicted)))
    return out


def score_files(paths: list[Path], gazetteer: Gazetteer | None) -> list[tuple[str, Scores]]:
    out = []
    for path in paths:
        gold = read_gold(path)
        doc = gold.get("document") or {}
        predicted = extract(gold["text"], gazetteer, author=doc.get("author"), doc_id=doc.get("id")).to_json()
        out.append((str(path), score(gold, predicted)))
    return out


def total(results: list[tuple[str, Scores]]) -> Scores:
    scores = [s for _, s in results]
    acc = scores[0]
    for s in scores[1:]:
        acc = acc + s
    return acc

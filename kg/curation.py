"""Loads hand-curated annotations (standoff YAML), resolves ids and anchors every quote in its text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kg.anchor import QuoteNotFound, locate
from kg.errors import CurationError
from kg.model import ActorRelation, Claim, ClaimRelation, Curation, Document, Entity
from kg.sources import SLUG
from kg.textnorm import to_traditional
from kg.vocab import ACTOR_RELATIONS, CLAIM_RELATIONS, ENTITY_TYPES, STANCES
from kg.yamlio import line_of, load_yaml

QID = re.compile(r"^Q[1-9]\d*$")
ENTITY_KEYS = {"id", "type", "labels", "aliases", "wikidata", "description"}
CLAIM_KEYS = {"id", "quote", "prefix", "suffix", "speaker", "source", "about", "stance", "summary"}
CLAIM_REL_KEYS = {"from", "relation", "to", "rationale"}
ACTOR_REL_KEYS = {"subject", "predicate", "object", "quote", "prefix", "suffix", "rationale"}


class _File:
    """A curation file being read: knows its path so every error can name file and line."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.rel = path.relative_to(root.parent).as_posix() if path.is_relative_to(root.parent) else str(path)
        self.shown = self.rel
        self.data = load_yaml(path, self.rel)

    def fail(self, message: str, node: Any = None) -> CurationError:
        return CurationError(message, self.shown, line_of(node))

    def origin(self, node: Any) -> str:
        return f"{self.rel}:{line_of(node) or 1}"

    def section(self, key: str, required: bool = False) -> list[dict[str, Any]]:
        if not isinstance(self.data, dict):
            raise CurationError("expected a YAML mapping at the top level (see seeds/README.md)", self.shown, 1)
        items = self.data.get(key)
        if items is None:
            if required:
                raise self.fail(f"missing '{key}:' section", self.data)
            return []
        if not isinstance(items, list):
            raise self.fail(f"'{key}' must be a list", self.data)
        for item in items:
            if not isinstance(item, dict):
                raise self.fail(f"every entry of '{key}' must be a mapping, got {item!r}", self.data)
        return items

    def text(self, item: dict[str, Any], key: str, required: bool = True) -> str | None:
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail(f"missing field '{key}'", item)
            return None
        if isinstance(value, (dict, list)):
            raise self.fail(f"field '{key}' must be text, not a {type(value).__name__}", item)
        return str(value)

    def check_keys(self, item: dict[str, Any], allowed: set[str], what: str) -> None:
        unknown = sorted(k for k in item if k not in allowed and k != "__line__")
        if unknown:
            raise self.fail(f"unknown field(s) {', '.join(map(str, unknown))} in {what}; allowed: "
                            f"{', '.join(sorted(allowed))}", item)


def _load_entities(files: list[_File]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    surfaces: dict[str, str] = {}
    for f in files:
        for item in f.section("entities", required=True):
            f.check_keys(item, ENTITY_KEYS, "an entity")
            eid = f.text(item, "id")
            if not SLUG.match(eid):
                raise f.fail(f"entity id {eid!r} is not a slug (a-z, 0-9, -)", item)
            if eid in entities:
                raise f.fail(f"duplicate entity id {eid!r} (first defined at {entities[eid].origin})", item)
            etype = f.text(item, "type")
            if etype not in ENTITY_TYPES:
                raise f.fail(f"unknown entity type {etype!r}; use one of {', '.join(ENTITY_TYPES)}", item)
            labels = item.get("labels")
            if not isinstance(labels, dict):
                raise f.fail(f"entity {eid!r} needs 'labels: {{zh-Hans: …, en: …}}'", item)
            labels = {str(k): str(v).strip() for k, v in labels.items() if k != "__line__" and v}
            for lang in ("zh-Hans", "en"):
                if not labels.get(lang):
                    raise f.fail(f"entity {eid!r} has no {lang} label; add labels.{lang}", item)
            unknown = sorted(set(labels) - {"zh-Hans", "zh-Hant", "en"})
            if unknown:
                raise f.fail(f"entity {eid!r}: unknown label language(s) {', '.join(unknown)}", item)
            labels.setdefault("zh-Hant", to_traditional(labels["zh-Hans"]))
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, (str, int)) for a in aliases):
                raise f.fail(f"entity {eid!r}: 'aliases' must be a list of strings", item)
            aliases = tuple(dict.fromkeys(str(a).strip() for a in aliases if str(a).strip()))
            qid = f.text(item, "wikidata", required=False)
            if qid and not QID.match(qid):
                raise f.fail(f"entity {eid!r}: wikidata {qid!r} is not a QID like Q42", item)
            for surface in {labels["zh-Hans"], labels["zh-Hant"], *aliases}:
                other = surfaces.get(surface)
                if other and other != eid:
                    raise f.fail(f"surface form {surface!r} of {eid!r} is already a label or alias of {other!r}; "
                                 "one form must name one entity", item)
                surfaces[surface] = eid
            entities[eid] = Entity(eid, etype, labels, aliases, qid, f.text(item, "description", False),
                                   f.origin(item))
    return entities


def _ref(f: _File, item: dict[str, Any], key: str, entities: dict[str, Entity], value: Any = None) -> str:
    eid = value if value is not None else f.text(item, key)
    if not isinstance(eid, str) or eid not in entities:
        raise f.fail(f"unknown entity id {eid!r} in '{key}'; define it under curation/entities/", item)
    return eid


def _anchor(f: _File, doc: Document, item: dict[str, Any]):
    try:
        return locate(doc.id, doc.text, f.text(item, "quote"), f.text(item, "prefix", False) or "",
                      f.text(item, "suffix", False) or "")
    except QuoteNotFound as exc:
        raise f.fail(str(exc), item) from None


def _load_claims(f: _File, docs: dict[str, Document], cur: Curation) -> list[tuple[_File, dict]]:
    if not isinstance(f.data, dict):
        raise CurationError("expected a YAML mapping at the top level (see seeds/README.md)", f.shown, 1)
    doc_id = f.text(f.data, "document")
    doc = docs.get(doc_id)
    if doc is None:
        raise f.fail(f"unknown document {doc_id!r}; it must match a documents/<id>.txt", f.data)
    cur.curated_documents.add(doc.id)
    sources = {s.id: s for s in doc.content_sources}
    for item in f.section("claims"):
        f.check_keys(item, CLAIM_KEYS, "a claim")
        cid = f.text(item, "id")
        if not SLUG.match(cid):
            raise f.fail(f"claim id {cid!r} is not a slug (a-z, 0-9, -)", item)
        if cid in cur.claims:
            raise f.fail(f"duplicate claim id {cid!r} (first defined at {cur.claims[cid].origin})", item)
        source_id = f.text(item, "source", False)
        source = None
        if source_id is not None:
            source = sources.get(source_id)
            if source is None:
                raise f.fail(f"unknown content source {source_id!r}; define it in {doc.meta_path}", item)
        default_speaker = (source.generated_by or source.relayed_by) if source else doc.author
        speaker = _ref(f, item, "speaker", cur.entities, item.get("speaker") or default_speaker)
        about = item.get("about")
        if not isinstance(about, list) or not about:
            raise f.fail(f"claim {cid!r} needs 'about: [entity ids]' (at least one)", item)
        about_ids = tuple(sorted({_ref(f, item, "about", cur.entities, a) for a in about}))
        stance = f.text(item, "stance", False) or "asserts"
        if stance not in STANCES:
            raise f.fail(f"unknown stance {stance!r}; use one of {', '.join(STANCES)}", item)
        cur.claims[cid] = Claim(
            id=cid, document=doc.id, anchor=_anchor(f, doc, item), speaker=speaker, about=about_ids,
            stance=stance, source=source_id, relayed_by=source.relayed_by if source else None,
            machine_generated=bool(source and source.generated_by), summary=f.text(item, "summary", False),
            origin=f.origin(item),
        )
    for item in f.section("actor_relations"):
        f.check_keys(item, ACTOR_REL_KEYS, "an actor relation")
        predicate = f.text(item, "predicate")
        if predicate not in ACTOR_RELATIONS:
            raise f.fail(f"unknown relation {predicate!r}; use one of {', '.join(ACTOR_RELATIONS)}", item)
        cur.actor_relations.append(ActorRelation(
            document=doc.id, subject=_ref(f, item, "subject", cur.entities), predicate=predicate,
            object=_ref(f, item, "object", cur.entities), anchor=_anchor(f, doc, item),
            rationale=f.text(item, "rationale", False), origin=f.origin(item),
        ))
    return [(f, item) for item in f.section("claim_relations")]


def _load_claim_relations(pending: list[tuple[_File, dict]], cur: Curation) -> None:
    seen: dict[tuple[str, str, str], str] = {}
    for f, item in pending:
        f.check_keys(item, CLAIM_REL_KEYS, "a claim relation")
        relation = f.text(item, "relation")
        if relation not in CLAIM_RELATIONS:
            raise f.fail(f"unknown claim relation {relation!r}; use one of {', '.join(CLAIM_RELATIONS)}", item)
        ends = []
        for key in ("from", "to"):
            cid = f.text(item, key)
            if cid not in cur.claims:
                raise f.fail(f"unknown claim id {cid!r} in '{key}'; it must be a curated claim", item)
            ends.append(cid)
        if ends[0] == ends[1]:
            raise f.fail(f"claim {ends[0]!r} cannot be related to itself", item)
        key = (ends[0], relation, ends[1])
        if key in seen:
            raise f.fail(f"duplicate claim relation {' '.join(key)} (also at {seen[key]})", item)
        seen[key] = f.origin(item)
        cur.claim_relations.append(ClaimRelation(ends[0], relation, ends[1], f.text(item, "rationale"),
                                                 f.origin(item)))


def _check_document_refs(docs: dict[str, Document], entities: dict[str, Entity]) -> None:
    for doc in docs.values():
        refs = [("author", doc.author), ("publisher", doc.publisher), ("editor", doc.editor)]
        refs += [(f"derived_from {w.id} {k}", v) for w in doc.derived_from
                 for k, v in (("author", w.author), ("publisher", w.publisher))]
        refs += [(f"content_sources {s.id} {k}", v) for s in doc.content_sources
                 for k, v in (("generated_by", s.generated_by), ("relayed_by", s.relayed_by))]
        for what, eid in refs:
            if eid is not None and eid not in entities and eid not in doc.agents:
                raise CurationError(f"unknown entity id {eid!r} in {what}; define it under curation/entities/",
                                    doc.meta_path)
        works = {w.id for w in doc.derived_from}
        for s in doc.content_sources:
            if s.part_of and s.part_of not in works:
                raise CurationError(f"content source {s.id!r}: part_of {s.part_of!r} is not a derived_from id",
                                    doc.meta_path)


def load_curation(seeds: Path, docs: dict[str, Document]) -> Curation:
    """All curated files, cross-checked: ids resolve, quotes are found, nothing is defined twice."""
    folder = seeds / "curation"
    entity_files = sorted((folder / "entities").glob("*.yaml"))
    if not entity_files:
        raise CurationError("no entity files found; add curation/entities/*.yaml", "seeds/curation/entities")
    cur = Curation(entities=_load_entities([_File(p, seeds) for p in entity_files]))
    _check_document_refs(docs, cur.entities)
    pending: list[tuple[_File, dict]] = []
    for path in sorted((folder / "claims").glob("*.yaml")):
        pending += _load_claims(_File(path, seeds), docs, cur)
    cross = folder / "cross-document.yaml"
    if cross.exists():
        f = _File(cross, seeds)
        pending += [(f, item) for item in f.section("claim_relations")]
    _load_claim_relations(pending, cur)
    return cur

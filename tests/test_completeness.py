"""Curation is complete: every candidate mention that simple rules find in the seed texts is curated or
deliberately ignored (seeds/curation/ignore.yaml, with a reason). New text or new rules fail loudly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.build import load_corpus
from kg.gazetteer import Gazetteer
from kg.mentions import curated_gazetteer
from kg.textnorm import script_variants
from kg.yamlio import load_yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SUFFIXES = "集团 資本 资本 实验室 實驗室 委员会 委員會 局 园区 園區 基金 公司 中心".split()
RULES = {
    "title": re.compile(r"《([^》]{1,40})》"),
    "latin": re.compile(r"[A-Za-z][A-Za-z0-9&+\-]*(?:[ .][A-Z][A-Za-z0-9&+\-]*)*"),
    "suffix": re.compile("|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True))),
    "quoted": re.compile(r"[“「]([^”」]{1,12})[”」]"),
}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def ignore() -> list[dict]:
    data = load_yaml(SEEDS / "curation" / "ignore.yaml")
    return data["ignore"]


def candidates(text: str) -> list[tuple[str, int, int]]:
    """(rule, start, end) of the core span each rule says should be a curated mention."""
    out = []
    for rule, rx in RULES.items():
        for m in rx.finditer(text):
            group = 1 if rx.groups else 0
            out.append((rule, m.start(group), m.end(group)))
    return out


def covered_spans(text: str, *gazetteers: Gazetteer) -> list[bool]:
    mask = [False] * len(text)
    for gaz in gazetteers:
        for m in gaz.find(text):
            for i in range(m.start, m.end):
                mask[i] = True
    return mask


def test_every_candidate_is_curated_or_ignored(corpus, ignore):
    curated = curated_gazetteer(corpus.curation.entities)
    ignored = Gazetteer([(f"ignore-{i}", "ignore", [item["text"]]) for i, item in enumerate(ignore)])
    missing = []
    for doc in corpus.documents.values():
        mask = covered_spans(doc.text, curated, ignored)
        for rule, start, end in candidates(doc.text):
            if not all(mask[start:end]):
                context = doc.text[max(0, start - 8):end + 8].replace("\n", " ")
                missing.append(f"{doc.id}:{start} [{rule}] {doc.text[start:end]!r} in …{context}…")
    assert missing == [], "curate these or add them to seeds/curation/ignore.yaml:\n" + "\n".join(missing)


def test_every_ignore_entry_has_a_reason_and_is_needed(corpus, ignore):
    texts = [d.text for d in corpus.documents.values()]
    for item in ignore:
        assert str(item.get("reason", "")).strip(), f"ignore entry {item['text']!r} needs a reason"
        assert any(v in t for v in script_variants(str(item["text"])) for t in texts), (
            f"ignore entry {item['text']!r} occurs in no seed text; remove it")


def test_every_alias_occurs_in_a_text(corpus):
    lowered = [d.text.lower() for d in corpus.documents.values()]
    unused = [
        (e.id, alias) for e in corpus.curation.entities.values() for alias in e.aliases
        if not any(v.lower() in t for v in script_variants(alias) for t in lowered)
    ]
    assert unused == [], f"aliases that occur in no seed text (typo?): {unused}"


def test_every_entity_is_mentioned_or_used(corpus):
    """An entity nobody mentions, speaks as or relates to is dead weight in the gazetteer."""
    cur = corpus.curation
    used = {m.entity for m in cur.mentions}
    used |= {c.speaker for c in cur.claims.values()} | {a for c in cur.claims.values() for a in c.about}
    used |= {r.subject for r in cur.actor_relations} | {r.object for r in cur.actor_relations}
    for doc in corpus.documents.values():
        used |= {doc.author, doc.publisher, doc.editor} | {w.author for w in doc.derived_from}
        used |= {w.publisher for w in doc.derived_from} | {s.generated_by for s in doc.content_sources}
    assert sorted(set(cur.entities) - used) == []

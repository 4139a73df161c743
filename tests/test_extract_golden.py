"""Golden outputs of the extractor: `kg.extract.extract(...).to_json()` must stay byte-identical.

Why: speed work on the extractor (segmenter, gazetteer, rules, claim linking) must not change what it finds
while EXTRACTOR_VERSION stays the same. Inputs are fixed files in tests/fixtures/extract_golden/ (texts, a
curated gazetteer and corpus claims frozen from the seeds), so curation churn cannot move the expectations.
A deliberate change of output (with a version bump) regenerates them:
    KG_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_extract_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.extract import CorpusClaim, extract, layers
from kg.extract.segment import jieba_words, words
from kg.gazetteer import Gazetteer

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract_golden"
TEXTS = sorted(p.stem for p in FIXTURES.glob("*.txt"))
REGEN = bool(os.environ.get("KG_REGEN_GOLDEN"))


def _gazetteer() -> Gazetteer:
    entries = json.loads((FIXTURES / "gazetteer.json").read_text(encoding="utf-8"))
    return Gazetteer((e["id"], e["type"], e["surfaces"]) for e in entries)


def _claims() -> list[CorpusClaim]:
    rows = json.loads((FIXTURES / "claims.json").read_text(encoding="utf-8"))
    return [CorpusClaim(r["id"], r["text"], tuple(r["about"]), r["stance"], r["polarity"]) for r in rows]


def _outputs(name: str) -> str:
    """Three configurations of one text as canonical JSON text: no dictionary; curated + corpus claims; and the
    latter with the concept layer on (kg.extract.layers)."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    plain = extract(text, None, doc_id=name).to_json()
    curated = extract(text, _gazetteer(), author="x-author", doc_id=name, corpus_claims=_claims()).to_json()
    layers.use(True)
    try:
        concepts = extract(text, _gazetteer(), author="x-author", doc_id=name, corpus_claims=_claims()).to_json()
    finally:
        layers.use(None)
    return json.dumps({"plain": plain, "curated": curated, "concepts": concepts}, ensure_ascii=False,
                      sort_keys=True, indent=1) + "\n"


def test_fixtures_present():
    assert len(TEXTS) >= 4
    assert len(_gazetteer()) > 50 and len(_claims()) > 20


@pytest.mark.parametrize("name", TEXTS)
def test_extract_output_is_unchanged(name: str):
    expected_path = FIXTURES / f"{name}.expected.json"
    got = _outputs(name)
    if REGEN:
        expected_path.write_text(got, encoding="utf-8")
        pytest.skip("golden output regenerated")
    expected = expected_path.read_text(encoding="utf-8")
    assert got == expected, f"extractor output for {name} changed (regenerate only deliberately, see docstring)"
    data = json.loads(got)
    assert data["curated"]["entities"] and data["curated"]["claims"]  # the fixture exercises the pipeline
    assert len(data["concepts"]["entities"]) >= len(data["curated"]["entities"])


@pytest.mark.parametrize("name", TEXTS)
def test_segmenter_equals_jieba(name: str):
    """kg.extract.segment reimplements jieba's cut(HMM=False); its words must be exactly jieba's."""
    from kg.textnorm import to_simplified

    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    for t in (text, to_simplified(text)):
        assert words(t, lexicon=False) == jieba_words(t)


@pytest.mark.parametrize("text", ["", " ", "\r\n\r\r\n\t　x", "A b1 2 abc-_.%#&+ 的", "DeepSeek和ASML在2025年合作😀",
                                  "e\u0301中国\u3000人民", "研究院大学教授陈立新表示，合肥市发展和改革委员会"])
def test_segmenter_equals_jieba_on_edge_cases(text: str):
    assert words(text, lexicon=False) == jieba_words(text)

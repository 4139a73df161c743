"""Shared fixtures: a small, valid kg project built from the real seed texts with a few curated facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_TEXTS = REPO / "seeds" / "documents"

MINI_ENTITIES = """\
entities:
  - {id: deepseek, type: Company, labels: {zh-Hans: 深度求索, en: DeepSeek}, aliases: [DeepSeek, Deepseek]}
  - {id: ftchinese-000-author, type: Person, labels: {zh-Hans: 本文作者, en: the author}}
  - {id: ftchinese, type: MediaOutlet, labels: {zh-Hans: FT中文网, en: FT Chinese}}
  - {id: yan-man, type: Person, labels: {zh-Hans: 闫曼, en: Yan Man}}
  - {id: song-yasi, type: Person, labels: {zh-Hans: 宋押司, en: Song Yasi}, aliases: [押司]}
  - {id: hk01, type: MediaOutlet, labels: {zh-Hans: 香港01, en: HK01}}
  - {id: zhengcaishen, type: MediaOutlet, labels: {zh-Hans: 正财神, en: Zhengcaishen}}
  - {id: pudong-sci-tech-group, type: StateCapital, labels: {zh-Hans: 浦东科创集团, en: Pudong Sci-Tech Group}}
  - {id: hangzhou, type: City, labels: {zh-Hans: 杭州, en: Hangzhou}}
  - {id: targeted-subsidies, type: PolicyInstrument, labels: {zh-Hans: 定向补贴, en: targeted subsidies}}
"""

MINI_CLAIMS_003 = """\
document: 003_9b9fa22beda634b6
claims:
  - id: 003-state-capital-late-stage
    quote: 張江的國有資本(如浦東科創集團)偏好中後期項目
    source: deepseek-answer
    about: [pudong-sci-tech-group]
    stance: asserts
  - id: 003-tailored-subsidies
    quote: 杭州的政策工具更靈活
    source: deepseek-answer
    about: [hangzhou]
claim_relations:
  - {from: 003-state-capital-late-stage, relation: supports, to: 003-tailored-subsidies, rationale: contrast}
actor_relations:
  - {subject: pudong-sci-tech-group, predicate: located-in, object: hangzhou, quote: 浦東科創集團}
"""

MINI_CLAIMS_000 = """\
document: 000_10dcf77b5b804d02
claims:
  - id: 000-against-targeted-subsidies
    quote: 若继续沿用传统的产业扶持模式,如定向补贴、指定技术路线或人为划定产业地图,不仅会扭曲市场信号
    about: [targeted-subsidies]
    stance: asserts
"""

MINI_CROSS = """\
claim_relations:
  - {from: 000-against-targeted-subsidies, relation: disputes, to: 003-tailored-subsidies, rationale: subsidies}
"""


def write_mini_project(root: Path) -> Path:
    """A valid project under `root` (seeds/ with both real texts); returns root."""
    docs = root / "seeds" / "documents"
    docs.mkdir(parents=True)
    for p in SEED_TEXTS.glob("*"):
        shutil.copy(p, docs / p.name)
    cur = root / "seeds" / "curation"
    (cur / "entities").mkdir(parents=True)
    (cur / "claims").mkdir()
    (cur / "entities" / "mini.yaml").write_text(MINI_ENTITIES, encoding="utf-8")
    (cur / "claims" / "003_9b9fa22beda634b6.yaml").write_text(MINI_CLAIMS_003, encoding="utf-8")
    (cur / "claims" / "000_10dcf77b5b804d02.yaml").write_text(MINI_CLAIMS_000, encoding="utf-8")
    (cur / "cross-document.yaml").write_text(MINI_CROSS, encoding="utf-8")
    return root


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    return write_mini_project(tmp_path / "proj")


@pytest.fixture
def concept_layer():
    """The extractor with its concept layer on (kg.extract.layers; off by default), for tests of concept rules."""
    from kg.extract import layers

    layers.use(True)
    yield
    layers.use(None)

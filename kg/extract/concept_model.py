"""rules-10 (measured; see gold/dev/README.md): a learned classifier for the concept layer.

Why a classifier: rules find the named layer well but only ~20% of the concept layer (Concept, Sector,
PolicyInstrument, ActorGroup, generic bodies) on new text, and ranking nouns by one statistic (TF-IDF,
TextRank) was 30-40% precise. Here the candidates are the spans the segmenter already gives -- single nouns
and verbal nouns of two or more characters, and runs of two or three noun-like words -- that no rule covers,
and a logistic regression over shape and context features decides which ones the curation would annotate.
The features never name the candidate itself (no word identity), so they carry to new topics: POS pattern,
length, jieba IDF and dictionary-frequency buckets, uses in the document, first position, title / lead /
quotes, the function words and frames around it (的, 等, 、, 推动 X, X 政策 ...), the head-word classes of
the rules-8 tables (kg.extract.concepts), the head's last character, and whether a longer candidate
contains it. The weights are a small JSON file (kg/data/concept_model.json) written by
gold/dev/train_concepts.py from the dev gold only; inference is a dot product (no dependency).
`ENABLED` switches the family on in kg.extract.passes.detect.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.concepts import (
    _BODY_HEADS,
    _CONCEPT_HEADS,
    _SOFT_HEADS,
    _STOP_HEADS,
    _STOP_NOUNS,
    _WEAK_MODS,
    _head_type,
    _idf_table,
)
from kg.extract.model import Candidate
from kg.extract.segment import Token, frequency

ENABLED = False  # measured, not worth its cost on the seeds (gold/dev/README.md, "learned concept classifier")
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "concept_model.json"

# single candidates: nouns / verbal nouns / idioms; compound parts may also be abbreviations, distinguishing
# words (新型) and one-character nouns (碳 + 市场)
SINGLE_TAGS = frozenset("n vn nz l an".split())
PART_TAGS = frozenset("n vn nz an j b ng".split())
_ANY_TAGS = SINGLE_TAGS | PART_TAGS
MAX_WORDS = 3
MAX_CHARS = 8
# context words whose identity is a feature (function words, list marks, frames such as 推动 X / X 政策)
CONTEXT_WORDS = frozenset(
    "的 等 和 与 及 以及 或 、 ， 。 ； ： “ ” 「 」 （ ） 《 》 在 对 将 把 被 由 从 向 为 是 了 也 都 和 "
    "推动 推进 促进 发展 加强 加快 支持 实施 建立 完善 提升 提高 降低 扩大 引导 鼓励 探索 打造 培育 形成 "
    "通过 开展 参与 进入 纳入 实现 面临 缺乏 涉及 包括 如 其中 这 这些 这种 一些 各类 相关 有关 新 "
    "政策 产业 行业 领域 企业 市场 问题 方面 机制 体系 模式 改革 试点 制度 价格 成本 能力 项目 "
    "之 中 上 下 后 前 时 里 间 内 外 方 成为 作为 属于 给 让 使 给予".split())
# last characters that mark a kind of term (-业 sector, -者 / -户 actor group, -税 / -费 instrument, -化 / -率 / -性
# notion); any other last character is one class
LAST_CHARS = frozenset("业 者 户 商 人 员 企 校 所 局 委 化 率 性 权 制 税 费 价 金 险 品 链 度 场 能 源 区 园 港 "
                       "站 网 码 证 额 量 值 比 本 力 术 法 规 策 点 线 路 体 式".split())
_NOT_PART = frozenset("时 后 前 中 内 外 上 下 间 里 方 点 年 月 日 处 次 人 者 等 换".split())


@dataclass
class Unit:
    """One candidate label of a document: its occurrences no rule covers, and its features."""

    label: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    head: str = ""
    features: set[str] = field(default_factory=set)


_lock = threading.Lock()
_state: dict = {}


def load_model(path: Path | None = None) -> dict | None:
    """The shipped weights (read once; None when the file is missing or unreadable)."""
    with _lock:
        if "model" not in _state:
            try:
                _state["model"] = json.loads((path or MODEL_PATH).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                _state["model"] = None
        return _state["model"]


def set_model(model: dict | None) -> None:
    """Use these weights (a dict like the JSON file) instead of the shipped ones; None: reload the file.
    Why: the training script scores held-out documents with the weights of each fold."""
    with _lock:
        _state.pop("model", None)
        if model is not None:
            _state["model"] = model


def _bucket(v: float, edges: Sequence[float]) -> int:
    k = 0
    for e in edges:
        if v >= e:
            k += 1
    return k


def _content(tok: Token) -> bool:
    w = tok.word
    if len(w) == 1:  # a one-character part only as a plain noun (碳 + 市场), not 时 / 后 or a name fragment
        return tok.tag == "n" and w not in _NOT_PART and "\u4e00" <= w <= "\u9fff"
    return tok.tag in _ANY_TAGS and "\u4e00" <= w[0] <= "\u9fff"


def _neighbour(tok: Token | None, side: str, edge: str) -> str:
    """The feature of the token beside a candidate: the text's edge, a listed context word, else its tag."""
    if tok is None:
        return f"{side}={edge}"
    if tok.word in CONTEXT_WORDS:
        return f"{side}={tok.word}"
    return f"{side}t={tok.tag[:1]}"


def units(text: str, tokens: Sequence[Token], known: Sequence[Candidate] = ()) -> list[Unit]:
    """Candidate labels with their uncovered occurrences and features (from the text and tokens only)."""
    n = len(tokens)
    if not n:
        return []
    taken = bytearray(len(text) + 1)
    for c in known:
        if c.end > c.start:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    content = [_content(t) for t in tokens]
    windows: dict[tuple[int, int], str] = {}  # (first token, words) -> label, every valid window
    for i in range(n):
        if not content[i]:
            continue
        for k in range(1, MAX_WORDS + 1):
            j = i + k
            if j > n or not content[j - 1]:
                break
            s, e = tokens[i].start, tokens[j - 1].end
            if k == 1 and (tokens[i].tag not in SINGLE_TAGS or e - s < 2):
                continue
            if k > 1 and (tokens[i].tag not in PART_TAGS or tokens[j - 1].tag not in PART_TAGS
                          or k == 3 and tokens[i + 1].tag not in PART_TAGS):
                break
            if e - s > MAX_CHARS:
                break
            windows[(i, k)] = text[s:e]
    if not windows:
        return []
    idf, median = _idf_table()
    title_end = text.find("\n")
    title = text[: title_end if title_end >= 0 else min(len(text), 80)]
    lead = text[: max(300, len(text) // 10)]
    size = max(1, len(text))
    known_labels = {c.label for c in known}
    freq: dict[str, int] = {}
    for lab in windows.values():
        freq[lab] = freq.get(lab, 0) + 1
    word_freq: dict[str, int] = {}
    for t in tokens:
        if t.tag in PART_TAGS:
            word_freq[t.word] = word_freq.get(t.word, 0) + 1
    out: dict[str, Unit] = {}
    for (i, k), lab in windows.items():
        s, e = tokens[i].start, tokens[i + k - 1].end
        if taken.find(1, s, e) >= 0:
            continue
        u = out.get(lab)
        f: set[str]
        if u is None:
            parts = tokens[i : i + k]
            head = parts[-1].word
            u = out[lab] = Unit(lab, head=head)
            f = u.features
            f.add("pos=" + "+".join(p.tag for p in parts))
            f.add(f"len={min(e - s, 7)}")
            vals = [idf.get(p.word, median) for p in parts]
            f.add(f"idf={_bucket(sum(vals), (6, 8, 10, 12, 14, 16, 18, 20, 24))}")
            if k > 1:
                f.add(f"idfmin={_bucket(min(vals), (4, 6, 8, 10, 12))}")
                f.add(f"onechar={sum(len(p.word) == 1 for p in parts)}")
                mod = parts[0].word
                f.add(f"dictmod={_bucket(math.log10(frequency(mod) + 1), (1, 2, 3, 4, 5))}")
                if mod in _WEAK_MODS:
                    f.add("weakmod")
                if mod in _STOP_NOUNS:
                    f.add("stopmod")
            f.add(f"dict={_bucket(math.log10(frequency(lab) + 1), (1, 2, 3, 4, 5))}")
            f.add(f"dicthead={_bucket(math.log10(frequency(head) + 1), (1, 2, 3, 4, 5))}")
            f.add(f"freq={_bucket(freq[lab], (2, 3, 4, 6))}")
            f.add(f"hfreq={_bucket(word_freq.get(head, 0), (2, 3, 5, 8))}")
            f.add(f"first={_bucket(s / size, (0.1, 0.25, 0.5, 0.75))}")
            if lab in title:
                f.add("title")
            if lab in lead:
                f.add("lead")
            typ = "GovernmentBody" if head in _BODY_HEADS else _head_type(head)
            f.add("type=" + typ)
            if head in _STOP_HEADS:
                f.add("stophead")
            if head in _STOP_NOUNS:
                f.add("stopnoun")
            if head in _CONCEPT_HEADS:
                f.add("concepthead")
            if head in _SOFT_HEADS:
                f.add("softhead")
            if head in _WEAK_MODS:
                f.add("weakhead")
            c = lab[-1]
            f.add("last=" + (c if c in LAST_CHARS else "-"))
            f.add(f"k{k}:{typ}")
            if k > 1 and len(parts[0].word) == 1:
                f.add("1cfirst")
            if k > 1 and len(head) == 1:
                f.add("1clast")
            if lab in known_labels:
                f.add("known")
        f = u.features
        u.spans.append((s, e))
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + k] if i + k < n else None
        f.add(_neighbour(prev, "p", "^"))
        f.add(_neighbour(nxt, "n", "$"))
        if s > 0 and text[s - 1] in "“「『" and text[e : e + 1] in ("”", "」", "』"):
            f.add("quoted")
        if prev is None or not content[i - 1]:
            f.add("runstart")
        if nxt is None or not content[i + k]:
            f.add("runend")
        if prev is not None and len(prev.word) == 1 and "\u4e00" <= prev.word <= "\u9fff" \
                and prev.tag not in ("uj", "c", "p", "u", "d", "ul", "f", "v"):
            f.add("p1c")
        if (i - 1, k + 1) in windows or (i, k + 1) in windows:
            f.add("inlonger")
        if k > 1 and ((i, k - 1) in windows or (i + 1, k - 1) in windows):
            f.add("hasshorter")
        if nxt is not None and nxt.word == "等" or prev is not None and prev.word == "、" \
                or nxt is not None and nxt.word == "、":
            f.add("listed")
    return list(out.values())


def probability(features: set[str], model: dict) -> float:
    """The classifier's probability that a candidate with these features is an annotated concept-layer term."""
    w = model["weights"]
    z = model.get("bias", 0.0) + sum(w.get(x, 0.0) for x in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def unit_type(u: Unit) -> str:
    """Typed by the head word like the rules-8 compounds (a body head: a generic government body)."""
    return "GovernmentBody" if u.head in _BODY_HEADS else _head_type(u.head)


def model_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool],
                     known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Candidates the classifier accepts (probability >= the model's threshold), at every occurrence no other
    rule covers; places never."""
    model = load_model()
    if not model:
        return []
    threshold = model.get("threshold", 0.5)
    scored = []
    for u in units(text, tokens, known):
        p = probability(u.features, model)
        if p >= threshold and not is_place(u.label):
            scored.append((-p, u.spans[0][0], u))
    scored.sort(key=lambda x: x[:2])
    taken = bytearray(len(text) + 1)
    out = []
    for _, _, u in scored:  # the likelier of two overlapping candidates wins (not the longer)
        typ = unit_type(u)
        for s, e in u.spans:
            if taken.find(1, s, e) < 0:
                taken[s:e] = b"\x01" * (e - s)
                out.append(Candidate(s, e, u.label, typ, "concept", 0.4))
    return out

"""Stage 5: claim-to-claim relations across the whole corpus: supports / disputes / qualifies / refutes.

Why this shape: candidate pairs must share at least one entity (cheap via an entity index, and the
relation is only meaningful about the same subject). Then:
- opposite polarity (see `polarity_of`) -> disputes; if the new claim denies and the pair is textually
  close (character-bigram Jaccard >= 0.25) -> refutes;
- a contrast marker at the start (但 然而 不过 并非 而是 反而 …) with no clear opposite polarity -> qualifies;
- same non-zero polarity and >= 2 shared entities or close text -> supports.
Confidence grows with shared entities and textual overlap. Each claim keeps its 3 best links, and only
the 30 most recent candidates sharing an entity are considered, so a 10 MB document stays linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from kg.extract.model import Claim, ClaimRelation, CorpusClaim

_POS = re.compile(r"成功|优势|有效|促进|支持|领先|增长|突破|机会|机遇|利好|繁荣|活力|提升|改善|受益|值得|成就|红利|"
                  r"灵活|开放|包容|创新|赋能|激活|推动")
_NEG = re.compile(r"失败|问题|短板|风险|困难|缺乏|阻碍|下降|不足|薄弱|失效|挫折|瓶颈|僵化|扭曲|损害|浪费|危机|"
                  r"受阻|滞后|低迷|过高|壁垒|保护主义|割据|碎片化|洼地|担忧|隐性债务|跑输|寒冬|挤压")
_CONTRAST = re.compile(r"^[“「]?(?:但是?|然而|不过|可是|却|并非|而是|反而|相反|相比之下|事实上|其实|恰恰)")
_DENY_STANCE = {"denies": -1}


def polarity_of(text: str, stance: str = "asserts") -> int:
    """+1 / -1 / 0 from evaluative words, flipped when the claim denies."""
    score = len(_POS.findall(text)) - len(_NEG.findall(text))
    pol = (score > 0) - (score < 0)
    return -pol if stance == "denies" else pol


_NON_WORD = re.compile(r"\W+")


def _bigrams(s: str) -> set[str]:
    s = _NON_WORD.sub("", s)
    return set(map(str.__add__, s, s[1:]))  # every adjacent pair, in C


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)  # |a ∪ b| without building the union


def as_corpus_claim(c: Claim) -> CorpusClaim:
    return CorpusClaim(c.id, c.text, tuple(c.about), c.stance, polarity_of(c.text, c.stance))


def link_claims(new: Sequence[Claim], corpus: Sequence[CorpusClaim], max_links: int = 3,
                max_candidates: int = 30) -> list[ClaimRelation]:
    """Relations from each new claim to earlier claims of the document and to corpus claims."""
    pool: list[CorpusClaim] = list(corpus)
    index: dict[str, list[int]] = defaultdict(list)
    for k, cc in enumerate(pool):
        for e in cc.about:
            index[e].append(k)
    grams: dict[int, set[str]] = {}
    out: list[ClaimRelation] = []
    for c in new:
        me = as_corpus_claim(c)
        mine: set[str] | None = None  # bigrams of this claim, computed only when it has candidates
        counts: dict[int, int] = defaultdict(int)
        for e in set(c.about):
            for k in index.get(e, [])[-max_candidates:]:
                counts[k] += 1
        scored: list[tuple[float, str, str]] = []
        contrast = bool(_CONTRAST.search(c.text)) if counts else False
        for k in sorted(counts, reverse=True)[:max_candidates]:
            shared = counts[k]
            other = pool[k]
            if other.id == c.id:
                continue
            g = grams.get(k)
            if g is None:
                g = grams[k] = _bigrams(other.text)
            if mine is None:
                mine = _bigrams(c.text)
            sim = _jaccard(mine, g)
            rel = None
            if me.polarity and other.polarity and me.polarity != other.polarity:
                rel = "refutes" if c.stance == "denies" and sim >= 0.25 else "disputes"
            elif contrast and not (me.polarity and me.polarity == other.polarity):
                rel = "qualifies"
            elif me.polarity and me.polarity == other.polarity and (shared >= 2 or sim >= 0.3):
                rel = "supports"
            if rel is None:
                continue
            conf = min(0.9, 0.3 + 0.1 * min(shared, 3) + 0.5 * sim + (0.1 if contrast else 0.0))
            scored.append((conf, other.id, rel))
        scored.sort(key=lambda x: (-x[0], x[1]))
        for conf, oid, rel in scored[:max_links]:
            out.append(ClaimRelation(c.id, rel, oid, round(conf, 3)))
        # this claim becomes a candidate for later claims of the same document
        pool.append(me)
        if mine is not None:
            grams[len(pool) - 1] = mine
        for e in me.about:
            index[e].append(len(pool) - 1)
    return out

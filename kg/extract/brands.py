"""rules-63: restaurant chains named by their brand and their dish (刘一手火锅, 德庄火锅, 杨国福麻辣烫).

A chain's brand is a word jieba does not know: it cuts it into characters or tags it as a personal name (德/ns 庄/nr,
小龙/nr 坎/nrt, 刘/zg 一手/m), while a kind of dish has a common word or a place before it (麻辣火锅, 重庆火锅). So the
brand must be a proper or unknown word, or a surname and one word, right before the dish, and no place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.lexicon import SURNAMES
from kg.extract.model import Candidate
from kg.extract.segment import Token, frequency

_DISHES = frozenset("火锅 串串 串串香 冒菜 麻辣烫 小面 米线 米粉 烤鱼 酸菜鱼 烤鸭 奶茶 茶饮 炸鸡 烧烤 烤肉 凉皮 "
                    "面馆 酒楼 茶餐厅 烧腊".split())
_PROPER = frozenset("nr nrt nrfg nz oov".split())
_RARE = 50  # a stem jieba knows better than this is a word (老牌 + 火锅), not a brand


def brand_candidates(tokens: Sequence[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """A brand, then a dish: the chain, typed Company."""
    out: list[Candidate] = []
    for i, tok in enumerate(tokens):
        if tok.word not in _DISHES or i == 0:
            continue
        prev = tokens[i - 1]
        first = None
        if prev.tag in _PROPER and len(prev.word) <= 4:
            first = i - 1
            if i >= 2 and tokens[i - 2].tag in _PROPER and len(prev.word) + len(tokens[i - 2].word) <= 4:
                first = i - 2  # 小龙/nr + 坎/nrt
            elif len(prev.word) == 1:
                continue
        elif i >= 2 and len(tokens[i - 2].word) == 1 and tokens[i - 2].word in SURNAMES and len(prev.word) == 2 \
                and prev.tag not in ("v", "vn", "d", "p", "c", "u", "uj", "x"):
            first = i - 2  # a founder's name: 刘/zg + 一手/m
        if first is None:
            continue
        stem = "".join(t.word for t in tokens[first:i])
        if is_place(stem) or frequency(stem) >= _RARE or not all("\u4e00" <= ch <= "\u9fff" for ch in stem):
            continue
        out.append(Candidate(tokens[first].start, tok.end, stem + tok.word, "Company", "suffix", 0.5))
    return out

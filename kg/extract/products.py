"""rules-38: products named "X号": trains, spacecraft, rockets, ships (太鲁阁号, 复兴号, 嫦娥六号, 天宫二号);
rules-56: aircraft by maker and model number (波音747, 空客A350).

Chinese names a train service, a spacecraft or a vessel by a proper word and 号, with a number or without one. jieba
cuts 号 off (太鲁阁/nr + 号/m) or knows the whole as one word (自强号/l). The stem must be a proper word, or a word
jieba hardly knows, never a number or a common word (型号, 账号, 称号 are words of their own; 3号 is a number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import Candidate
from kg.extract.segment import Token, frequency

_PROPER = frozenset("nr nrt nrfg ns nz j oov".split())
_NUMBERED = re.compile(r"^[一二三四五六七八九十百]{0,3}号$")
_RARE = 200
# rules-56: aircraft makers, whose model number makes the name of a plane (波音 + 747, 空客 + A350)
_MAKERS = frozenset("波音 空客 空中客车 庞巴迪 巴航工业".split())
_MODEL = re.compile(r"^[A-Z]?\d{3}(?:-\d{1,3})?[A-Z]{0,3}$")


def numbered_product_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """Candidates typed Product for a proper stem followed by (a Chinese numeral and) 号."""
    out: list[Candidate] = []
    for i, tok in enumerate(tokens):
        w = tok.word
        if _MODEL.match(w) and i > 0 and tokens[i - 1].word in _MAKERS and tokens[i - 1].end == tok.start:
            out.append(Candidate(tokens[i - 1].start, tok.end, tokens[i - 1].word + w, "Product", "place", 0.55))
        elif _NUMBERED.match(w) and i > 0:
            stem = tokens[i - 1]
            if not 2 <= len(stem.word) <= 4 or not "\u4e00" <= stem.word[0] <= "\u9fff":
                continue
            if stem.tag in _PROPER or frequency(stem.word) < _RARE and not stem.tag.startswith(("v", "m", "q", "r")) \
                    and not (i > 1 and tokens[i - 2].word == "的"):  # (rules-62: 机上的 + 等位号, a queue number)
                out.append(Candidate(stem.start, tok.end, stem.word + w, "Product", "place", 0.5))
        elif len(w) == 3 and w.endswith("号") and tok.tag in ("l", "nz", "nr") and frequency(w) < _RARE:
            out.append(Candidate(tok.start, tok.end, w, "Product", "place", 0.45))  # 自强号/l
        elif tok.tag == "oov" and 3 <= len(w) <= 5 and w.endswith("号"):
            out.append(Candidate(tok.start, tok.end, w, "Product", "place", 0.45))  # 普 + 悠 + 玛 + 号, merged
    return out

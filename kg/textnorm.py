"""Script normalisation: one simplified-script view of a text, with a map back to original offsets.

Why: matching (gazetteer, rules, jieba) happens in one script, but every fact must stay anchored to
code-point offsets in the text exactly as published (traditional stays traditional). OpenCC's hk2s (t2s with
Hong Kong's variant characters) is almost always length-preserving; when it is not (phrase conversions), the
affected line is converted character by character so that every output character knows which input character it
came from.
The original text is never altered.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import ne

import opencc

__all__ = ["NormalizedText", "normalize", "to_simplified", "to_traditional", "script_variants", "detect_script"]

# hk2s is t2s after mapping Hong Kong's variant characters to the standard ones (衞 -> 衛, 枱 -> 檯), which t2s leaves
# as they are: a Hong Kong text's 醫務衞生局 is then 医务卫生局 like every other text's (on the dev gold these are the
# only characters where the two differ)
_T2S = opencc.OpenCC("hk2s")
_S2T = opencc.OpenCC("s2t")

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _safe_convert(conv: opencc.OpenCC, s: str) -> str:
    """Convert with OpenCC, never raising: lone surrogates (not UTF-8 encodable) are passed through."""
    try:
        return conv.convert(s)
    except (UnicodeError, ValueError, TypeError):
        return "".join(_convert_char(conv, c) for c in s)


def _convert_char(conv: opencc.OpenCC, c: str) -> str:
    try:
        return conv.convert(c)
    except (UnicodeError, ValueError, TypeError):
        return c


@lru_cache(maxsize=65536)
def to_simplified(s: str) -> str:
    """Traditional -> simplified (OpenCC t2s); simplified and non-Chinese text pass through."""
    return _safe_convert(_T2S, s)


@lru_cache(maxsize=65536)
def to_traditional(s: str) -> str:
    """Simplified -> traditional (OpenCC s2t), used to give labels both scripts."""
    return _safe_convert(_S2T, s)


def script_variants(s: str) -> set[str]:
    """All spellings a label may take: as given, simplified and traditional."""
    return {s, to_simplified(s), to_traditional(s)}


def detect_script(text: str) -> str:
    """'zh-Hant' if t2s changes enough Han characters, 'zh-Hans' if there is Han text, else 'und'.

    Why a ratio: a simplified text may contain a few characters that t2s rewrites (rare variants), and a
    traditional text has many characters that are the same in both scripts.
    """
    sample = text[:20000]
    han = _HAN.findall(sample)
    if not han:
        return "und"
    joined = "".join(han)
    simp = to_simplified(joined) if len(joined) < 2000 else _safe_convert(_T2S, joined)
    changed = sum(map(ne, joined, simp))  # characters t2s rewrote (zip semantics: the shorter length)
    if len(simp) != len(joined):
        changed = max(changed, 1)
    if changed == 0:
        return "zh-Hans"
    trad = _safe_convert(_S2T, joined)
    would_change = sum(map(ne, joined, trad))
    # traditional if more characters look traditional than look simplified
    return "zh-Hant" if changed >= would_change else "zh-Hans"


@dataclass
class NormalizedText:
    """A simplified-script view (`text`) of `original`, with offsets mappable back.

    `_starts` holds, for every run where output and input advance together, (text_offset, orig_offset)
    anchors; `_src` is only filled for runs where lengths differ (per-character source index).
    """

    original: str
    text: str
    _src: list[int] | None = field(default=None, repr=False)

    def _orig_index(self, i: int) -> int:
        if self._src is None:
            return i
        if i >= len(self._src):
            return len(self.original)
        return self._src[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `text` to the span of `original` it was converted from (always a valid span)."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if self._src is None:
            return start, end
        o_start = self._orig_index(start)
        if end == start:
            return o_start, o_start
        last = self._src[end - 1]
        # the end is one past the original char that produced the last output char
        o_end = last + 1
        return o_start, max(o_start, o_end)

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `original` to `text` (inverse of to_original, used by tests and rules)."""
        if self._src is None:
            return start, end
        lo = bisect_right(self._src, start - 1)
        hi = bisect_right(self._src, end - 1)
        return lo, hi


def normalize(text: str) -> NormalizedText:
    """Convert to simplified script once for the whole text, keeping a map back to original offsets."""
    if not text:
        return NormalizedText(text, "")
    conv = _safe_convert(_T2S, text)
    if len(conv) == len(text):
        return NormalizedText(text, conv)
    # Lengths differ somewhere: convert line by line, and character by character inside lines that change
    # length, recording for every output character the index of its source character.
    out: list[str] = []
    src: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        c = _safe_convert(_T2S, line)
        if len(c) == len(line):
            out.append(c)
            src.extend(range(pos, pos + len(line)))
        else:
            for k, ch in enumerate(line):
                cc = _convert_char(_T2S, ch) or ch
                out.append(cc)
                src.extend([pos + k] * len(cc))
        pos += len(line)
    return NormalizedText(text, "".join(out), src)

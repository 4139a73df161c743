"""Dictionary matching of curated labels and aliases, in either script, with offsets into the original.

Why: jieba knows few of our actors; curated surface forms are the most precise mentions we have.

Rules:
- Matching runs on the t2s-normalised text, with ASCII letters lower-cased and full-width ASCII folded to
  ASCII (both length-preserving), so 张江 finds 張江, and DeepSeek finds DEEPSEEK / ｄｅｅｐｓｅｅｋ.
- Longest-leftmost, non-overlapping: scan left to right; at each position take the longest surface form
  that starts there; continue after it.
- A surface form whose first (last) character is a Latin letter or digit only matches where the preceding
  (following) character is not one: `AI` does not match inside `MAIL` or `AIGC`.
- Ambiguity: a surface form shared by two or more entities is ambiguous. A longer unambiguous form that
  starts at the same position wins; if the longest form there is ambiguous, that span is skipped with no
  match (and is consumed, so no shorter fragment of it matches either).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.textnorm import normalize, to_simplified

__all__ = ["GazetteerMatch", "Gazetteer", "match_key", "fold"]

_FOLD = {c: c + 0x20 for c in range(ord("A"), ord("Z") + 1)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
_FOLD.update({c + 0x20: c - 0xFEE0 + 0x20 for c in range(0xFF21, 0xFF3B)})  # full-width a-z
_FOLD[0x3000] = 0x20


def _fold(s: str) -> str:
    return s.translate(_FOLD)


def fold(s: str) -> str:
    """ASCII lower case and full-width ASCII folded (length-preserving), as matching sees a text."""
    return s.translate(_FOLD)


@lru_cache(maxsize=65536)
def match_key(s: str) -> str:
    """The normalised form used for matching: simplified script, ASCII lower case, full-width folded."""
    return _fold(to_simplified(s))


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _is_latin_word_char(c: str) -> bool:
    return c in _ASCII_ALNUM


@dataclass(frozen=True)
class GazetteerMatch:
    """One dictionary hit; offsets and text refer to the original (unnormalised) text."""

    start: int
    end: int
    text: str
    entity_id: str
    type: str
    surface: str


_END = ""  # trie key holding the terminal payload (never a real character key: keys are 1-char strings)


class Gazetteer:
    """A dict-trie over normalised surface forms."""

    def __init__(self, entries: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        self._root: dict = {}
        self._size = 0
        seen: dict[str, dict[str, tuple[str, str]]] = {}
        for entity_id, etype, surfaces in entries:
            self._size += 1
            for surface in surfaces:
                if not surface or not surface.strip():
                    continue
                key = match_key(surface.strip())
                seen.setdefault(key, {}).setdefault(entity_id, (etype, surface.strip()))
        for key, owners in seen.items():
            node = self._root
            for ch in key:
                node = node.setdefault(ch, {})
            # terminal: (payload, check left boundary, check right boundary); payload (entity_id, type,
            # surface) or None when ambiguous. A Latin/digit edge of the key needs the boundary check.
            if len(owners) == 1:
                ((eid, (etype, surface)),) = owners.items()
                payload = (eid, etype, surface)
            else:
                payload = None
            node[_END] = (payload, key[0] in _ASCII_ALNUM, key[-1] in _ASCII_ALNUM)
        self._keys = seen

    def __len__(self) -> int:
        """Number of entities (not surface forms)."""
        return self._size

    def __contains__(self, surface: str) -> bool:
        return match_key(surface) in self._keys

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """(entity_id, type) for an exact surface form in either script, None if unknown or ambiguous."""
        owners = self._keys.get(match_key(surface))
        if not owners or len(owners) != 1:
            return None
        ((eid, (etype, _)),) = owners.items()
        return eid, etype

    def find(self, text: str) -> list[GazetteerMatch]:
        """All longest-leftmost non-overlapping matches, sorted by start."""
        if not text or not self._root:
            return []
        norm = normalize(text)
        return self.find_normalized(norm.text, norm.to_original, text)

    def find_normalized(self, ntext: str, to_original, original: str, folded: str | None = None) -> list[
            GazetteerMatch]:
        """Match on an already-normalised text (the extractor normalises once and reuses it; `folded` is
        `ntext` already case-folded, when the caller matches several dictionaries on the same text)."""
        s = folded if folded is not None and len(folded) == len(ntext) else _fold(ntext)
        root = self._root
        n = len(s)
        out: list[GazetteerMatch] = []
        a = _ASCII_ALNUM
        get = root.get
        i = 0
        while i < n:
            node = get(s[i])
            if node is None:
                i += 1
                continue
            best_end = -1
            best = None
            j = i + 1
            while True:
                term = node.get(_END)
                if term is not None:
                    payload, left, right = term
                    if not ((left and i > 0 and s[i - 1] in a) or (right and j < n and s[j] in a)):
                        best_end, best = j, payload
                if j >= n:
                    break
                node = node.get(s[j])
                if node is None:
                    break
                j += 1
            if best_end < 0:
                i += 1
                continue
            if best is not None:
                o_start, o_end = to_original(i, best_end)
                eid, etype, surface = best
                out.append(GazetteerMatch(o_start, o_end, original[o_start:o_end], eid, etype, surface))
            i = best_end
        return out

"""Stage 2b: the statistical segmenter (jieba's dictionary and model), loaded once per process, silenced.

Why jieba without its HMM: measured on this machine, `jieba.lcut(HMM=False)` runs ~360k chars/s against
~55k chars/s for `jieba.posseg` with HMM; part-of-speech tags come from jieba's own word->tag table
(the same table posseg uses), so place names (ns), person names (nr) and organisations (nt) known to the
dictionary keep their tags. Unknown names fall apart into single characters, which the rules use as a
signal ("out-of-vocabulary, probably a name"). Input must already be simplified (jieba's dictionary is
simplified, and traditional input is ~20x slower).

Why our own loop over jieba's dictionary: jieba's `cut(HMM=False)` builds a DAG dict, then a route dict with
a generator and a `log` per edge, and was ~40% of extraction time. `_cut_block` runs the same dynamic
programme in one pass over the same prefix dictionary, with the same scores computed in the same float order
and the same tie-break (the longer word wins on equal score), so its words are exactly jieba's (checked
against `jieba_words`, i.e. jieba itself, in tests/test_extract_golden.py); tokenising is ~2.5x faster cold.
The tokens of each Han block (a run between punctuation) are also cached, since commentary repeats phrases.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import warnings
from typing import NamedTuple

_lock = threading.Lock()
_state: dict = {}

# jieba's own block pattern (jieba 0.42 re_han_default) and re_eng
_RE_HAN = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-]+")
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_PREFIX = object()  # marks a dictionary prefix that is not itself a word (jieba: frequency 0)
_CACHE_MAX = 20_000  # Han blocks kept (a run between punctuation: a few words); cleared when full (~10 MB)
_SCORES_MAX = 300_000  # memoised dictionary scores; cleared when full


class Token(NamedTuple):
    start: int
    end: int
    word: str
    tag: str  # jieba POS tag; "x" for punctuation / unknown, "eng" for Latin, "m" for digits


def _load():
    with _lock:
        if "tok" not in _state:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import jieba
                import jieba.posseg
            jieba.setLogLevel(logging.ERROR)
            logging.getLogger("jieba").setLevel(logging.ERROR)
            tok = jieba.dt  # the shared default tokenizer: one dictionary per process
            tok.initialize()
            _state["tok"] = tok
            _state["tags"] = jieba.posseg.dt.word_tag_tab if jieba.posseg.dt.word_tag_tab else {}
            if not _state["tags"]:
                jieba.posseg.initialize()
                _state["tags"] = jieba.posseg.dt.word_tag_tab
            _state["freq"] = tok.FREQ
            _reset(tok)
    return _state


def _reset(tok) -> None:
    """(Re)derive the scoring table from the dictionary's total; drop cached blocks (jieba.add_word changes it)."""
    _state["total"] = tok.total
    _state["logtotal"] = math.log(tok.total)
    _state["scores"] = {}
    _state["blocks"] = {}
    _state["gap_tags"] = {}


def tag_of(word: str) -> str | None:
    """jieba's tag for a dictionary word, None when the word is not in the dictionary."""
    return _load()["tags"].get(word)


def in_dictionary(word: str) -> bool:
    return bool(_load()["freq"].get(word))


def frequency(word: str) -> int:
    """jieba's dictionary frequency of a word (0 when unknown): how common, hence how generic, a word is."""
    return _load()["freq"].get(word) or 0


def _tag(word: str, tags: dict) -> str:
    t = tags.get(word)
    if t is None:
        c = word[0]
        if c.isascii() and c.isalpha():
            t = "eng"
        elif c.isdigit():
            t = "m"
        elif "\u4e00" <= c <= "\u9fff":
            t = "oov"
        else:
            t = "x"
    return t


def _cut_block(blk: str, freq: dict, scores: dict, logtotal: float) -> list[str]:
    """jieba's `__cut_DAG_NO_HMM` on one Han block: max-probability path over dictionary words.

    Scores are `(log(freq) - logtotal) + route[next]`, exactly jieba's float operations; on a tie the
    larger end wins (jieba takes the max of (score, end) tuples). `scores` memoises `log(freq) - logtotal` per
    dictionary entry (_PREFIX for a prefix that is no word), so a known fragment costs one lookup."""
    n = len(blk)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    get = scores.get
    prefix = _PREFIX
    for idx in range(n - 1, -1, -1):
        best = None
        best_x = idx
        i = idx
        while i < n:
            frag = blk[idx : i + 1]
            lf = get(frag)
            if lf is None:
                f = freq.get(frag)
                if f is None:
                    break
                lf = scores[frag] = (math.log(f) - logtotal) if f else prefix
            if lf is not prefix:
                s = lf + score[i + 1]
                if best is None or s >= best:
                    best, best_x = s, i
            i += 1
        if best is None:  # no dictionary word starts here: the single character, log(1) = 0
            best = (0.0 - logtotal) + score[idx + 1]
        score[idx] = best
        nxt[idx] = best_x + 1
    words: list[str] = []
    buf = ""
    x = 0
    while x < n:
        y = nxt[x]
        w = blk[x:y]
        if y - x == 1 and w in _ENG:  # single Latin letters / digits are glued back together
            buf += w
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(w)
        x = y
    if buf:
        words.append(buf)
    return words


def _block_tokens(blk: str, st: dict) -> list[tuple[str, int, str]]:
    """(word, length, tag) of a Han block, cached."""
    cache = st["blocks"]
    hit = cache.get(blk)
    if hit is None:
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        if len(st["scores"]) >= _SCORES_MAX:
            st["scores"].clear()
        tags = st["tags"]
        get = tags.get
        hit = []
        for w in _cut_block(blk, st["freq"], st["scores"], st["logtotal"]):
            t = get(w)
            hit.append((w, len(w), _tag(w, tags) if t is None else t))
        cache[blk] = hit
    return hit


def clear_cache() -> None:
    """Forget cached blocks (benchmarks measure cold runs with it)."""
    _state.get("blocks", {}).clear()


def words(text: str) -> list[str]:
    """The words of `text`, exactly as `jieba.cut(text, HMM=False)` gives them."""
    return [w for _, _, w, _ in tokenize(text)]


def jieba_words(text: str) -> list[str]:
    """jieba's own `cut(text, HMM=False)` (the reference `words` must equal)."""
    return list(_load()["tok"].cut(text, HMM=False))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """jieba tokens of a simplified text with offsets (+ offset) (no HMM: unknown words stay split)."""
    st = _load()
    if st["tok"].total != st["total"]:
        _reset(st["tok"])
    tags = st["tags"]
    gap_tags = st["gap_tags"]
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token(...) without the namedtuple's Python-level __new__
    pos = 0

    def gap(seg: str, base: int) -> None:
        # outside Han blocks jieba yields every character on its own, except "\r\n" (one whitespace token)
        k, n = 0, len(seg)
        while k < n:
            c = seg[k]
            if c == "\r" and seg[k + 1 : k + 2] == "\n":
                c = "\r\n"
            t = gap_tags.get(c)
            if t is None:
                t = gap_tags[c] = _tag(c, tags)
            e = base + len(c)
            append(new(Token, (base, e, c, t)))
            base = e
            k += len(c)

    for m in _RE_HAN.finditer(text):
        s = m.start()
        if s > pos:
            gap(text[pos:s], offset + pos)
        p = offset + s
        for w, k, t in _block_tokens(m.group(), st):
            e = p + k
            append(new(Token, (p, e, w, t)))
            p = e
        pos = m.end()
    if pos < len(text):
        gap(text[pos:], offset + pos)
    return out

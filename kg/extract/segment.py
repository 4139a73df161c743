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

Why lexicon words on top of jieba's dictionary (rules-25): jieba's dictionary lacks a few dozen well-known places
(高雄, 唐山, 岳阳, 将军澳, 沙乌地阿拉伯), so it cut them into single characters (对/高/雄/而言) and no place rule saw
them. The built-in place lists' names that jieba does not know (or counts rarely: 台中) join the dynamic programme as
words (see `_seed` for their frequency), tagged ns when jieba has no tag, without touching jieba's own dictionary
(other users of jieba in the process see no change) and without changing the scores of jieba's words (the total
stays jieba's). `words(text, lexicon=False)` is exactly jieba's cut.
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
# About the frequency jieba gives a small city (高雄市 31, 新竹 55, 台南 89): enough to beat a cut into single
# characters, not enough to beat two real words (提高/雄心 stays).
LEXICON_FREQ = 60


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
            _state["extra_tags"] = _lexicon_words(tok.FREQ)
            _reset(tok)
    return _state


def _lexicon_words(freq: dict) -> dict[str, str]:
    """Built-in place names jieba's dictionary lacks or counts less than LEXICON_FREQ (台中 3: 台/中一带), with their
    tag (see the module docstring)."""
    from kg.extract.lexicon import CITIES, COUNTRIES, DISTRICTS, PROVINCES, REGIONS

    return {w: "ns" for w in sorted(COUNTRIES | PROVINCES | CITIES | REGIONS | DISTRICTS)
            if len(w) >= 2 and (freq.get(w) or 0) < LEXICON_FREQ}  # rules-31: also the rare ones (台中: 3)


def _seed(scores: dict, extra: dict[str, str], freq: dict, logtotal: float) -> None:
    """Pre-score the lexicon words (and mark their prefixes jieba lacks), so the DP finds them: at LEXICON_FREQ, or
    twice as likely as the best cut of the word into jieba's words when that is higher (台中 against 台 + 中, two of
    the commonest characters), as jieba's own suggest_freq does."""
    base = math.log(LEXICON_FREQ) - logtotal
    plain: dict = {}
    for w in extra:
        split = _route(w, freq, plain, logtotal)[0]
        for k in range(1, len(w)):
            if freq.get(w[:k]) is None and w[:k] not in scores:
                scores[w[:k]] = _PREFIX
        scores[w] = max(base, split + math.log(2))


def _reset(tok) -> None:
    """(Re)derive the scoring table from the dictionary's total; drop cached blocks (jieba.add_word changes it)."""
    _state["total"] = tok.total
    _state["logtotal"] = math.log(tok.total)
    _state["scores"] = {}
    _state["plain_scores"] = {}  # jieba's words only: `lexicon=False`
    _state["blocks"] = {}
    _state["plain_blocks"] = {}
    _state["gap_tags"] = {}
    _seed(_state["scores"], _state["extra_tags"], tok.FREQ, _state["logtotal"])


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
    return _words_of(blk, _route(blk, freq, scores, logtotal)[1])


def _route(blk: str, freq: dict, scores: dict, logtotal: float) -> tuple[float, list[int]]:
    """The best path's log-probability and, for every position, where its word ends (see _cut_block)."""
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
    return score[0], nxt


def _words_of(blk: str, nxt: list[int]) -> list[str]:
    n = len(blk)
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


def _block_tokens(blk: str, st: dict, lexicon: bool = True) -> list[tuple[str, int, str]]:
    """(word, length, tag) of a Han block, cached."""
    cache = st["blocks" if lexicon else "plain_blocks"]
    hit = cache.get(blk)
    if hit is None:
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        scores = st["scores" if lexicon else "plain_scores"]
        if len(scores) >= _SCORES_MAX:
            scores.clear()
            if lexicon:
                _seed(scores, st["extra_tags"], st["freq"], st["logtotal"])
        tags = st["tags"]
        get = tags.get
        extra = st["extra_tags"] if lexicon else {}
        hit = []
        for w in _cut_block(blk, st["freq"], scores, st["logtotal"]):
            t = get(w)
            if t is None:
                t = extra.get(w) or _tag(w, tags)
            hit.append((w, len(w), t))
        cache[blk] = hit
    return hit


def clear_cache() -> None:
    """Forget cached blocks (benchmarks measure cold runs with it)."""
    _state.get("blocks", {}).clear()
    _state.get("plain_blocks", {}).clear()


def words(text: str, lexicon: bool = True) -> list[str]:
    """The words of `text`; with `lexicon=False` exactly as `jieba.cut(text, HMM=False)` gives them."""
    return [w for _, _, w, _ in tokenize(text, lexicon=lexicon)]


def jieba_words(text: str) -> list[str]:
    """jieba's own `cut(text, HMM=False)` (the reference `words` must equal)."""
    return list(_load()["tok"].cut(text, HMM=False))


def tokenize(text: str, offset: int = 0, lexicon: bool = True) -> list[Token]:
    """jieba tokens of a simplified text with offsets (+ offset) (no HMM: unknown words stay split); with
    `lexicon`, the built-in place names jieba lacks are words too."""
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
        for w, k, t in _block_tokens(m.group(), st, lexicon):
            e = p + k
            append(new(Token, (p, e, w, t)))
            p = e
        pos = m.end()
    if pos < len(text):
        gap(text[pos:], offset + pos)
    return out

"""Optional stage 2d: named-entity spans from a statistical tagger (Baidu LAC), as extra mention candidates.

Why optional: LAC needs paddlepaddle (~550 MB installed) and slows extraction about threefold (measured ~37k
against ~120k characters per second), below the default install's speed goal; the rules must work without it.
Select it with `kg extract --ner lac` / `kg eval --ner lac` or the environment variable KG_NER=lac (which
`kg build`'s extraction workers inherit); install it with `pip install 'kg[lac]'`.

The tagger runs on the simplified text (LAC is trained on simplified Chinese), so its spans are offsets into
that view and map back to the original text like every other rule. PER / LOC / ORG spans become candidates of
source "ner", typed with our vocabulary (places by the built-in lists or their administrative suffix,
organisations by the organisation suffixes the rules use). They join the rules' candidates in the overlap
resolution with the lowest rule priority (longest span first), after a gate that lets curated entities win
(see `gated`). Measured on the dev gold (README, "New text: extraction"): this beat adding them only where no
rule had a mention.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Callable, Sequence

from kg.errors import UsageError
from kg.extract.model import PLACE_TYPES, Candidate

__all__ = ["BACKENDS", "active", "use", "check", "ner_candidates", "gated", "gate", "version_tag"]

BACKENDS = ("lac",)
_ENV = "KG_NER"
_lock = threading.Lock()
_state: dict = {}
_chosen: list[str | None] = [None]  # set by use(); None -> the environment variable decides

# LAC reads lines of text; long lines are cut at sentence ends (then hard) so the model's input stays short
_MAX_PIECE = 400
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_HAN_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_BATCH = 64
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&.\-]+")


def use(backend: str | None) -> None:
    """Select the tagger for this process (None: back to the environment variable)."""
    if backend is not None and backend not in BACKENDS:
        raise UsageError(f"unknown NER backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
    _chosen[0] = backend


def active() -> str | None:
    """The selected tagger, or None (the default: rules only)."""
    backend = _chosen[0] if _chosen[0] is not None else (os.environ.get(_ENV) or None)
    if backend is not None and backend not in BACKENDS:
        raise UsageError(f"{_ENV}={backend!r} is not a NER backend; choose one of: {', '.join(BACKENDS)} "
                         f"(or unset {_ENV})")
    return backend


def version_tag() -> str:
    """Suffix for the extractor version when a tagger is on (its output differs from the rules alone)."""
    backend = active()
    return f"+{backend}" if backend else ""


def _missing(backend: str, exc: BaseException) -> UsageError:
    return UsageError(f"the {backend} NER backend is not installed ({exc.__class__.__name__}: {exc}); "
                      f"install it with: pip install 'kg[{backend}]'")


def _load_lac():
    """The LAC tagger, loaded once per process.

    Why the alias: LAC 2.1.2 (the last release) imports `paddle.fluid`, which paddlepaddle 2.6 (the oldest
    release with wheels for Python 3.11) renamed `paddle.base`; the classes LAC uses are still there (checked
    with 2.6.2 and 3.3.1: the same dev-gold scores)."""
    with _lock:
        if "lac" in _state:
            return _state["lac"]
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                import paddle
            except ImportError as exc:
                raise _missing("lac", exc) from None
            if "paddle.fluid" not in sys.modules:
                try:
                    import paddle.fluid  # noqa: F401  (paddlepaddle < 2.6)
                except ImportError:
                    base = getattr(paddle, "base", None)
                    if base is None or not hasattr(base.core, "create_paddle_predictor"):
                        raise UsageError(f"the lac NER backend does not work with paddlepaddle {paddle.__version__}; "
                                         "install it with: pip install 'kg[lac]'") from None
                    sys.modules["paddle.fluid"] = base
                    sys.modules["paddle.fluid.core"] = base.core
            try:
                from LAC import LAC
            except ImportError as exc:
                raise _missing("lac", exc) from None
            tagger = LAC(mode="lac")
        _state["lac"] = tagger
        return tagger


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the text cut at sentence ends into pieces of at most _MAX_PIECE characters,
    keeping only pieces with a Han or Latin letter."""
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + _MAX_PIECE)
        if end < n:
            cut = -1
            for m in _SENTENCE_END.finditer(text, pos, end):
                cut = m.end()
            end = cut if cut > pos else end
        piece = text[pos:end]
        if _HAN_OR_LATIN.search(piece):
            out.append((pos, piece))
        pos = end
    return out


def check() -> None:
    """Load the selected tagger now, so a missing package is reported before any work starts."""
    backend = active()
    if backend == "lac":
        _load_lac()


def _lac_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tag) of LAC's PER / LOC / ORG words in the text."""
    tagger = _load_lac()
    pieces = _pieces(text)
    spans: list[tuple[int, int, str]] = []
    for b in range(0, len(pieces), _BATCH):
        batch = pieces[b : b + _BATCH]
        results = tagger.run([p for _, p in batch])
        for (offset, piece), (words, tags) in zip(batch, results, strict=True):
            if "".join(words) != piece or len(words) != len(tags):
                continue  # never trust offsets the tagger did not keep
            pos = offset
            for word, tag in zip(words, tags, strict=True):
                if tag in ("PER", "LOC", "ORG"):
                    spans.append((pos, pos + len(word), tag))
                pos += len(word)
    return spans


_TAGGERS: dict[str, Callable[[str], list[tuple[int, int, str]]]] = {"lac": _lac_spans}
_LOC_SUFFIX = (("省", "Province"), ("自治区", "Province"), ("市", "City"), ("州", "City"), ("区", "District"),
               ("县", "District"), ("旗", "District"), ("镇", "District"), ("乡", "District"), ("街道", "District"),
               ("站", "Park"), ("港", "Park"), ("机场", "Park"), ("口岸", "Park"), ("码头", "Park"), ("园", "Park"))
_GOV_HINTS = ("政府", "委员会", "议会", "国会", "法院", "检察院", "海关", "总署", "当局")


def _typed(word: str, tag: str) -> tuple[str, str] | None:
    """(label, type) in our vocabulary for a tagged word, None when it is not a usable name."""
    from kg.extract.mentions import _suffix_of, place_label, place_type

    if len(word) < 2 or not _NAME.fullmatch(word) or not _HAN_OR_LATIN.match(word):
        return None  # a word across punctuation or a space (适老化改造。民政部) is not one name
    if tag == "PER":
        return word, "Person"
    if tag == "LOC":
        known = place_type(word)
        if known:
            return place_label(word), known
        typ = next((t for s, t in _LOC_SUFFIX if word.endswith(s) and len(word) > len(s)), "Region")
        return word, typ
    hit = _suffix_of(word)
    if hit is not None and len(word) > len(hit[0]):
        return word, hit[1]
    if word.endswith(_GOV_HINTS):
        return word, "GovernmentBody"
    return word, "Company"


def ner_candidates(text: str, backend: str | None = None) -> list[Candidate]:
    """Candidates from the selected tagger on a simplified text ([] when none is selected)."""
    backend = backend or active()
    if backend is None or not text:
        return []
    out = []
    for s, e, tag in _TAGGERS[backend](text):
        typed = _typed(text[s:e], tag)
        if typed is not None:
            out.append(Candidate(s, e, typed[0], typed[1], "ner", 0.55))
    return out


def gated(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The tagger's candidates for `text` whose other candidates are `candidates` ([] when no tagger is on).

    Why the gate: curated entities win. A tagged span that crosses a gazetteer mention, or contains one that is
    not a place, is dropped; one that contains a curated place (台湾 in 台湾电力公司) may still win on length in
    the overlap resolution, like the rules' spans."""
    extra = ner_candidates(text)
    if not extra:
        return []
    return gate(extra, candidates)


def gate(extra: Sequence[Candidate], candidates: Sequence[Candidate]) -> list[Candidate]:
    """The tagged candidates `extra` that no gazetteer mention among `candidates` vetoes (see `gated`)."""
    curated = [c for c in candidates if c.source == "gazetteer"]
    if not curated:
        return list(extra)
    covering: dict[int, list[int]] = {}  # position -> curated mentions covering it (sparse: few positions)
    for k, c in enumerate(curated):
        for p in range(c.start, c.end):
            covering.setdefault(p, []).append(k)
    out = []
    for c in extra:
        ks = {k for p in range(c.start, c.end) for k in covering.get(p, ())}
        if all(c.start <= curated[k].start and curated[k].end <= c.end and curated[k].type in PLACE_TYPES
               for k in ks):
            out.append(c)
    return out

"""Finds a curated quote in its source text; a quote that is not there verbatim is an error, never a guess."""

from __future__ import annotations

import difflib

from kg.model import Anchor

CONTEXT = 32  # characters of prefix/suffix kept in each TextQuoteSelector


class QuoteNotFound(Exception):
    """Raised with a human-readable reason; the caller adds file and line."""


def occurrences(text: str, quote: str) -> list[int]:
    """Every start offset of `quote` in `text`, overlapping ones included."""
    found, i = [], text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def closest_passage(text: str, quote: str) -> tuple[int, str]:
    """The passage of `text` that best resembles `quote`, to show the curator what they probably meant."""
    if not text or not quote:
        return 0, ""
    matcher = difflib.SequenceMatcher(None, text, quote, autojunk=False)
    match = matcher.find_longest_match(0, len(text), 0, len(quote))
    start = max(0, match.a - match.b)
    end = min(len(text), start + len(quote))
    return start, text[start:end]


def make_anchor(document: str, text: str, start: int, end: int) -> Anchor:
    """Anchor for a known span, with the surrounding context the Web Annotation model expects."""
    return Anchor(
        document=document,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def locate(document: str, text: str, quote: str, prefix: str = "", suffix: str = "") -> Anchor:
    """Anchor `quote` in `text`; prefix/suffix pick one occurrence when it occurs more than once."""
    if not quote or not quote.strip():
        raise QuoteNotFound("the quote is empty; copy the passage from the text")
    starts = occurrences(text, quote)
    if prefix:
        starts = [s for s in starts if text[:s].endswith(prefix)]
    if suffix:
        starts = [s for s in starts if text[s + len(quote) :].startswith(suffix)]
    if not starts:
        where = "with that prefix/suffix " if (prefix or suffix) and text.find(quote) != -1 else ""
        at, passage = closest_passage(text, quote)
        raise QuoteNotFound(
            f"quote {quote!r} not found verbatim {where}in {document}; "
            f"closest passage at character {at}: {passage!r}; copy the text exactly"
        )
    if len(starts) > 1:
        raise QuoteNotFound(
            f"quote {quote!r} occurs {len(starts)} times in {document} (characters "
            f"{', '.join(map(str, starts[:5]))}); add a prefix or suffix to say which"
        )
    return make_anchor(document, text, starts[0], starts[0] + len(quote))

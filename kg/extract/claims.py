"""Stage 4: claims: prose sentences that assert, evaluate, recommend or ask; speaker, about, stance.

Why every prose sentence: in commentary nearly every body sentence is an assertion (measured goal: recall
>= 0.70), so the extractor keeps prose sentences and lets confidence carry how claim-like each one is:
cue words (认为 指出 表示 应该 必须 关键在于 不是…而是 …) raise it, short or cue-less sentences lower it.
Headings, bylines, captions and notes about the text are skipped (see sentences.py).

Speaker: the actor right before a speech verb (X 表示 / 认为 / 指出 → X); a sentence opening with 他 / 她 /
其 / 该人士 keeps the previous speaker; otherwise the document's author (None if unknown). A speaker that
is not an entity is given as its phrase (业内人士). Stance: questions (？ / 吗 / 呢 at the end) > hedges
(可能 或许 也许 恐怕 未必 …) > denies (并非 不是 并不 没有 … not followed by 而是) > asserts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.model import Candidate, Claim
from kg.extract.sentences import Sentence
from kg.textnorm import NormalizedText

_CUES = re.compile(
    r"认为|指出|表示|强调|坦言|直言|称|应该|应当|必须|需要|关键在于|核心在于|本质|意味着|说明|显示|表明|不是.{0,30}而是|"
    r"与其.{0,30}不如|只有|才能|无法|不能|将会|可能|或许|恐怕|值得|问题|优势|必然|事实上|显然"
)
_HEDGES = re.compile(r"可能|或许|也许|恐怕|未必|不一定|大概|似乎|或将|有望|估计|看来|难说|不排除|尚不清楚|仍需")
_NEG = re.compile(r"并非|绝非|并不|并未|不是|没有|无法|不能|不会|未能|不可能|从未|毫无|并无|不再|难以|不算")
_QUESTION_END = re.compile(r"(?:[？?]|[吗呢][。！]?)[”」』）)]*$")
_SPEECH = re.compile(
    "(?:" + "|".join(sorted((v for v in SPEECH_VERBS if len(v) > 1), key=len, reverse=True))
    + r"|(?<!据)(?:说|称)(?=[：:，,。“「]))"
)
_PRONOUN_START = re.compile(r"^[“「]?(?:他|她|其|该人士|该负责人|该官员|对方)")
_CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
_PHRASE_START = re.compile(r"[，,。；;：:\s“」]")


def stance_of(sentence: str) -> str:
    """questions > hedges > denies > asserts, from surface cues (why: cheap and transparent)."""
    if _QUESTION_END.search(sentence.rstrip()):
        return "questions"
    if _HEDGES.search(sentence):
        return "hedges"
    for m in _NEG.finditer(sentence):
        if "而是" not in sentence[m.end() : m.end() + 40] and "但" not in sentence[m.end() : m.end() + 20]:
            return "denies"
    return "asserts"


def _speaker(sent_text: str, offset: int, mentions: Sequence[tuple[Candidate, str]]) -> tuple[str | None, bool]:
    """(speaker, found): entity id or phrase before the first speech verb of the sentence's first clauses."""
    for m in _SPEECH.finditer(sent_text):
        head = sent_text[: m.start()]
        if len(head) > 60:
            break
        clause_start = max((k.end() for k in _CLAUSE_BREAK.finditer(head)), default=0)
        before = [(c, eid) for c, eid in mentions if offset + clause_start <= c.start and c.end <= offset + m.start()]
        actors = [(c, eid) for c, eid in before if c.type not in ("Law", "Regulation", "ImplementingRule")]
        if actors:
            return actors[-1][1], True
        phrase = head[clause_start:].strip()
        phrase = re.sub(r"^(?:但|而|也|另外|此外|同时|不过|然而|对此|据悉)+", "", phrase)
        phrase = re.sub(r"(?:也|则|曾|还|更|都|均|早前|此前|近日|日前|今天|昨天)+$", "", phrase)
        if 2 <= len(phrase) <= 16 and not re.search(r"[这那我你]", phrase[:1]):
            return phrase, True
        if _PRONOUN_START.match(phrase or "x"):
            return None, False
    return None, False


def detect_claims(norm: NormalizedText, sentences: Sequence[Sentence], mentions: Sequence[tuple[Candidate, str]],
                  author: str | None, doc_key: str) -> list[Claim]:
    """One claim per prose sentence; offsets mapped back to the original text."""
    out: list[Claim] = []
    text = norm.text
    ordered = sorted(mentions, key=lambda x: x[0].start)
    starts = [c.start for c, _ in ordered]
    import bisect

    prev_speaker: str | None = author
    for sent in sentences:
        if not sent.prose:
            continue
        s_text = text[sent.start : sent.end]
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        inside = [x for x in ordered[lo:hi] if x[0].end <= sent.end]
        speaker, found = _speaker(s_text, sent.start, inside)
        if not found:
            if _PRONOUN_START.match(s_text):
                speaker = prev_speaker
            else:
                speaker = author
        else:
            prev_speaker = speaker
        if not found and not _PRONOUN_START.match(s_text):
            prev_speaker = author
        about = sorted({eid for _, eid in inside if eid != speaker})
        cues = len(_CUES.findall(s_text))
        conf = 0.5 + min(0.3, 0.12 * cues) + (0.1 if found else 0.0) - (0.15 if len(s_text) < 12 else 0.0)
        o_start, o_end = norm.to_original(sent.start, sent.end)
        out.append(Claim(f"{doc_key}-c{o_start}", norm.original[o_start:o_end], o_start, o_end, speaker, about,
                         stance_of(s_text), round(max(0.05, min(conf, 0.95)), 3)))
    return out

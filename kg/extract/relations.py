"""Stage 6: actor relations from verb patterns inside one clause (X 投资 / 设立 / 出台 / 位于 … Y).

Why patterns: they are transparent, carry their quote span, and need no training data. For each cue verb
in a sentence, the subjects are the actor mentions before it in the same clause (or, if there are none,
the first actor of the sentence: 合肥建投牵头设立…，联合…注资), the object is the first fitting mention
after it, or the mention after 向 / 对 / 为 / 给 before it (向蔚来注资). Direction and type checks come from
the table below; `founded-by` and `part-of` are stated from the founded / owned side. A place written
right before an actor (荷兰ASML, 杭州阿里巴巴) gives `located-in` at lower confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.model import ACTOR_TYPES, PLACE_TYPES, POLICY_TYPES, Candidate, Relation
from kg.extract.sentences import Sentence
from kg.textnorm import NormalizedText

_ANY = None
# cue regex, predicate, inverse (object is the subject of the triple), allowed object types
_PATTERNS: list[tuple[re.Pattern, str, bool, frozenset | None]] = [
    (re.compile(r"投资|注资|入股|参股|领投|跟投|增资|出资"), "invests-in", False, ACTOR_TYPES | {"Park"}),
    (re.compile(r"设立|成立|创办|创立|组建|发起设立|牵头设立"), "founded-by", True,
     frozenset(ACTOR_TYPES | POLICY_TYPES | {"Park", "PilotZone"})),
    (re.compile(r"出台|发布|颁布|印发|推出|制定|修订"), "issues", False, POLICY_TYPES),
    (re.compile(r"实施|推进|执行|落实|推行"), "implements", False, POLICY_TYPES),
    (re.compile(r"位于|落户|坐落于|总部设在|入驻|扎根"), "located-in", False, PLACE_TYPES),
    (re.compile(r"扶持|资助|补贴|补助|奖励"), "funds", False, ACTOR_TYPES | {"Park"}),
    (re.compile(r"监管|规范|审查"), "regulates", False, ACTOR_TYPES),
    (re.compile(r"联合|携手|合作|结盟"), "cooperates-with", False, ACTOR_TYPES),
    (re.compile(r"批评|指责|抨击"), "criticises", False, _ANY),
    (re.compile(r"倡导|呼吁|主张|力推"), "advocates", False, POLICY_TYPES | {"Concept"}),
    (re.compile(r"协调|统筹"), "coordinates", False, ACTOR_TYPES),
    (re.compile(r"竞争|争夺|角逐"), "competes-with", False, ACTOR_TYPES | PLACE_TYPES),
    (re.compile(r"受益于|得益于|受惠于"), "benefits-from", False, POLICY_TYPES),
    (re.compile(r"旗下的?|下属的?"), "part-of", True, ACTOR_TYPES),
]
_OBJ_MARK = re.compile(r"[向对为给]$")
_CLAUSE = re.compile(r"[，,；;：:]")
_SUBJECT_TYPES = ACTOR_TYPES | {"City", "Province", "Country", "District", "Park"}


def _clauses(s: int, e: int, text: str) -> list[tuple[int, int]]:
    out, pos = [], s
    for m in _CLAUSE.finditer(text, s, e):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, e))
    return out


def detect_relations(norm: NormalizedText, sentences: Sequence[Sentence],
                     mentions: Sequence[tuple[Candidate, str]]) -> list[Relation]:
    text = norm.text
    ordered = sorted(mentions, key=lambda x: x[0].start)
    out: dict[tuple[str, str, str, int], Relation] = {}
    import bisect

    starts = [c.start for c, _ in ordered]
    for sent in sentences:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        inside = [x for x in ordered[lo:hi] if x[0].end <= sent.end]
        if len(inside) < 2:
            continue
        o_start, o_end = norm.to_original(sent.start, sent.end)
        sent_subject = next((x for x in inside if x[0].type in _SUBJECT_TYPES), None)

        def add(subj: str, pred: str, obj: str, conf: float, _s=o_start, _e=o_end) -> None:
            if subj == obj:
                return
            key = (subj, pred, obj, _s)
            if key not in out or out[key].confidence < conf:
                out[key] = Relation(subj, pred, obj, round(conf, 3), _s, _e)

        # adjacency: place immediately before an actor
        for (a, aid), (b, bid) in zip(inside, inside[1:], strict=False):
            if a.end == b.start and a.type in PLACE_TYPES - {"Park"} and b.type in ACTOR_TYPES:
                add(bid, "located-in", aid, 0.45)
        for cs, ce in _clauses(sent.start, sent.end, text):
            in_clause = [x for x in inside if cs <= x[0].start and x[0].end <= ce]
            for rx, pred, inverse, obj_types in _PATTERNS:
                for m in rx.finditer(text, cs, ce):
                    if any(c.start < m.end() and m.start() < c.end for c, _ in in_clause):
                        continue  # the cue is inside a name (湖北长江产业投资集团)
                    before = [x for x in in_clause if x[0].end <= m.start()]
                    after = [x for x in in_clause if x[0].start >= m.end()]
                    obj = None
                    marked = [x for x in before if _OBJ_MARK.search(text[max(cs, x[0].start - 1) : x[0].start])]
                    if marked:
                        obj = marked[-1]
                        before = [x for x in before if x is not obj]
                    elif after:
                        fit = [x for x in after if obj_types is None or x[0].type in obj_types]
                        obj = fit[0] if fit else None
                    if obj is None:
                        continue
                    subjects = [x for x in before if x[0].type in _SUBJECT_TYPES]
                    conf = 0.65
                    if not subjects and sent_subject is not None and sent_subject is not obj:
                        subjects, conf = [sent_subject], 0.45
                    # a run of coordinated subjects (A、B和C) all take part; else the nearest one
                    if len(subjects) > 1:
                        last = subjects[-1]
                        run = [last]
                        for x in reversed(subjects[:-1]):
                            gap = text[x[0].end : run[0][0].start]
                            if re.fullmatch(r"[、和与及]|等", gap):
                                run.insert(0, x)
                            else:
                                break
                        subjects = run
                    for subj in subjects:
                        if pred == "part-of":
                            add(obj[1], pred, subj[1], conf)
                        elif inverse:
                            add(obj[1], pred, subj[1], conf)
                        else:
                            add(subj[1], pred, obj[1], conf)
    return list(out.values())

"""Stage 6: actor relations from cue patterns over one sentence and its entity mentions.

Why patterns: they are transparent, carry their quote span, and need no training data. Text is matched on
the simplified view, so one cue list serves both scripts. Two kinds of pattern:

- verb cues (X 投资 / 设立 / 出台 / 位于 / 扶持 Y …): each cue family names its predicate, the entity types
  its subject and object may have, and a confidence that reflects how reliable the cue is. The subject is
  the nearest fitting mention before the cue in the same clause (a coordinated run A、B和C all take part;
  with none, the topic of an earlier clause of the sentence, at lower confidence), the object the nearest
  fitting mention after it (with its coordinated run), or one marked before the cue (向蔚来注资, 向X倾斜).
  Passive and agent forms turn round: 由 A、B 共同出资 / 被 A 投资 / 获 A 注资 (A is the actor).
- structure without a verb: place before place or actor (广东深圳, 荷兰ASML, 内蒙古的乌兰察布) gives
  `located-in`; X 的创始人 Y gives `founded-by`; 包括 X 在内的 Y and 以 X 为代表的 Y give `part-of`.

Every relation keeps the span of its sentence in the original text; facts are stated from the side the
predicate vocabulary uses (a fund is `founded-by` its founder, a unit `part-of` its parent).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.model import ACTOR_TYPES, PLACE_TYPES, POLICY_TYPES, Candidate, Relation
from kg.extract.sentences import Sentence
from kg.textnorm import NormalizedText

__all__ = ["detect_relations", "CUES"]

Mention = tuple[Candidate, str]

_GOV_PLACES = frozenset({"Country", "Province", "City", "District", "Park", "PilotZone"})
AGENTS = ACTOR_TYPES | _GOV_PLACES  # a place stands for its government (武汉推出…, 杭州率先出台…)
ORGS = ACTOR_TYPES - {"Person", "ActorGroup"}
SPEAKERS = ACTOR_TYPES  # who can criticise or advocate
RULES = POLICY_TYPES - {"Fund"}
FIELDS = frozenset({"Sector", "Technology"})
_PLACE_RANK = {"Country": 0, "Province": 1, "Region": 1.5, "City": 2, "District": 3, "Park": 4, "PilotZone": 4}


@dataclass(frozen=True)
class Cue:
    """One cue family: its verbs, what it states, who may be subject and object, and how much to trust it."""

    family: str
    words: tuple[str, ...]
    predicate: str
    subjects: frozenset
    objects: frozenset
    confidence: float
    inverse: bool = False  # the triple is stated from the object's side (Y founded-by X)
    fallback: bool = True  # may borrow the subject of an earlier clause
    max_gap: int = 12  # characters allowed between the cue and its object


CUES: tuple[Cue, ...] = (
    Cue("invest", ("投资", "注资", "入股", "参股", "领投", "跟投", "增资", "出资", "押注", "战略投资"),
        "invests-in", AGENTS, ORGS | {"Park"} | FIELDS, 0.7),
    Cue("fund", ("资助", "补贴", "扶持", "拨款", "补助", "资金支持"), "funds", AGENTS, ORGS | {"Park"}, 0.6,
        max_gap=6),
    Cue("issue", ("出台", "发布", "印发", "颁布", "推出", "制定", "修订", "公布", "下发", "出炉"), "issues",
        AGENTS, RULES, 0.75, max_gap=6),
    Cue("implement", ("实施", "推行", "落实", "执行", "施行", "试行"), "implements", AGENTS, RULES, 0.6,
        max_gap=8),
    Cue("locate", ("位于", "落户", "坐落于", "坐落在", "总部设在", "总部位于", "总部在", "入驻", "扎根", "迁往",
                   "迁至", "迁入", "搬到", "转投", "设在"),
        "located-in", ACTOR_TYPES | PLACE_TYPES, PLACE_TYPES, 0.7, max_gap=4),
    Cue("found-in", ("诞生在", "诞生于", "发源于", "起家于", "创立于", "成立于", "创办于", "发家于"), "founded-in",
        ORGS | PLACE_TYPES, PLACE_TYPES, 0.65, max_gap=2),
    Cue("found", ("创立", "创办", "创建", "成立", "设立", "组建", "发起设立", "牵头设立", "发起成立", "共同设立",
                  "注资设立", "创设"),
        "founded-by", AGENTS, ORGS | {"Park", "PilotZone"}, 0.65, inverse=True, max_gap=10),
    Cue("set-up", ("设立", "成立", "组建", "创设", "设置"), "issues", AGENTS, RULES, 0.6, max_gap=6),
    Cue("regulate", ("监管", "审批", "审查", "整治", "约谈", "处罚", "查处"), "regulates",
        frozenset({"GovernmentBody"}), ORGS | FIELDS, 0.55, fallback=False, max_gap=6),
    Cue("criticise", ("批评", "指责", "抨击", "反对", "质疑", "谴责", "斥责"), "criticises", SPEAKERS,
        ACTOR_TYPES | RULES | {"Concept"}, 0.6, fallback=False, max_gap=8),
    Cue("advocate", ("主张", "呼吁", "倡导", "倡议", "提倡", "力推"), "advocates", SPEAKERS,
        RULES | {"Concept"}, 0.55, fallback=False, max_gap=8),
    Cue("coordinate", ("协调", "统筹", "对接", "搭桥", "牵线", "撮合"), "coordinates", ACTOR_TYPES, ORGS, 0.55,
        max_gap=6),
    Cue("cooperate", ("合作", "联手", "携手", "联合", "结盟", "牵手"), "cooperates-with", ORGS, ORGS, 0.6,
        fallback=False, max_gap=8),
    Cue("favour", ("倾斜", "优先支持", "偏好", "偏向", "重点支持", "优先服务", "青睐", "偏爱"), "favours",
        AGENTS | POLICY_TYPES, ACTOR_TYPES | FIELDS | {"Park"}, 0.55, max_gap=6),
    Cue("apply", ("适用于", "针对", "面向"), "applies-to", RULES, ACTOR_TYPES | FIELDS, 0.5, fallback=False,
        max_gap=6),
    Cue("compete", ("竞争", "角逐", "争夺", "比拼"), "competes-with", ORGS | _GOV_PLACES, ORGS | _GOV_PLACES,
        0.5, fallback=False, max_gap=8),
    Cue("benefit", ("依托", "借助", "受益于", "得益于", "受惠于", "借力", "凭借", "依靠"), "benefits-from",
        AGENTS, RULES | {"Park", "PilotZone"}, 0.6, max_gap=6),
)
DISABLED: set[str] = set()  # cue families switched off (for measuring each one's effect)

_BY_WORD: dict[str, list[Cue]] = {}
for _c in CUES:
    for _w in _c.words:
        _BY_WORD.setdefault(_w, []).append(_c)
_CUE_RX = re.compile("|".join(sorted(map(re.escape, _BY_WORD), key=len, reverse=True)))
_SYMMETRIC = frozenset({"cooperates-with", "competes-with"})
_MEMBERS = ACTOR_TYPES | {"Product"}  # what can be part of a group (包括X在内的Y)
_GROUPS = ACTOR_TYPES | {"Concept"}

_CLAUSE = re.compile(r"[，,；;：:]")
_COORD = re.compile(r"[、和与及]|以及|及其|[“”「」『』\"]*[、和与及][“”「」『』\"]*")
_QUOTES = "“”「」『』《》\"'"
# marks an object written before its verb: 向蔚来注资, 对企业补贴, 为企业对接, 给… (not 针对 / 作为 / 认为 …)
_OBJ_MARK = re.compile(r"(?:向|(?<![针面相绝反])对|(?<![作成认因称行更])为|给|与|和|同|跟)[“「『《\"]*$")
_WITH_MARK = re.compile(r"(?:与|和|同|跟)[“「『《\"]*$")
_AGENT_MARK = re.compile(r"(?:由|被|获得?|受到?|接受)[“「『《\"]*$")
_AFTER_FOUND = re.compile(r"(?:后|以来|之初|之后|时|初期|至今|伊始)")
_TOPIC_PREFIX = re.compile(r"^(?:[\d０-９]+年(?:代)?|此前|此后|随后|最终|其中|同时|如今|目前|近年来|今年|去年|"
                           r"而|但|则|且|并|也|还|[“「『《\"])*$")
_FOUNDER = re.compile(r"^(?:的)?(?:联合)?(?:创始人|创办人|创建者|奠基人)(?:兼[^，,。]{0,8})?[、]?$")
_MEMBER_INCL = re.compile(r"包括[“「『\"]*$")
_MEMBER_INCL_TAIL = re.compile(r"^[”」』\"]*在内的?[^，,。；]{0,6}$")
_MEMBER_REP = re.compile(r"以[“「『\"]*$")
_MEMBER_REP_TAIL = re.compile(r"^[”」』\"]*为代表的?[^，,。；]{0,6}$")
_PARENT = re.compile(r"^[”」』\"]*(?:旗下|下属)的?[“「『\"]*$")
_IN_PLACE_FOUND = re.compile(r"^[”」』\"]*(?:正式)?(?:成立|设立|注册|创办|创立|落户|建厂|设厂|落地|挂牌)")


def _clauses(s: int, e: int, text: str) -> list[tuple[int, int]]:
    out, pos = [], s
    for m in _CLAUSE.finditer(text, s, e):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, e))
    return out


def _kind(m: Mention) -> bool:
    return m[0].type in PLACE_TYPES


def _run_back(text: str, ms: list[Mention], i: int, types: frozenset) -> list[Mention]:
    """The coordinated run ending at ms[i] (A、B和C): mentions of one kind joined by 、/和/与/及."""
    run = [ms[i]]
    j = i - 1
    while j >= 0:
        gap = text[ms[j][0].end : run[0][0].start]
        if ms[j][0].type in types and _kind(ms[j]) == _kind(ms[i]) and _COORD.fullmatch(gap):
            run.insert(0, ms[j])
            j -= 1
        else:
            break
    return run


def _run_fwd(text: str, ms: list[Mention], i: int, types: frozenset) -> list[Mention]:
    """The coordinated run starting at ms[i] (A、B和C等)."""
    run = [ms[i]]
    j = i + 1
    while j < len(ms):
        gap = text[run[-1][0].end : ms[j][0].start]
        if ms[j][0].type in types and _kind(ms[j]) == _kind(ms[i]) and _COORD.fullmatch(gap):
            run.append(ms[j])
            j += 1
        else:
            break
    return run


def _is_fund(m: Mention) -> bool:
    return m[0].type == "Fund" or m[0].label.endswith("基金")


class _Sentence:
    """One sentence's mentions and clauses, with the helpers the patterns share."""

    def __init__(self, text: str, sent: Sentence, inside: list[Mention]) -> None:
        self.text = text
        self.ms = inside
        self.clauses = _clauses(sent.start, sent.end, text)
        self.topics: list[tuple[int, Mention]] = []  # (clause index, clause-initial mention)
        for ci, (cs, ce) in enumerate(self.clauses):
            first = next((x for x in inside if cs <= x[0].start < ce), None)
            if first is not None and _TOPIC_PREFIX.match(text[cs : first[0].start].strip()):
                self.topics.append((ci, first))

    def clause_of(self, pos: int) -> int:
        for ci, (cs, ce) in enumerate(self.clauses):
            if cs <= pos < ce or (pos == ce and ci == len(self.clauses) - 1):
                return ci
        return len(self.clauses) - 1

    def topic(self, ci: int, types: frozenset, exclude: Sequence[Mention], fronted: bool = False,
              same: bool = False) -> Mention | None:
        """Subject borrowed from an earlier clause: the nearest clause-initial mention of a fitting type.

        A clause that opens the sentence or follows a colon (依托X，Y…) lends its subject forward instead."""
        cs = self.clauses[ci][0]
        if fronted and (ci == 0 or self.text[cs - 1 : cs] in "：:"):
            for tci, m in self.topics:
                if tci > ci and m[0].type in types and m not in exclude:
                    return m
        for tci, m in reversed(self.topics):
            if (tci < ci or (same and tci == ci)) and m[0].type in types and m not in exclude:
                return m
        return None


def detect_relations(norm: NormalizedText, sentences: Sequence[Sentence],
                     mentions: Sequence[Mention]) -> list[Relation]:
    """Actor relations found in each sentence, with the sentence's span in the original text."""
    text = norm.text
    ordered = sorted(mentions, key=lambda x: x[0].start)
    starts = [c.start for c, _ in ordered]
    out: dict[tuple[str, str, str, int], Relation] = {}
    for sent in sentences:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        inside = [x for x in ordered[lo:hi] if x[0].end <= sent.end]
        if len(inside) < 2:
            continue
        o_start, o_end = norm.to_original(sent.start, sent.end)

        def add(subj: Mention, pred: str, obj: Mention, conf: float, _s=o_start, _e=o_end) -> None:
            if subj[1] == obj[1]:
                return
            key = (subj[1], pred, obj[1], _s)
            if key not in out or out[key].confidence < conf:
                out[key] = Relation(subj[1], pred, obj[1], round(conf, 3), _s, _e)

        s = _Sentence(text, sent, inside)
        _structure(s, add)
        _verbs(s, add)
    return list(out.values())


def _structure(s: _Sentence, add) -> None:
    """Relations written without a verb: 广东深圳, 荷兰ASML, 内蒙古的乌兰察布, X的创始人Y, 包括X在内的Y …"""
    text, ms = s.text, s.ms
    for i, (a, b) in enumerate(zip(ms, ms[1:], strict=False)):
        gap = text[a[0].end : b[0].start]
        ta, tb = a[0].type, b[0].type
        bare = gap.strip(_QUOTES) == ""
        if ta in PLACE_TYPES and "structure-place" not in DISABLED:
            ra, rb = _PLACE_RANK[ta], _PLACE_RANK.get(tb)
            if rb is not None and ra < rb and ta != "Country" and (bare or (gap == "的" and tb != "Region")):
                add(b, "located-in", a, 0.6 if bare else 0.55)  # 广东深圳, 内蒙古的乌兰察布 (not 中国上海)
            elif bare and ta != "Park" and tb in ORGS:
                add(b, "located-in", a, 0.45)  # 荷兰ASML
        if ta in ORGS and tb == "Person" and _FOUNDER.match(gap) and "structure-founder" not in DISABLED:
            add(a, "founded-by", b, 0.7)
        incl_tail = _MEMBER_INCL_TAIL.match(gap)
        rep_tail = _MEMBER_REP_TAIL.match(gap)
        if (incl_tail or rep_tail) and "structure-member" not in DISABLED:  # the run only matters then
            members = _run_back(text, ms, i, _MEMBERS)
            pre = text[max(0, members[0][0].start - 4) : members[0][0].start]
            if (incl_tail and _MEMBER_INCL.search(pre)) or (rep_tail and _MEMBER_REP.search(pre)):
                if tb in _GROUPS and ta in _MEMBERS:
                    for x in members:
                        add(x, "part-of", b, 0.6)
        if ta in ORGS and tb in ORGS and _PARENT.match(gap) and "structure-parent" not in DISABLED:
            add(b, "part-of", a, 0.65)


def _verbs(s: _Sentence, add) -> None:
    text, ms = s.text, s.ms
    for ci, (cs, ce) in enumerate(s.clauses):
        in_clause = [x for x in ms if cs <= x[0].start and x[0].end <= ce]
        for m in _CUE_RX.finditer(text, cs, ce):
            if any(c.start < m.end() and m.start() < c.end for c, _ in in_clause):
                continue  # the cue is inside a name (湖北长江产业投资集团, 市场监管局)
            before = [x for x in in_clause if x[0].end <= m.start()]
            after = [x for x in in_clause if x[0].start >= m.end()]
            for cue in _BY_WORD[m.group()]:
                if cue.family in DISABLED:
                    continue
                _apply(s, ci, m, cue, before, after, add)
        _in_place(s, in_clause, add)


def _apply(s: _Sentence, ci: int, m: re.Match, cue: Cue, before: list[Mention], after: list[Mention], add) -> None:
    text = s.text
    tail = text[m.end() : m.end() + 4]
    if cue.predicate == "founded-by" and _AFTER_FOUND.match(tail):
        return  # 国家数据局成立后…, 成立以来: the founding itself, no founder
    conf = cue.confidence
    # object: the nearest fitting mention after the cue, or one marked before it (向X注资, 向X倾斜)
    objs: list[Mention] = []
    for i, x in enumerate(after):
        gap = x[0].start - m.end()
        if gap > cue.max_gap:
            break
        if cue.family == "found":
            if _is_fund(x) or x[0].type in cue.objects:
                objs = [y for y in _run_fwd(text, after, i, cue.objects | POLICY_TYPES)
                        if _is_fund(y) or y[0].type in cue.objects]
                break
            if x[0].type in POLICY_TYPES:
                break  # 设立「AI专班」: a programme is issued, not founded
        elif x[0].type in cue.objects and not (cue.family == "set-up" and _is_fund(x)):
            if x[0].type in PLACE_TYPES:  # 转投杭州余杭区: the most specific place of a chain
                while i + 1 < len(after) and after[i + 1][0].start == after[i][0].end and \
                        _PLACE_RANK.get(after[i + 1][0].type, -1) > _PLACE_RANK[after[i][0].type]:
                    i += 1
            objs = _run_fwd(text, after, i, cue.objects)
            break
    agent_mark = None
    if before:
        last = before[-1]
        run = _run_back(text, before, len(before) - 1, cue.subjects)
        pre_run = text[max(0, run[0][0].start - 3) : run[0][0].start]
        if len(text[last[0].end : m.start()]) <= 6 and _AGENT_MARK.search(pre_run) and last[0].type in cue.subjects:
            agent_mark = run
        elif not objs or cue.predicate in _SYMMETRIC:
            marked, rest = _marked_object(text, before, m.start(), cue)
            if marked:
                objs, before = marked, rest
    if agent_mark:
        # passive / agent form: 由A、B共同出资 / 被A投资 / 获A注资 -> A is the actor, the topic the target
        rest = before[: len(before) - len(agent_mark)]
        target = objs[:1] or [x for x in rest if x[0].type in cue.objects][-1:] or [
            t for t in [s.topic(ci, cue.objects, agent_mark, same=True)] if t is not None]
        for t in target:
            for a in agent_mark:
                _emit(cue, a, t, conf - 0.05, add)
        return
    if not objs:
        return
    subjects: list[Mention] = []
    fit = [i for i, x in enumerate(before) if x[0].type in cue.subjects]
    # a mention followed by 的 modifies the subject (南京的企业); prefer one that is the subject itself
    head = [i for i in fit if text[before[i][0].end : before[i][0].end + 1] != "的"]
    fit = head or fit
    if fit:
        subjects = _run_back(text, before, fit[-1], cue.subjects)
        lead = text[max(0, subjects[0][0].start - 2) : subjects[0][0].start]
        if lead.endswith("联合") or lead.endswith("携手") or lead.endswith("会同"):
            partner = s.topic(ci, cue.subjects, objs)  # …，联合B向C注资: the topic acts with B
            if partner is not None:
                subjects.append(partner)
    elif cue.fallback:
        fronted = cue.predicate == "benefits-from" and not text[s.clauses[ci][0] : m.start()].strip(_QUOTES)
        t = s.topic(ci, cue.subjects, objs, fronted)
        if t is not None and (t[0].type in ACTOR_TYPES or cue.predicate in {"located-in", "founded-in"}):
            subjects, conf = [t], conf - 0.2
    for subj in subjects:
        for obj in objs:
            _emit(cue, subj, obj, conf if obj is objs[0] else conf - 0.05, add)


def _marked_object(text: str, before: list[Mention], cue_start: int,
                   cue: Cue) -> tuple[list[Mention], list[Mention]]:
    """An object written before its verb (向蔚来中国注资, 向X、Y倾斜, A与B合作); returns (objects, the rest)."""
    j = len(before) - 1
    while j >= 0 and cue_start - before[j][0].end <= cue.max_gap:
        x = before[j]
        pre = text[max(0, x[0].start - 3) : x[0].start]
        if x[0].type in cue.objects and _OBJ_MARK.search(pre):
            if _WITH_MARK.search(pre):
                if cue.predicate not in _SYMMETRIC:
                    break
                return [x], before[:j]  # A与B合作: B is the partner, A the subject
            objs = _run_fwd(text, before[j:], 0, cue.objects)
            return objs, before[:j]
        if j and before[j - 1][0].end != x[0].start:
            break  # only mentions glued together (蔚来|中国) are skipped over
        j -= 1
    return [], before


def _emit(cue: Cue, subj: Mention, obj: Mention, conf: float, add) -> None:
    if cue.inverse:
        add(obj, cue.predicate, subj, conf)
    else:
        add(subj, cue.predicate, obj, conf)


def _in_place(s: _Sentence, in_clause: list[Mention], add) -> None:
    """X 于2016年在 P 成立 / 在 P 注册 / 在 P 落户 -> X located-in P."""
    if "in-place" in DISABLED:
        return
    text = s.text
    for i, x in enumerate(in_clause):
        if x[0].type not in PLACE_TYPES or not text[max(0, x[0].start - 1) : x[0].start] == "在":
            continue
        if not _IN_PLACE_FOUND.match(text[x[0].end : x[0].end + 6]):
            continue
        subj = next((y for y in reversed(in_clause[:i]) if y[0].type in ORGS), None)
        if subj is not None:
            add(subj, "located-in", x, 0.6)

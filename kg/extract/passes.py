"""Stage 2c, resolved: the non-overlapping mentions of a simplified text (`detect`), and the passes over them that
need the whole set: short and other forms of a name (bracketed aliases, declared short names, 正式名称为 …), acronyms
of terms that are no names, faculties inside their university, and places a station's or several names' stem names
alone. The rules' candidates come from kg.extract.mentions.rule_candidates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract import concept_model, layers
from kg.extract.lexicon import GENERIC_MODIFIERS
from kg.extract.mentions import place_type, resolve_overlaps, rule_candidates
from kg.extract.model import Candidate
from kg.extract.people import COMMON_NOUN_FREQ, ORG_WORDS
from kg.extract.segment import Token, frequency, tag_of
from kg.gazetteer import Gazetteer


def detect(text: str, tokens: Sequence[Token], gazetteer: Gazetteer | None) -> list[Candidate]:
    """All non-overlapping mention candidates of a simplified text, sorted by start."""
    cands, tokens, is_place = rule_candidates(text, tokens, gazetteer)
    concepts = layers.concepts_on()
    cands = [c for c in cands if layers.keep(c, concepts)]
    # rules-10: the learned concept-layer classifier (off), only where no rule found anything
    if concepts and concept_model.ENABLED:
        cands += concept_model.model_candidates(text, tokens, is_place, cands)
    chosen = _without_term_acronyms(text, resolve_overlaps(cands))
    chosen = _same_names(text, _declared_aliases(text, _bracketed_aliases(text, _units_of_universities(text, chosen))))
    return _short_forms(text, _stem_places(text, _station_places(text, chosen)))


_STATION_STEM_FREQ = 50  # a stem jieba knows this well is a word (大学 + 站), not a place's name


def _station_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """rules-61: a station bears its place's name; where the text names that place alone (经古洞转乘 after 古洞站),
    it is the place. Stems that end in a direction (哈尔滨西站) or that jieba knows as common words are left."""
    stems = sorted({c.label[:-1] for c in chosen if c.type == "Park" and c.label.endswith("站")
                    and 2 <= len(c.label) - 1 <= 4 and c.label[-2] not in "东西南北"
                    and frequency(c.label[:-1]) < _STATION_STEM_FREQ})
    return _places_alone(text, chosen, stems)


def _places_alone(text: str, chosen: list[Candidate], stems: Sequence[str]) -> list[Candidate]:
    """Each stem wherever the text names it outside the names found, as a District."""
    if not stems:
        return chosen
    taken = bytearray(len(text))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra = []
    for stem in stems:
        k = text.find(stem)
        while k >= 0:
            e = k + len(stem)
            if text[e : e + 1] != "站" and taken.find(1, k, e) < 0:
                extra.append(Candidate(k, e, stem, "District", "place", 0.45))
                taken[k:e] = b"\x01" * len(stem)
            k = text.find(stem, e)
    return sorted(chosen + extra, key=lambda c: (c.start, c.end)) if extra else chosen


_NAMED_AFTER = frozenset({"Park", "PilotZone", "GovernmentBody"})


def _stem_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """rules-63: a place jieba tags ns but no list knows, which opens two or more of the zones, sites and offices the
    text names (平潭综合实验区管委会, 平潭海关, 平潭口岸): where it stands alone (平潭将在…), it is that place."""
    opened: dict[str, set[str]] = {}
    for c in chosen:
        if c.type in _NAMED_AFTER and c.entity_id is None:
            for k in (2, 3):
                if len(c.label) >= k + 2:
                    opened.setdefault(c.label[:k], set()).add(c.label)
    stems = sorted(s for s, labels in opened.items()
                   if len(labels) >= 2 and tag_of(s) == "ns" and place_type(s) is None)
    return _places_alone(text, chosen, stems)


# rules-27: a faculty or research unit right after its university is part of that name (flat mentions: the
# longest span wins), not a name of its own: 香港大学 + 经济及工商管理学院, 台湾大学 + 风险社会与政策研究中心
_FACULTY_ENDS = ("学院", "系")
_UNIT_ENDS = ("研究院", "研究所", "研究中心", "实验室")
_UNIT_GAP = re.compile(r"[\u4e00-\u9fff]{0,8}")


def _units_of_universities(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A faculty joins its university's mention and entity (安徽大学经济学院 is 安徽大学); a research unit makes the
    whole span one research body. The words between them (经济与) belong to the unit's name."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "University" and c.source == "suffix" and c.type in (
                "University", "ResearchInstitute") and c.label.endswith(_FACULTY_ENDS + _UNIT_ENDS)
                and not c.label.endswith("大学") and _UNIT_GAP.fullmatch(text, prev.end, c.start)):
            if c.label.endswith(_FACULTY_ENDS):
                out[-1] = replace(prev, end=c.end)
            else:
                out[-1] = replace(c, start=prev.start, label=text[prev.start : c.end], entity_id=None)
            continue
        out.append(c)
    return out


# rules-38: the heads of terms whose acronym follows them in brackets (安全管理系统（SMS）, 碳捕集技术（CCUS）)
_TERM_HEADS = ("系统", "机制", "制度", "体系", "标准", "技术", "指数", "协定", "协议", "框架", "指标", "模式", "方案",
               "价格", "比率", "利率", "评级", "认证", "工艺", "装置", "税", "机器人", "设备", "平台",
               "流感", "病", "疫情", "症",  # (rules-45: diseases, 禽流感（HPAI）)
               "企业", "机构")  # (rules-61: a kind of firm, 城投企业（LGFV）)


_HAN_GLOSS = re.compile(r"[\u4e00-\u9fff]{2,12}")  # rules-61: DRG（诊断关联群）: Chinese words naming nothing


def _term_before(text: str, c: Candidate, starts: set[int]) -> bool:
    """rules-44: a Latin acronym right before a bracketed term that is no name spells the term (TOS（码头操作系统）)."""
    if c.source != "latin" or c.type != "Company" or text[c.end : c.end + 1] not in "（(" or c.end + 1 in starts:
        return False
    close = min((k for k in (text.find("）", c.end), text.find(")", c.end)) if k > 0), default=-1)
    gloss = text[c.end + 1 : close]
    return 0 < close - c.end <= 16 and (gloss.endswith(_TERM_HEADS) or _HAN_GLOSS.fullmatch(gloss) is not None
                                        and not any(c.end + 1 < k < close for k in starts))


_LATIN_GLOSS = re.compile(r"[（(]([A-Za-z0-9 .&'’-]+(?:[，,、；;] ?[A-Za-z0-9 .&'’-]+)*)[）)]")


def _gloss(text: str, c: Candidate) -> re.Match | None:
    """The brackets that hold a Latin name among Latin words only (（Text and Data Mining，TDM）), if any."""
    lo = max(0, c.start - 60)  # (a bounded look back: no scan of the whole text per Latin name)
    o = max(text.rfind("（", lo, c.start), text.rfind("(", lo, c.start))
    m = _LATIN_GLOSS.match(text, o) if o >= 0 else None
    return m if m is not None and m.end(1) >= c.end else None


def _gloss_open(text: str, c: Candidate) -> int | None:
    m = _gloss(text, c)
    return None if m is None else m.start()


def _without_term_acronyms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A Latin acronym in brackets right after a term, not after a name, abbreviates the term: no firm (rules-64:
    nor any Latin gloss in those brackets, 「文本及数据探勘」（Text and Data Mining，TDM）, wherever the text uses
    it)."""
    ends = {c.end for c in chosen if c.source != "latin"}
    starts = {c.start for c in chosen if c.source != "latin"}
    glosses: set[str] = set()  # a term's Latin words: no firm anywhere in the text
    here: set[int] = set()  # a term's acronym alone in brackets: no firm there (a programme's may name it elsewhere)
    for c in chosen:
        if c.source != "latin" or c.type != "Company" or _term_before(text, c, starts):
            continue
        m = _gloss(text, c)
        o = -1 if m is None else m.start()
        if o >= 1 and o not in ends and (
                text[max(0, o - 4) : o].endswith(_TERM_HEADS) or text[o - 1] in "」”』" and o - 1 not in ends):
            if " " in m.group(1):  # (words, not an acronym alone)
                glosses.add(c.label)
            here.add(id(c))  # (rules-43: 「认识你的客户」（KYC）)
    return [c for c in chosen if not _term_before(text, c, starts) and id(c) not in here
            and not (c.source == "latin" and c.type == "Company" and c.label in glosses)]


# rules-26: an English personal name: two or three capitalised words (Raymond Leung, Mary Ann Lee)
# a person's other name in brackets after the name: 英文名, 网名, 本名 … (麦嘉雯（网名“阿May”）)
_OTHER_NAME = re.compile(r"[（(](?:英文名|网名|本名|原名|又名|艺名|昵称|外号)[：:]?[“「\"]?[\u4e00-\u9fff]{0,2}")
_LATIN_GIVEN = re.compile(r"[A-Z][a-z]{1,12}")  # rules-64: one name after a person's (渔工阿里夫（Arif）)
_LATIN_PERSON = re.compile(r"[A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})?(?: [A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})?){1,2}")
# (rules-56: Jean-Luc; rules-60: Al-Harbi)


def _bracketed_aliases(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """rules-24: a Latin name in brackets right after a name is that name's other form (优必选（UBTech）): one
    entity, not two (rules-26: after a person, only when it reads as a personal name: 梁启德（Raymond Leung）)."""
    for prev, c in itertools.pairwise(chosen):
        between = text[prev.end : c.start].lstrip("」”』》\"")  # (rules-38: also after a closing quote, 公司」（…）)
        if (c.source == "latin" and prev.source != "latin"
                and between in ("（", "(") and text[c.end : c.end + 1] in ("）", ")")):
            if prev.type == "Person" and not ((_LATIN_PERSON.fullmatch(c.label) or _LATIN_GIVEN.fullmatch(c.label))
                                              and not ORG_WORDS.intersection(c.label.split())):
                continue
            c.label, c.type, c.entity_id = prev.label, prev.type, prev.entity_id
    by_end = {c.end: c for c in chosen if c.source != "latin" and c.type != "Person"}
    persons = {c.end: c for c in chosen if c.type == "Person" and c.source != "latin"}
    named: dict[str, Candidate] = {}  # rules-64: every Latin form in the brackets, wherever the text uses it
    for c in chosen:  # (知识产权署（Intellectual Property Department，IPD）… IPD指出)
        if c.source == "latin" and (o := _gloss_open(text, c)) is not None and o in by_end:
            named[c.label] = by_end[o]
    for c in chosen:
        if c.source == "latin" and (x := named.get(c.label)) is not None:
            c.label, c.type, c.entity_id = x.label, x.type, x.entity_id
        elif c.source == "latin" and (m := _OTHER_NAME.search(text, max(0, c.start - 12), c.start)) is not None \
                and m.end() == c.start and (x := persons.get(m.start())) is not None:
            c.label, c.type, c.entity_id = x.label, x.type, x.entity_id  # rules-64: 麦嘉雯（网名“阿May”）
    return chosen


# rules-26: a short name declared in brackets after a full one: 宁德时代新能源科技股份有限公司（CATL，下称“宁德时代”）
_DECLARED = re.compile(r"(?:以下简称|以下称为|以下称|下称|简称|下同称)[为：:]?[“\"「『]?"
                       r"([^“”\"「」『』，,、；（）()\s]{2,12})"
                       r"[”\"」』]?[）)]")
_DECLARING_TYPES = frozenset({"Company", "StateCapital", "Investor", "Fund"})


def _declared_aliases(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The short name a firm's full name declares is the same entity, and so is every mention inside the brackets
    (CATL); the short name becomes the label, since the text and other texts use it (a law or body keeps its own
    label: 以下简称“新规” names no one)."""
    out = list(chosen)
    for x in chosen:
        opening = x.end + (text[x.end : x.end + 1] in ("》", "”", "」", "』"))  # 《…》（以下简称“…”）
        if text[opening : opening + 1] not in ("（", "("):
            continue
        close = min((k for k in (text.find("）", opening), text.find(")", opening)) if k > 0), default=-1)
        if close < 0 or close - opening > 40:
            continue
        m = _DECLARED.search(text, opening, close + 1)
        if m is None or m.end() != close + 1:
            continue
        short, s0, e0 = m.group(1), m.start(1), m.end(1)
        if frequency(short) >= COMMON_NOUN_FREQ or short in GENERIC_MODIFIERS:
            continue
        firm = x.type in _DECLARING_TYPES and x.entity_id is None
        label = short if firm else x.label
        same = {x.label, short}
        at_short = [c for c in out if c.start < e0 and s0 < c.end]
        for c in out:
            if c is x or opening < c.start and c.end <= close or c.label in same:
                c.label, c.type, c.entity_id = label, x.type, x.entity_id
        if not at_short:
            out.append(Candidate(s0, e0, label, x.type, "declared", x.confidence, x.entity_id))
    return sorted(out, key=lambda c: (c.start, c.end))


# rules-58: a short form in brackets (成都市经济和信息化局（成都市经信局）) or after a naming word (核三厂，正式名称为
# 马鞍山核能发电厂) is the same entity as the name before it
_NAMING_WORDS = re.compile(r"[，,]?(?:其|该[厂局会所院司部])?(?:正式名称|全称|全名|正式名|又称|亦称|俗称|简称|通称)"
                           r"[为是：:]?")
_AREAS = frozenset({"Country", "Province", "City", "District", "Region"})


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` with characters left out, in order and opening alike (经信局 < 经济和信息化局)."""
    if not 2 <= len(short) < len(full) or short[0] != full[0]:
        return False
    k = 0
    for ch in full:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _same_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A name's short form declared in brackets, and a name's other form after 正式名称为 / 又称, join the name's
    entity (label, type, curated id), with every other mention of that form; the first name stays the label."""
    for x, y in itertools.pairwise(chosen):
        if y.entity_id is not None or x.type in _AREAS or y.type in _AREAS or x.type == "Person":
            continue
        gap = text[x.end : y.start]
        bracketed = gap in ("（", "(") and text[y.end : y.end + 1] in ("）", ")") and _abbreviates(y.label, x.label)
        named = bool(gap) and _NAMING_WORDS.fullmatch(gap) is not None and y.type == x.type
        if not (bracketed or named):
            continue
        other = y.label
        for c in chosen:
            if c.label == other:
                c.label, c.type, c.entity_id = x.label, x.type, x.entity_id
    return chosen


_SHORT_FORM = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")


def _short_forms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """rules-63: a short form in brackets that no rule found whole (太鲁阁国家公园管理处（太管处）, 台港澳事务办公室
    （福建省台港澳办）, where a list finds 港澳办 inside) is the name before it, there and wherever else the text
    uses it."""
    extra: list[Candidate] = []
    dropped: set[int] = set()
    for x in chosen:
        if x.type in _AREAS or x.type == "Person" or text[x.end : x.end + 1] not in "（(":
            continue
        m = _SHORT_FORM.match(text, x.end)
        if m is None or not _abbreviates(m.group(1), x.label) or frequency(m.group(1)) >= COMMON_NOUN_FREQ:
            continue
        short = m.group(1)
        if any(c.start == m.start(1) and c.end == m.end(1) for c in chosen):
            continue  # a name the brackets hold whole is the other rules' to join (_same_names)
        k = text.find(short)
        while k >= 0:
            e = k + len(short)
            inside = [c for c in chosen if c.start < e and k < c.end and id(c) not in dropped]
            if all(k <= c.start and c.end <= e for c in inside):  # (not where a longer name holds the form)
                dropped.update(id(c) for c in inside)
                extra.append(Candidate(k, e, x.label, x.type, "declared", x.confidence, x.entity_id))
            k = text.find(short, e)
    if not extra:
        return chosen
    return sorted([c for c in chosen if id(c) not in dropped] + extra, key=lambda c: (c.start, c.end))

"""Stage 3: entity resolution: mentions -> entities with stable, readable ids.

Why: the same actor in two documents, in either script, must be one node. A mention the gazetteer knows
(curated label or alias, either script) is that curated entity. Any other mention becomes an entity whose
id is `x-` + a slug of its simplified label (Chinese kept; Latin lower-cased; spaces -> '-'; characters
outside letters, digits and '-' dropped), so 張江科學城 and 张江科学城 give `x-张江科学城` in every document.
Rule-found labels are then propagated: other occurrences of the same label in the document become
mentions too (curated names are already matched everywhere by the gazetteer).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from kg.extract.lexicon import CITIES, PROVINCES
from kg.extract.model import PLACE_TYPES, Candidate, Entity, Mention
from kg.gazetteer import Gazetteer, match_key
from kg.textnorm import NormalizedText

_SLUG_DROP = re.compile(r"[^\w-]+")
_QUOTES = re.compile(r"[“”「」『』\"'《》]")


@lru_cache(maxsize=65536)
def slug(label: str) -> str:
    """Readable id part of a simplified label: Chinese kept, Latin lower-case, punctuation dropped."""
    s = match_key(_QUOTES.sub("", label)).strip()
    s = re.sub(r"\s+", "-", s)
    s = _SLUG_DROP.sub("", s).strip("-_")
    return s or "unnamed"


def entity_id_for(label: str) -> str:
    return "x-" + slug(label)


@lru_cache(maxsize=65536)
def clean_label(label: str) -> str:
    return re.sub(r"\s+", " ", _QUOTES.sub("", label)).strip()


_LISTED = ("lexicon", "gazetteer")


def propagate(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add further occurrences of labels found by rules (not curated, not places) as mentions."""
    labels = {}
    for c in chosen:
        if c.source in ("gazetteer", "place", "propagated") or c.end - c.start < 2:
            continue
        surface = text[c.start : c.end]
        if "”" in surface or "」" in surface:
            continue
        labels.setdefault(surface, c)
    if not labels:
        return chosen
    gaz = Gazetteer((f"{i}", c.type, [s]) for i, (s, c) in enumerate(sorted(labels.items())))
    index = {f"{i}": c for i, (s, c) in enumerate(sorted(labels.items()))}
    taken = bytearray(len(text))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra = []
    dropped: set[int] = set()
    for m in gaz.find_normalized(text, lambda s, e: (s, e), text):
        src = index[m.entity_id]
        if taken.find(1, m.start, m.end) >= 0:
            if src.type != "Person":
                continue  # (checked first: every found mention is itself a covered occurrence)
            inside = [c for c in chosen if c.start < m.end and m.start < c.end]
            if not all(m.start <= c.start and c.end <= m.end and c.source in _LISTED
                       and c.end - c.start < m.end - m.start for c in inside):
                continue  # rules-64: a person's name wins over a listed word inside it (阿里夫 … 阿里)
            dropped.update(id(c) for c in inside)
        extra.append(Candidate(m.start, m.end, src.label, src.type, "propagated", src.confidence * 0.9,
                               src.entity_id))
    return sorted([c for c in chosen if id(c) not in dropped] + extra, key=lambda c: (c.start, c.end))


_LEGAL = re.compile(r"(?:（[^（）]{1,4}）)?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|控股|股份|"
                    r"公司)$")
_TRADE = re.compile(r"(?:科技|技术|信息技术|电子)$")
_DEPARTMENT = re.compile(r"^(.{2,12}?大学)(.{1,12}(?:学院|研究生院|研究院|系))$")


_ORDINANCE_ENDS = ("条例", "条例草案", "條例", "條例草案")


def ordinances_as_laws(chosen: list[Candidate]) -> None:
    """rules-64: in a traditional-script text (Hong Kong, Macau, Taiwan) a 条例 is primary legislation, an ordinance
    the legislature passes, so a Law; on the mainland the State Council's or a province's 条例 is a Regulation."""
    for c in chosen:
        if c.entity_id is None and c.type == "Regulation" and c.label.endswith(_ORDINANCE_ENDS):
            c.type = "Law"


def unify_labels(chosen: list[Candidate]) -> None:
    """Give a long form the label of a shorter form found in the same document, so they are one entity:
    长江存储科技有限责任公司 -> 长江存储 (legal and trade suffixes dropped), 华中科技大学经济学院 -> 华中科技大学
    (a department of a university named on its own elsewhere). Curated and built-in terms keep their ids."""
    labels = {c.label for c in chosen}
    # rules-63: a site is not the firm that runs it (西区海底隧道 … 西区海底隧道有限公司): no firm takes a site's label
    sites = {c.label for c in chosen if c.type in PLACE_TYPES} - {c.label for c in chosen if c.type not in PLACE_TYPES}
    for c in chosen:
        if c.entity_id is None and c.type in ("Law", "Regulation") and _PRC + c.label in labels:
            c.label = _PRC + c.label  # rules-61: 著作权法 … 中华人民共和国著作权法: the short title, one law
            continue
        if c.entity_id is not None or c.source in ("gazetteer", "lexicon"):
            continue
        if c.type in ("Company", "StateCapital", "Investor"):
            core = c.label
            for _ in range(3):
                core = _TRADE.sub("", _LEGAL.sub("", core))
            if core != c.label and len(core) >= 2 and core in labels and core not in sites:
                c.label = core
            elif (short := _without_place(core)) is not None and short in labels and short not in sites:
                c.label = short  # rules-61: 宁波拓源精工股份有限公司 … 拓源精工: the name opens with its city
        elif c.type == "University":
            m = _DEPARTMENT.match(c.label)
            if m and m.group(1) in labels:
                c.label = m.group(1)
        elif c.type == "GovernmentBody":
            # rules-41: an agency named on its own after its full name with the ministry (经济部水利署 … 水利署)
            full = [m for m in labels if len(m) > len(c.label) and m.endswith(c.label)
                    and (m[: -len(c.label)].endswith(_PARENT_HEADS) or len(c.label) >= 3)]
            # (rules-43: any full name ending in a short name of three characters or more: 经济部国际贸易署 … 贸易署)
            if len(full) == 1:
                c.label = full[0]


_PRC = "中华人民共和国"
_PLACE_UNITS = ("", "市", "省")


def _without_place(core: str) -> str | None:
    """A firm's name without the city or province its registered name opens with (宁波 + 拓源精工), if any."""
    for n in (2, 3, 4):
        head = core[:n]
        if head in CITIES or head in PROVINCES:
            for unit in _PLACE_UNITS:
                rest = core[n + len(unit):] if core[n : n + len(unit)] == unit else None
                if rest is not None and len(rest) >= 2:
                    return rest
    return None


_PARENT_HEADS = ("部", "委员会", "院", "府", "局", "厅", "委")
_ALIAS_TYPES = frozenset({"Company", "Investor", "StateCapital", "GovernmentBody", "ResearchInstitute", "University",
                          "MediaOutlet", "ActorGroup", "Fund", "Programme", "Law", "Regulation", "Policy", "Product"})


def parenthesised_aliases(text: str, chosen: list[Candidate]) -> None:
    """rules-6: a short name in parentheses right after a name is its abbreviation, one entity with it:
    日本先进半导体制造公司（JASM）, 中国太平洋保险（中国太保）. Places in parentheses (大众汽车（安徽）) are not."""
    by_start = {c.start: c for c in chosen}
    for c in chosen:
        if c.type not in _ALIAS_TYPES or text[c.end : c.end + 1] not in ("（", "("):
            continue
        inner = by_start.get(c.end + 1)
        if inner is None or inner.source in ("place", "gazetteer") or text[inner.end : inner.end + 1] not in (
                "）", ")"):
            continue
        if inner.end - inner.start >= c.end - c.start or inner.type == "Person":
            continue
        inner.label, inner.type, inner.entity_id = c.label, c.type, c.entity_id


def resolve(norm: NormalizedText, chosen: list[Candidate], gazetteer: Gazetteer | None) -> tuple[
        list[Entity], list[tuple[Candidate, str]]]:
    """Entities (sorted by id) and, for every mention candidate, the id of its entity."""
    unify_labels(chosen)
    parenthesised_aliases(norm.text, chosen)
    by_id: dict[str, list[Candidate]] = defaultdict(list)
    assigned: list[tuple[Candidate, str]] = []
    for c in chosen:
        eid = c.entity_id
        if eid is None and gazetteer is not None:
            hit = gazetteer.lookup(c.label)
            if hit is not None:
                eid, c.type = hit
                c.entity_id = eid
        if eid is None:
            eid = entity_id_for(c.label)
        by_id[eid].append(c)
        assigned.append((c, eid))
    entities = []
    for eid, cands in by_id.items():
        types = Counter()
        for c in cands:
            types[c.type] += c.confidence
        typ = max(sorted(types), key=lambda t: types[t])
        labels = Counter(clean_label(c.label) for c in cands)
        label = max(sorted(labels), key=lambda s: labels[s])
        best = max(c.confidence for c in cands)
        conf = min(0.99, best + 0.03 * (len(cands) - 1))
        mentions = []
        for c in sorted(cands, key=lambda c: (c.start, c.end)):
            s, e = norm.to_original(c.start, c.end)
            mentions.append(Mention(s, e, norm.original[s:e]))
        entities.append(Entity(eid, label, typ, conf, mentions))
    entities.sort(key=lambda e: e.id)
    return entities, assigned

"""rules-56: streets and roads by name (南京东路, 中关村大街, 海安路, 佐敦道), typed `Region`; rules-59: Hong Kong's
housing estates (白田邨), typed `Park` like other named sites.

Local news places its stories on streets: where a market is, which road is jammed. jieba knows many street
names as one place word (中央大街/ns, 淮海中路/ns), keeps others apart as a name + 路 / 街 (海安/nz 路), and cuts
Hong Kong's 道 roads into characters (佐/vg 敦/ns 道/q). Each shape is read only where nothing but a street
fits: a name-tagged stem, not a figure of speech (新路, 丝绸之路) or a circuit (集成电路).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.lexicon import COUNTRIES, PROVINCES, REGIONS
from kg.extract.model import Candidate
from kg.extract.segment import Token

_ENDINGS = ("大街", "大道", "路", "街")
_LAST_CHARS = frozenset("路街道邨")
_WIDE = COUNTRIES | PROVINCES | REGIONS
# words ending like a street that name none: ways and circuits (any word so ending), figures of speech and kinds
# of street or road (these words exactly)
_NOT_STREET_ENDINGS = ("电路", "线路", "之路", "道路", "网路", "通路", "回路", "公路", "铁路", "高速路", "快速路")
_NOT_STREETS = frozenset(
    "水路 陆路 航路 销路 出路 思路 门路 套路 歧路 弯路 新路 老路 一路 大路 小路 后路 前路 活路 死路 来路 "
    "去路 半路 上路 马路 老街 商业街 步行街 美食街 小吃街 环路 主干路 支路 辅路 星光大道 阳关大道 康庄大道 "
    "上坡路 下坡路 盘山路 山路 土路 石板路 柏油路 回头路 冤枉路 林荫路 林荫道 高架路".split()  # (rules-61: roads)
)
_NAME_TAGS = frozenset("ns nz nr nrt".split())
_WHOLE_TAGS = frozenset("ns nz nrt".split())
_BOUNDARY_TAGS = frozenset("x p c f uj ul v vn m t".split())
_AROUND = frozenset("上 一带 附近 沿线 两旁 口 交界 交汇处".split())  # where along a street
_UNKNOWN_CHAR_TAGS = frozenset({"zg", "ng", "g"})
_ESTATE_TAGS = frozenset("n ns nr nrt nz j".split())
_STOP_TAGS = frozenset("x m p c uj ul r d q f".split())
_NOT_ROAD_CHARS = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给"
                            "到往去来经沿过入出进上下近至")


def _street_word(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_ENDINGS) and not word.endswith(_NOT_STREET_ENDINGS) \
        and word not in _NOT_STREETS


def street_candidates(tokens: Sequence[Token], is_city: Callable[[str], bool]) -> list[Candidate]:
    """Streets jieba knows as one word (淮海中路/ns, with the city cut off: 上海 + 南京东路), a name + a
    street word (海安/nz + 路, 中关村/ns + 大街), streets in name characters (佐/vg 敦/ns + 道/q, 福/ns 荣/nr + 街),
    and Hong Kong's housing estates (白/a 田/n + 邨)."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.word
        if w[-1] not in _LAST_CHARS:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        if tok.tag in _WHOLE_TAGS and _street_word(w):
            cut = next((k for k in (2, 3) if len(w) - k >= 3 and is_city(w[:k])), 0)
            out.append(Candidate(tok.start + cut, tok.end, w[cut:], "Region", "place", 0.5))
        elif (w in _ENDINGS or w == "公路" and tokens[i - 1].word not in _WIDE) and i > 0 and _named_before(tokens, i) \
                and _ends(nxt):  # (rules-61: highways, 青山/ns + 公路; not a country's roads, 中国 + 公路)
            prev = tokens[i - 1]
            out.append(Candidate(prev.start, tok.end, prev.word + w, "Region", "place", 0.5))
        elif w == "邨" and i > 0:
            first = _estate_start(tokens, i)
            if first is not None:  # rules-59: a Hong Kong housing estate (白/a 田/n + 邨, 南山/ns + 邨)
                out.append(Candidate(tokens[first].start, tok.end, "".join(x.word for x in tokens[first : i + 1]),
                                     "Park", "place", 0.5))
        elif (w == "道" and tok.tag == "q" or w in ("路", "街")) and _ends(nxt):
            first = _road_start(tokens, i)  # (rules-59: streets in characters too, 福/ns 荣/nr + 街)
            if first is not None:
                out.append(Candidate(tokens[first].start, tok.end, "".join(t.word for t in tokens[first : i + 1]),
                                     "Region", "place", 0.5))
    return out


def _named_before(tokens: Sequence[Token], i: int) -> bool:
    prev = tokens[i - 1]
    return prev.tag in _NAME_TAGS and len(prev.word) >= 2 and not _street_word(prev.word) and not (
        i > 1 and tokens[i - 2].word in ("一条", "这条", "那条", "每条"))


def _ends(nxt: Token | None) -> bool:
    """A street's name ends where a clause or a preposition goes on, not inside a longer noun (路段 is a word)."""
    return nxt is None or nxt.tag in _BOUNDARY_TAGS or nxt.word in _AROUND


def _estate_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where a housing estate's name starts before 邨 at tokens[i]: up to four characters of name or noun words and
    single characters of any tag (启/v 晴/v, 大坑/n 东/ns), from a verb, a preposition or punctuation on; 屋邨 is the
    kind of place, not a name."""
    first, size = i, 0
    while first > 0:
        t = tokens[first - 1]
        w = t.word
        if not all("\u4e00" <= ch <= "\u9fff" for ch in w) or size + len(w) > 4 or w in _NOT_ROAD_CHARS \
                or w in ("屋", "邨") or t.tag in ("x", "m", "uj", "p", "c") or len(w) > 1 and t.tag not in _ESTATE_TAGS:
            break
        first -= 1
        size += len(w)
    return first if size >= 2 else None


def _road_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where a street's name starts before 道/q, 路 or 街 at tokens[i]: single characters ending in a name-tagged
    one (佐/vg + 敦/ns, 连/nr + 翔/nr, 福/ns + 荣/nr), at most four, none a function word or a verb of going
    (到 + 佐敦道); before 道 also a place word alone (佐敦 + 道)."""
    last = tokens[i - 1] if i > 0 else None
    if last is None or last.tag not in _NAME_TAGS | _UNKNOWN_CHAR_TAGS or len(last.word) > 3:
        return None
    first, size = i - 1, len(last.word)
    while first > 0 and size < 4:
        t = tokens[first - 1]
        if len(t.word) != 1 or t.word in _NOT_ROAD_CHARS or not "\u4e00" <= t.word <= "\u9fff" or t.tag in _STOP_TAGS:
            break
        first -= 1
        size += 1
    before = tokens[first - 1] if first > 0 else None
    if last.tag in _UNKNOWN_CHAR_TAGS and not (size >= 2 and (before is None or before.tag in ("ns", "x", "c"))):
        return None  # characters jieba has never seen name a street only after a place or a list mark (元朗 + 攸壆路)
    if tokens[i].word != "道" and (len(last.word) > 1 or size < 2):
        return None  # 路 / 街 after a word are read by _named_before
    if first == i - 1 and last.tag != "ns":
        return None  # one name alone before 道 (李明 + 道) is someone speaking; a place's is a road (佐敦 + 道)
    return first

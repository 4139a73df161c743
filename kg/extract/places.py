"""rules-6 place rule: districts, counties, towns and sub-districts that jieba does not tag as places.

Why: jieba's dictionary knows thousands of district and county names (鼓楼区, 玄武区, 寻乌县, 熊本县) but tags many
of them n / nr rather than ns, and unknown ones (南康区, 大塘埠镇, 罗坳镇) fall apart into a stem and a
standalone suffix. Both shapes are taken here when the stem looks like a proper name: not a common word
(jieba frequency under 1,000, not a verb / adjective / function-word tag), not a generic area word (保税区,
主城区, 工业园区, 贫困地区). A stem split into several tokens must also start at a boundary (punctuation, a
preposition or conjunction, a verb, or a place before it), so a modifier + area noun (电商综试区) is not a name.

The module also holds the rules for places people go to, named by what precedes a site word: stations, airports
and ports (rules-7, rules-8; rules-48: 在宋皇台站下车), night markets (rules-48: 六合夜市) and schools (rules-55:
塭港国小).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.extract.model import Candidate
from kg.extract.segment import Token, frequency, tag_of

_SUFFIXES = ("街道", "新区", "区", "县", "镇", "乡", "村")  # (rules-35: villages, 黄龙村)
# generic area nouns ending like an administrative unit
_STOP_ENDINGS = tuple(
    "地区 社区 小区 园区 山区 矿区 军区 开发区 城镇 灾区 景区 校区 城区 郊区 市区 特区 保护区 功能区 片区 辖区 "
    "湾区 禁区 林区 牧区 街区 老区 他乡 家乡 故乡 异乡 之乡 还乡 试验区 示范区 先行区 合作区 实验区".split()
)
_GENERIC = frozenset(
    "保税区 主城区 市辖区 省市区 县乡镇 主产区 重灾区 棚户区 自贸区 都会区 贫民区 小城镇 建制镇 卫星镇 卫星城镇 "
    "新城区 老城区 旧城区 经济区 工业区 商业区 住宅区 居住区 生活区 办公区 服务区 旅游区 度假区 核心区 产业区 集聚区 "
    "先导区 综试区 合作镇 示范县 示范乡 先进县 农业县 产粮县 贫困县 百强县 强县 大县 特色小镇 小康县 全县 全区 "
    "淘宝村 电商村 电商县 专业村 特色村 明星村 网红村 "  # (rules-52: kinds of village and county)
    "全镇 全乡 本县 本区 该县 该区 该镇 各县 各区 各镇 各乡 郊县 邻县 外县 外区 "
    # rules-35: kinds of village
    "城中村 农村 乡村 山村 渔村 新农村 自然村 行政村 贫困村 示范村 全村 本村 该村 各村 "
    # rules-59: kinds of village and resort a plan names (样板村, 省级旅游度假区)
    "样板村 试点村 重点村 先进村 文明村 中心村 旅游度假区 省级旅游度假区 国家级旅游度假区 度假村 综合度假村".split()
)
_BAD_STEM_TAGS = frozenset("v vn vd vi a ad an d b f m mq q r rr rz p c u uj ul uz ud ug uv t tg y e o x k h i l z"
                           .split())
_PART_TAGS = frozenset("ns nr nrt nrfg nz j g ng oov n s".split())  # (rules-35: s, place words: 林边/s + 乡)
# (rules-34: zg is not among them: jieba gives it to rare characters of unknown names, 漳/ns 湾/zg 镇, 麦/nr 寮/zg 乡)
_SINGLE_BAD_TAGS = frozenset("v vn vd a ad d p c u uj ul uz ud ug uv r rr rz m mq q f t y e o x k h".split())
_FUNCTION_CHARS = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给"
                            "个两三四五六七八九十全本此外邻近新老大小")
_BOUNDARY_TAGS = frozenset("x p c v".split())
_UNIT_CHARS = frozenset("省市县区镇乡村")
_PREPOSITION_NOUNS = frozenset("经 据 凭 依 按 经由 途经".split())  # rules-61: jieba tags them n (经/n + 凤山区)
_PLACE_TAGS = frozenset("ns s nr oov".split())  # stems that may follow 的 (邻近的 + 林边/s + 乡)
# what may follow a unit's name without making it a description (黄龙村 + 村民, 北滘镇 + 政府)
_UNIT_BODIES = frozenset("政府 人民政府 党委 区委 县委 镇政府 村民 居民 村委 村委会 镇民 乡民 乡亲 村里 镇上 乡里 "
                         "党支部 农会 街道办".split())
_NAME_CHAR_TAGS = frozenset("ns nr nrt j".split())  # a single character jieba tags as (part of) a name
_NUMERALS = frozenset("零一二三四五六七八九十百千万亿两几半数多0123456789")
_MAX_STEM_FREQ = 1000


_RARE_FREQ = 100  # rules-34: a word this rare with a verb / other tag before a unit suffix is a name (即墨/v + 区)


def _stem_ok(stem: str) -> bool:
    """A stem that could be a proper place name: at least two characters, no common word."""
    tag = tag_of(stem)
    if tag == "m":  # rules-35: 三重 + 区, a name jieba tags as a numeral for its first character
        return len(stem) == 2 and any(ch not in _NUMERALS for ch in stem) and frequency(stem) < _MAX_STEM_FREQ
    if len(stem) < 2 or stem[0] in _FUNCTION_CHARS and not _rare_sized_stem(stem):
        return False
    if tag is None:
        return True
    if tag in _BAD_STEM_TAGS:
        return len(stem) == 2 and tag.startswith("v") and frequency(stem) < _RARE_FREQ
    return frequency(stem) < _MAX_STEM_FREQ


def _rare_sized_stem(stem: str) -> bool:
    """rules-48: a rare word opening with 新 / 老 / 大 / 小 names a place (新化, 新兴, 大安, 小港), not a new or big
    one."""
    return len(stem) == 2 and stem[0] in "新老大小" and frequency(stem) < _RARE_FREQ \
        and (tag_of(stem) or "n") not in _BAD_STEM_TAGS


# rules-34: the characters that make 城区 / 山区 generic when they open the word (老城区, 主城区, 中心城区)
_AREA_MODIFIERS = _FUNCTION_CHARS | frozenset("主中核郊市城山")


def _word_ok(word: str) -> bool:
    if word in _GENERIC:
        return False
    if word.endswith(_STOP_ENDINGS):
        # rules-34: a one-character name before 城区 / 山区 is a name whose stem ends in 城 / 山 (蕉城区, 冈山区)
        return len(word) == 3 and word.endswith(("城区", "山区")) and word[0] not in _AREA_MODIFIERS
    return True


_SUFFIX_LAST = frozenset(s[-1] for s in _SUFFIXES)


def _suffix(word: str) -> str | None:
    if not word or word[-1] not in _SUFFIX_LAST:
        return None  # (most tokens: one set lookup instead of seven endswith calls)
    for s in _SUFFIXES:
        if word.endswith(s):
            return s
    return None


def _rare_verb_stem(tok: Token) -> bool:
    """rules-34: a rare two-character word jieba tags as a verb, right before a unit suffix (即墨/v + 区)."""
    return len(tok.word) == 2 and tok.tag.startswith("v") and frequency(tok.word) < _RARE_FREQ


def _numeral_stem(tok: Token) -> bool:
    """rules-35: a two-character name jieba tags as a numeral but that is not a number (三重/m + 区)."""
    return len(tok.word) == 2 and tok.tag == "m" and any(ch not in _NUMERALS for ch in tok.word) \
        and frequency(tok.word) < _MAX_STEM_FREQ


def _characters_after_place(tokens: Sequence[Token], i: int, is_place: Callable[[str], bool]) -> Candidate | None:
    """rules-34: two single characters of any tag between a place and a unit suffix are the unit's name
    (贵州 + 贵/a 安/v + 新区): jieba tags the characters of an unknown name at random, the place before vouches."""
    if i < 3:
        return None
    a, b, place = tokens[i - 2], tokens[i - 1], tokens[i - 3]
    if len(a.word) != 1 or len(b.word) != 1 or not all("\u4e00" <= t.word <= "\u9fff" for t in (a, b)):
        return None
    if a.word in _FUNCTION_CHARS and a.word not in "新老大小" or b.word in _FUNCTION_CHARS:
        return None  # (rules-48: 无锡市 + 新/a 吴/nr + 区: a new district's name opens with 新)
    unit_split = place.word in ("区", "县", "市") and i >= 4 and len(tokens[i - 4].word) >= 2 \
        and "\u4e00" <= tokens[i - 4].word[0] <= "\u9fff"  # rules-56: 晋宁/nr 区/n + 上/f 蒜/n + 镇 (an address)
    # rules-61: a village after its town, both cut into characters (潞/nz 江/nr 镇/n + 新/a 寨/ng + 村)
    unit_split = unit_split or place.word in ("镇", "乡") and tokens[i].word == "村" and i >= 4 \
        and "\u4e00" <= tokens[i - 4].word[0] <= "\u9fff" and tokens[i - 4].word not in _FUNCTION_CHARS
    if not unit_split and (len(place.word) < 2 or not (
            is_place(place.word) or place.tag == "ns" or place.word.endswith(("省", "市")))):
        return None
    word = a.word + b.word + tokens[i].word
    return Candidate(a.start, tokens[i].end, word, "District", "place", 0.45) if _word_ok(word) else None


_LIST_MARKS = frozenset("、 和 及 与".split())


def _list_sibling(tokens: Sequence[Token], i: int) -> Candidate | None:
    """rules-59: two or three characters of any tag + the unit at tokens[i], right after a list mark that follows
    a unit of the same kind (斑竹园镇、+ 汤/n 家/q 汇/n + 镇): a list of towns names each one."""
    for k in (3, 2):
        if i - k - 2 < 0:
            continue
        chars, mark, before = tokens[i - k : i], tokens[i - k - 1], tokens[i - k - 2]
        if mark.word in _LIST_MARKS and before.word.endswith(tokens[i].word) and len(before.word) >= 2 \
                and all(len(x.word) == 1 and "\u4e00" <= x.word <= "\u9fff" and x.word not in _FUNCTION_CHARS
                        and x.word not in _UNIT_CHARS for x in chars):
            return Candidate(chars[0].start, tokens[i].end, "".join(x.word for x in chars) + tokens[i].word,
                             "District", "place", 0.45)
    return None


def _unit_before(word: str) -> bool:
    """A county, district or city named with its unit, after which a township's name starts (宜丰县, 高雄市)."""
    return len(word) >= 3 and word[-1] in "县市区"


def _split_area_word(tokens: Sequence[Token], i: int, is_place: Callable[[str], bool]) -> Candidate | None:
    """rules-34: a name character cut off before 山区 / 城区, right after a place (高雄市 + 冈 + 山区); rules-43: or
    before a two-character word ending in 乡 / 镇 after a county (宜丰县 + 同/p + 安乡/ns), whatever its tag."""
    if i < 2:
        return None
    ch, place = tokens[i - 1], tokens[i - 2]
    township = tokens[i].word[-1] in "乡镇"
    if len(ch.word) != 1 or ch.word in _AREA_MODIFIERS and not township \
            or ch.tag in _SINGLE_BAD_TAGS and not township or not "\u4e00" <= ch.word <= "\u9fff":
        return None
    if len(place.word) < 2 or not (is_place(place.word) or place.word.endswith(("省", "市", "县"))):
        return None
    return Candidate(ch.start, tokens[i].end, ch.word + tokens[i].word, "District", "place", 0.45)


_FLAGS = ("红旗", "国旗", "党旗", "军旗", "旗帜")  # (not 锦旗: 杭锦旗)


def _banner(tok: Token) -> bool:
    """rules-48: Inner Mongolia's banners (杭锦旗, 乌审旗, 达尔罕茂明安联合旗), county-level units jieba knows as one
    word tagged as a name; not the flags (五星红旗, 区旗)."""
    w = tok.word
    return 3 <= len(w) <= 9 and w.endswith("旗") and tok.tag in ("ns", "nr", "nz") and not w.endswith(_FLAGS) \
        and (tag_of(w[:-1]) or "ns").startswith(("n", "j"))


def _county_city(tok: Token) -> bool:
    """rules-50: a county-level city jieba knows as one word tagged as a personal name (尚志市/nr, 吴忠市/nr)."""
    w = tok.word
    return tok.tag in ("nr", "nrt", "nz") and len(w) == 3 and w[-1] == "市" and _stem_ok(w[:-1]) \
        and w[:-1] not in ("城", "超", "上", "股", "夜", "菜", "都", "门")


def generic_area(word: str) -> bool:
    """A generic area noun spelt like a unit (老城区, 主城区, 保税区): jieba tags some of them ns."""
    return word in _GENERIC


def admin_place_candidates(tokens: Sequence[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """District / county / town names as `District` candidates (see the module docstring)."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.word
        if _banner(tok):
            out.append(Candidate(tok.start, tok.end, w, "District", "place", 0.5))
            continue
        if w == "新区" and i >= 2 and all(len(t.word) == 1 and "\u4e00" <= t.word <= "\u9fff"
                                         and t.word not in _FUNCTION_CHARS for t in tokens[i - 2 : i]) \
                and (i < 3 or len(tokens[i - 3].word) != 1):
            # rules-54: 贵/a 安/v + 新区: two characters of any tag before 新区 name it (a new area is always named)
            out.append(Candidate(tokens[i - 2].start, tok.end, tokens[i - 2].word + tokens[i - 1].word + w, "District",
                                 "place", 0.5))
            continue
        if _county_city(tok):
            out.append(Candidate(tok.start, tok.end, w, "City", "place", 0.45))
            continue
        suffix = _suffix(w)
        if suffix is None:
            continue
        # rules-34: 高雄市 + 冈 + 山区 (rules-43: 宜丰县 + 同/p + 安乡/ns)
        if w in ("山区", "城区") or len(w) == 2 and w[-1] in "乡镇" and i >= 2 and len(tokens[i - 1].word) == 1 \
                and _unit_before(tokens[i - 2].word):
            c = _split_area_word(tokens, i, is_place)
            if c is not None:
                out.append(c)
            continue
        if len(w) == 2 and w[-1] in "乡镇" and tok.tag == "ns" and i and len(tokens[i - 1].word) == 1 \
                and tokens[i - 1].tag in _NAME_CHAR_TAGS and tokens[i - 1].word not in _FUNCTION_CHARS:
            prev = tokens[i - 1]  # rules-59: a name character + the word jieba makes of the rest (青/ns 山镇/ns)
            out.append(Candidate(prev.start, tok.end, prev.word + w, "District", "place", 0.45))
            continue
        if w != suffix:  # one dictionary word: 鼓楼区/n, 寻乌县/nr (ns is the plain place rule's)
            if tok.tag == "ns" or not 3 <= len(w) <= 5 or not _word_ok(w) or not _stem_ok(w[: -len(suffix)]):
                continue
            out.append(Candidate(tok.start, tok.end, w, "District", "place", 0.5))
            continue
        # a standalone suffix after a stem of 1-3 tokens: 南康/ns + 区, 大塘/ns + 埠/ng + 镇, 罗/j + 坳/g + 镇
        j = i
        size = 0
        # rules-44: right after a county or city named with its unit, a two-character common word is the township's
        # name too (南投县 + 鱼池/n + 乡)
        after_unit = i >= 2 and len(tokens[i - 1].word) == 2 and _unit_before(tokens[i - 2].word)
        while j > 0 and i - j < 3:
            prev = tokens[j - 1]
            pw = prev.word
            if not "\u4e00" <= pw[0] <= "\u9fff" or size + len(pw) > 4:
                break
            if j < i and len(pw) >= 2 and (_suffix(pw) or pw[-1] in "省市"):
                break  # rules-32: the unit before ends here (西海岸新区 + 琅琊 + 镇)
            if len(pw) == 1:
                if prev.tag in _SINGLE_BAD_TAGS and prev.tag != "x" or pw in _FUNCTION_CHARS or pw in _UNIT_CHARS \
                        or pw in _PREPOSITION_NOUNS:
                    # (rules-41: a Han character tagged x is one jieba has never seen: 芎/x 林/ng 乡)
                    break  # (rules-35: 新北 + 市 + 三重 + 区: a unit's own suffix ends the walk)
            elif prev.tag not in _PART_TAGS and not (j == i and (_rare_verb_stem(prev) or _numeral_stem(prev)
                                                                   or after_unit and prev.tag in ("a", "v", "d"))) \
                    or prev.tag == "n" and frequency(pw) >= (_MAX_STEM_FREQ if after_unit and j == i else 100):
                break
            j -= 1
            size += len(pw)
        if j == i or j == i - 1 and len(tokens[j].word) == 1:
            c = _characters_after_place(tokens, i, is_place) or _list_sibling(tokens, i)
            if c is not None:
                out.append(c)
            continue
        stem_tokens = tokens[j:i]
        stem = "".join(t.word for t in stem_tokens)
        if len(stem_tokens) == 1 and len(stem) == 1:
            continue
        if not _stem_ok(stem) and not (len(stem_tokens) == 1 and (stem_tokens[0].tag == "ns" or after_unit
                                                                 and stem[0] not in _FUNCTION_CHARS)) or not _word_ok(
                stem + w):
            continue
        before = tokens[j - 1] if j > 0 else None
        if before is not None and not (before.tag in _BOUNDARY_TAGS or before.tag.startswith("v") or before.word == "了"
                                       or before.word in _PREPOSITION_NOUNS
                                       or before.word in ("、",) or is_place(before.word) or before.tag == "ns"
                                       or before.word.endswith(("省", "市")) or before.word in _UNIT_CHARS
                                       or before.word == "的" and stem_tokens[0].tag in _PLACE_TAGS
                                       or len(before.word) >= 3 and _suffix(before.word) and _word_ok(before.word)):
            continue  # glued to a content word before it: a description (电商 + 综试区), not a name
        nxt = tokens[i + 1] if i + 1 < n else None
        unit_next = i + 2 < n and tokens[i + 2].word in _UNIT_CHARS  # 杜阮镇 + 龙眼 + 村: the next unit's name
        # rules-38: in an address chain (花莲县 + 秀林 + 乡 + 清水隧道) a unit's name may be followed by the next place
        chain = before is not None and len(before.word) >= 3 and _suffix(before.word) is not None \
            and _word_ok(before.word) and _stem_ok(stem)
        if nxt is not None and nxt.tag in ("n", "nz") and len(nxt.word) >= 2 and _suffix(nxt.word) is None \
                and nxt.word not in _UNIT_BODIES and not unit_next and not chain:
            continue  # the noun phrase goes on: 示范区建设, 大湾区 + 规划
        s = stem_tokens[0].start
        out.append(Candidate(s, tok.end, stem + w, "District", "place", 0.45))
    return out


# ---------------------------------------------------------------- rules-7: stations, airports, ports
_FACILITY_WORDS = frozenset("北站 南站 东站 西站 火车站 高铁站 机场 国际机场 港 码头 口岸".split())
_FACILITY_ENDINGS = ("北站", "南站", "东站", "西站", "火车站", "高铁站", "机场", "港", "口岸")
# ports, harbours and airports as generic nouns (a haven, a deep-water port, a free port, a home port)
_GENERIC_FACILITIES = frozenset(
    "避风港 深水港 自由港 母港 海港 空港 商港 渔港 军港 内河港 枢纽港 出海口岸 航空港 陆港 河港 良港 大港 机场 港口 "
    "国际机场 火车站 高铁站 北站 南站 东站 西站 码头 口岸".split()
)
_NEXT_VERB_CHARS = frozenset("在是将已也都")
# rules-8: a standalone 港 / 站 after a stem that is no place (北部湾 + 港, 团结村 + 站, 果园 + 港), unless the stem
# is a generic transport or service word (货运站, 充电站, 公交站, 集装箱港)
_GENERIC_STEMS = frozenset(
    "货运 客运 公交 地铁 高铁 火车 汽车 集装箱 物流 枢纽 中转 码头 集散 铁路 航空 内河 内陆 深水 自由 保税 国际 "
    "综合 始发 终点 服务 工作 监测 检测 气象 观测 科考 空间 雷达 电视 广播 变电 水电 核电 火电 充电 加油 换电 "
    "加氢 收费 检查 救助 工作站 网络 商业 渔业 军事 客货 进出口 出海 转运 补给 首 末 始 终".split()
)
# rules-48: and the kinds of service post (卫生站, 护理站)
_SERVICE_STEMS = frozenset("卫生 衞生 护理 服务 急救 医疗 补给 维修 回收 检疫 联络 观察 实验 试验 示范 中心 总".split())
_STEM_TAGS = frozenset("n nr nrt ns nz j".split())
_LINK_WORDS = frozenset("国际 铁路 航空 内陆 无水 陆".split())  # 成都 + 国际 + 铁路 + 港
_RULES8_FACILITIES = True
_PHRASE_GOES_ON = frozenset("建设 项目 工程 规划 周边 附近 设施 站点 站长 工作人员".split())


def _facility8(tokens: Sequence[Token], i: int, is_place: Callable[[str], bool]) -> Candidate | None:
    """rules-8: 港 / 站 after a name-like stem (北部湾港, 团结村站) or after a place and link words (成都国际铁路港)."""
    tok = tokens[i]
    j = i
    while j > 0 and tokens[j - 1].word in _LINK_WORDS and i - j < 3:
        j -= 1
    if j < i and j > 0 and (is_place(tokens[j - 1].word) or tokens[j - 1].tag == "ns") and len(tokens[j - 1].word) >= 2:
        s = tokens[j - 1].start
        return Candidate(s, tok.end, "".join(t.word for t in tokens[j - 1 : i + 1]), "Park", "place", 0.5)
    if j < i:
        return None
    prev = tokens[i - 1]
    pw = prev.word
    if not 2 <= len(pw) <= 4 or prev.tag not in _STEM_TAGS or pw in _GENERIC_STEMS or pw in _SERVICE_STEMS:
        return None  # (rules-48: a place's own station too, 宁德 + 站, 罗湖 + 站)
    if prev.tag == "n" and frequency(pw) >= 1000:
        return None  # a common noun: 港 / 站 is then a generic word after it
    return Candidate(prev.start, tok.end, pw + tok.word, "Park", "place", 0.5)


_AIRPORT_TAGS = frozenset("ns nr nz j".split())


def _airport_start(tokens: Sequence[Token], i: int, is_place: Callable[[str], bool]) -> int | None:
    """Where an airport's name starts before 国际 + 机场 at tokens[i]: a place (香港), or a city and the airport's
    own name (深圳 + 宝安/nr)."""
    if i > 2 and is_place(tokens[i - 3].word) and len(tokens[i - 2].word) == 2 \
            and "\u4e00" <= tokens[i - 2].word[0] <= "\u9fff":
        return i - 3  # (rules-51: whatever the own name's tag, 哈尔滨 + 太平/? + 国际 + 机场; rules-56: 郑州 + 新郑)
    if i > 1 and (is_place(tokens[i - 2].word) or tokens[i - 2].tag in _AIRPORT_TAGS and len(tokens[i - 2].word) >= 2):
        return i - 2  # (rules-56: or a name jieba alone knows, 新郑/ns, 萧山/nr)
    if i > 3 and is_place(tokens[i - 4].word) and len(tokens[i - 3].word) == 1 and len(tokens[i - 2].word) == 1:
        return i - 4  # rules-47: 昆明 + 长/a + 水/n + 国际机场, the airport's own name cut into characters
    return None


def _single_name_chars(toks: Sequence[Token]) -> bool:
    """Single Han characters, none a function word: the pieces of a name jieba does not know."""
    return all(len(x.word) == 1 and "\u4e00" <= x.word <= "\u9fff" and x.word not in _FUNCTION_CHARS
               and x.tag not in _SINGLE_BAD_TAGS for x in toks)


def facility_candidates(tokens: Sequence[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """Stations, airports and ports named after a place (淄博 + 北站, 浦东 + 国际机场, 盐田港/ns) as `Park`, the
    type the curation gives to named sites. Why a rule: jieba splits them (a place token, then 北站/ns) or knows
    them as one ns word that the plain place rule leaves alone (no administrative suffix)."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.word
        nxt = tokens[i + 1] if i + 1 < n else None
        if w == "站" and i > 0 and _RULES8_FACILITIES and not (nxt is not None and (
                nxt.word[:1] in _NEXT_VERB_CHARS or nxt.word in _PHRASE_GOES_ON)):
            c = _facility8(tokens, i, is_place)  # (站 + 装车: a verb-noun after a station is a new phrase)
            if c is not None:
                out.append(c)
            continue
        first = _airport_start(tokens, i, is_place) if w == "机场" and i and tokens[i - 1].word == "国际" else None
        if first is not None:  # rules-31: 香港 + 国际 + 机场 (rules-42: 深圳 + 宝安 + 国际 + 机场, whatever follows)
            out.append(Candidate(tokens[first].start, tok.end, "".join(t.word for t in tokens[first : i + 1]),
                                 "Park", "place", 0.5))
            continue
        if w == "机场" and i >= 3 and _single_name_chars(tokens[i - 2 : i]) and (
                is_place(tokens[i - 3].word) or tokens[i - 3].tag == "ns" and len(tokens[i - 3].word) >= 2
                or len(tokens[i - 3].word) >= 3 and tokens[i - 3].word[-1] in "县区市"):
            out.append(Candidate(tokens[i - 2].start, tok.end, tokens[i - 2].word + tokens[i - 1].word + w,
                                 "Park", "place", 0.5))  # rules-58: 金堂县 + 淮/ns 州/n + 机场, no 国际 before it
            continue
        if nxt is not None and nxt.tag in ("n", "vn") and len(nxt.word) >= 2:
            continue  # the noun phrase goes on: 机场 + 建设, 港口 + 物流
        if w in _FACILITY_WORDS and i > 0:
            prev = tokens[i - 1]
            if w == "港" and (nxt is not None and nxt.word[:1] in _NEXT_VERB_CHARS):
                continue
            if len(prev.word) >= 2 and (is_place(prev.word) or prev.tag == "ns") and prev.word not in _LINK_WORDS:
                out.append(Candidate(prev.start, tok.end, prev.word + w, "Park", "place", 0.5))
            elif w == "港" and _RULES8_FACILITIES:
                c = _facility8(tokens, i, is_place)
                if c is not None:
                    out.append(c)
            continue

        if tok.tag in ("ns", "nt") and len(w) >= 3 and w.endswith(_FACILITY_ENDINGS) and w not in _GENERIC_FACILITIES:
            out.append(Candidate(tok.start, tok.end, w, "Park", "place", 0.5))
    return out


# rules-48: a station named where a traveller goes to or from it (在上水站下车, 从宁德站出发, 屯马线启德站): jieba
# cuts a station's name at random (宋/nr 皇/n 台站/ns), so the rule reads characters between a travel word and what
# people do at a station
_STATION = re.compile(r"(?:(?<=[在从到至经于往由近、和与及，。：\n「“线用乘搭的])|(?<=捷运|地铁|港铁|轻轨)|^)"
                      r"([\u4e00-\u9fff]{2,3})站(?=[下出换外旁附前内口，。、和与及的（(]|$)")


# rules-59: what a station ending so serves, not where it is (光伏电站, 充电站, 加油站, 加气站, 服务站, 工作站)
_SERVICE_ENDS = frozenset("电油气水务作测报养")


# kinds of night market, not names (流动夜市, 观光夜市, 各大夜市)
_MARKET_KINDS = frozenset("流动 观光 传统 大型 小型 知名 热门 在地 周末 假日 特色 夜间 本地 当地 城市 台湾 各大 主要"
                          .split())
_MARKET_NAME_TAGS = frozenset("ns nr nrt nz j l oov".split())


def night_market_candidates(tokens: Sequence[Token], is_city: Callable[[str], bool]) -> list[Candidate]:
    """rules-48: a night market after its own name (六合夜市, 饶河街夜市, 士林夜市) is a named site, as `Park`; not
    a kind of night market, nor a city's night markets in general (台南夜市). The name is a word jieba tags as a
    name, or an unknown one cut into characters (`tokens` with merged runs, as rule_candidates gives them)."""
    out = []
    for i in range(1, len(tokens)):
        if tokens[i].word != "夜市":
            continue
        j = i - 1
        if tokens[j].word == "街" and j > 0:
            j -= 1  # 饶河 + 街 + 夜市
        name = tokens[j]
        word = "".join(t.word for t in tokens[j:i])
        if name.tag in _MARKET_NAME_TAGS and 2 <= len(name.word) <= 4 and word not in _MARKET_KINDS \
                and not is_city(word):
            out.append(Candidate(name.start, tokens[i].end, word + "夜市", "Park", "place", 0.5))
    return out


def station_candidates(text: str) -> list[Candidate]:
    """rules-48: X站 between a travel word and what is done there, as `Park` like every named site."""
    out = []
    for m in _STATION.finditer(text):
        stem = m.group(1)
        if stem in _GENERIC_STEMS or stem in _SERVICE_STEMS or stem[-2:] in _GENERIC_STEMS \
                or any(ch in "的了是个这那该各每某一首末出进入下上回到换须在从至经于往由" for ch in stem) \
                or stem[-1] in _SERVICE_ENDS:
            continue  # (在加油站, 在卫生站, 在这个站: a kind of station; rules-59: 光伏电 + 站 is a power plant)
        out.append(Candidate(m.start(1), m.end(), stem + "站", "Park", "place", 0.5))
    return out


# rules-55: schools named by their village or township (塭港国小, 台子国小, 东石国中, 黄龙小学), typed `University`
# as the annotators type schools: after a unit, a clause start or a list mark, two or three characters, then the
# school word
_SCHOOL = re.compile(r"(?:(?<=[乡镇县市区村里，。、；：「“\n和与及])|^)([\u4e00-\u9fff]{2,3}?)"
                     r"(国小|国中|小学|中学|高中|高职|实验小学)(?![生老校])")
_SCHOOL_KINDS = frozenset("偏乡 偏远 乡村 农村 山区 城市 公立 私立 一所 这所 该所 各所 全台 全国 各县 小型 迷你 本地 "
                          "当地 附近 邻近 重点 普通 优质 公办 民办 初级 高级 完全 双语 国际 明星 附属 多所 两所 几所"
                          .split())


def school_candidates(text: str) -> list[Candidate]:
    """rules-55: a school after its place's name, not a kind of school (偏乡小学, 公立中学)."""
    out = []
    for m in _SCHOOL.finditer(text):
        stem = m.group(1)
        if stem in _SCHOOL_KINDS or stem[-2:] in _SCHOOL_KINDS or any(ch in "的了是在和与及等个所家" for ch in stem):
            continue
        out.append(Candidate(m.start(1), m.end(2), stem + m.group(2), "University", "place", 0.5))
    return out

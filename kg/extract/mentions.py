"""Stage 2c: mention detection on the simplified text: gazetteer, rules, segmenter; then overlap resolution.

Sources (all produce `Candidate`s with offsets into the simplified text):
- gazetteer: curated labels and aliases (either script), the most precise source;
- title: 《…》 titles, typed by their last words (法 Law, 条例 Regulation, 办法/细则 ImplementingRule, …,
  periodicals MediaOutlet, rules-33: any other title a work: Product);
- quote: “…” / 「…」 names of reforms, programmes, zones, funds, policies (typed by suffix, or by the
  word right after the closing quote: “东数西算”工程);
- suffix: organisation / park names ending in 集团 公司 资本 实验室 委员会 局 园区 基金 大学 …, whose left edge
  is found by walking jieba tokens back while they can be part of a name; accepted only when the name has
  a non-generic modifier (a place, a name-like token, or a content word before a strong suffix);
- latin: Latin-script names (DeepSeek, ASML), minus generic acronyms (AI, APP, IPO …) and lower-case words;
- person (kg.extract.people): role word + surname + 1–2 characters (教授陈立新), bylines (作者：…), name before a
  speech verb; transliterated foreign names;
- place: jieba place-name tokens (ns) and built-in lists of countries, provinces, cities, regions;
- rules-7: formal body names "A和/及B + 部/厅/局/署" and domain verbs inside a body name (投资推广署), party
  organs (市委 县委 党委 …), roles glued onto a suffix (局局长), unknown names jieba cuts into single
  characters before a suffix (安拟集团), column bylines ("财经评论 | 姓名"), stations / airports / ports
  (places.facility_candidates), a place + a carrier or utility word (香港电讯), more prefecture-level cities;
- rules-10 (kg.extract.names10): list members ending like a found name, a ministry + its unit, place + domain +
  association, bare bureaux, names in apposition, HK / Macau / Taiwan titles, company lists that grow member by
  member, "A及B" bodies opened by a verb;
- ner (optional, off by default): PER / LOC / ORG spans of a statistical tagger (kg.extract.ner).
Overlaps: the longest span wins; on equal length the more precise source wins; a rule span that only adds
a prefix to a curated non-place name (浦东 + 张江高科技园区) yields to the curated name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.extract import ner
from kg.extract.brands import brand_candidates
from kg.extract.compounds import (
    actor_group_candidates,
    compound_concept_candidates,
    connect_candidates,
    factory_candidates,
    oov_company_candidates,
    single_char_run_start,
)
from kg.extract.concepts import RULES8, concept_layer_candidates
from kg.extract.events import event_candidates
from kg.extract.firm_slots import firm_slot_candidates
from kg.extract.lexicon import (
    CITIES,
    COUNTRIES,
    DISTRICTS,
    GENERIC_LATIN,
    GENERIC_MODIFIERS,
    NOT_PLACES,
    PROVINCES,
    REGIONS,
    ROLES,
    SPEECH_VERBS,
    TAIWAN_CITIES,
)
from kg.extract.model import PLACE_TYPES, Candidate
from kg.extract.names10 import (
    JOINT_VERBS,
    NOT_BODY_WORDS,
    RULES10,
    apposition_candidates,
    association_candidates,
    bureau_candidates,
    sibling_candidates,
    subunit_candidates,
)
from kg.extract.pacts import pact_candidates
from kg.extract.people import (
    ANONYMISED,
    COMMON_VERB_FREQ,
    dotted_name_candidates,
    foreign_name_candidates,
    latin_person_candidates,
    person_candidates,
)
from kg.extract.places import (
    admin_place_candidates,
    facility_candidates,
    generic_area,
    night_market_candidates,
    school_candidates,
    station_candidates,
)
from kg.extract.products import numbered_product_candidates
from kg.extract.routes import route_candidates
from kg.extract.segment import Token, frequency, in_dictionary, tag_of
from kg.extract.streets import street_candidates
from kg.extract.terms import CONCEPT_TERMS, term_gazetteer
from kg.gazetteer import Gazetteer, fold

# rules-5 rule families (kg.extract.compounds and the organisation suffixes below), each kept by measurement;
# removing a name here switches that family off (how the rules were ablated)
_RULES5 = frozenset({"connect", "oovco", "compound", "orgs", "groups"})
# rules-6 rule families, switched off the same way
_RULES6 = frozenset({"admin", "foreign"})
# rules-7 rule families (formal body names, party organs, OOV name runs, bylines, stations, place + utility)
_RULES7 = frozenset({"bodies", "oovrun", "byline", "stations", "utility"})
_PRIORITY = {"gazetteer": 6, "title": 5, "person": 4, "quote": 4, "lexicon": 3, "suffix": 3, "govpat": 3, "concept": 2,
             "latin": 2, "enum": 2, "place": 1, "ner": 1, "declared": 1, "propagated": 0}

# ---------------------------------------------------------------- titles 《…》
_TITLE = re.compile(r"《([^《》\n]{1,80})》")
_TITLE_TYPES = (
    (("实施办法", "实施细则", "细则", "办法", "暂行办法"), "ImplementingRule"),
    (("条例",), "Regulation"),
    (("规则", "规定", "规范", "准则", "指引", "标准", "目录", "清单"), "Regulation"),
    (("行动计划", "计划", "工程", "行动"), "Programme"),
    (("意见", "通知", "方案", "措施", "决定", "纲要", "规划", "政策", "指导意见", "若干措施", "战略"), "Policy"),
    (("法",), "Law"),
    # rules-33: more document kinds, then the periodicals; any other title is a work (a film, a game, a book)
    (("法规", "协议"), "Regulation"),
    (("宣言", "纲领", "蓝图"), "Policy"),
    # rules-39: reports, budgets and treaties are policies, bills and legal systems laws (施政报告, GENIUS法案)
    (("报告", "预算案", "协定", "公约", "白皮书", "议程"), "Policy"),
    (("法案", "法律制度", "法典"), "Law"),
    (("日报", "晚报", "时报", "周报", "早报", "报", "周刊", "月刊", "杂志", "画报", "周末"), "MediaOutlet"),
)


_DRAFT_WORDS = ("修正草案", "修订草案", "草案", "征求意见稿", "送审稿", "修正案")


def _title_type(title: str) -> str:
    t = re.sub(r"[（(][^（）()]*[)）]$", "", title.strip())  # 《…办法（试行）》
    for draft in _DRAFT_WORDS:
        if t.endswith(draft) and len(t) > len(draft):
            t = t[: -len(draft)]  # rules-59: a draft is typed as what it drafts (《稳定币条例草案》 a regulation)
            break
    for suffixes, typ in _TITLE_TYPES:
        if t.endswith(suffixes):
            return typ
    return "Product"  # rules-33: 《哪吒之魔童闹海》, 《黑神话：悟空》 are works, not media outlets


# rules-41: a news brand named by its reporters or its app (上游新闻记者 X, 澎湃新闻客户端): the brand is an outlet
_NEWS_BRAND = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{2,3}新闻)(?=记者|客户端|APP|App)")
# rules-59: a county's or city's media centre, the credit line of local photos (金寨县融媒体中心 供图)
_MEDIA_CENTRE = re.compile(r"(?:^|(?<=[\s，。：；、“「（(由据的]))([\u4e00-\u9fff]{1,6}?[省市县区旗])融媒体中心")
# rules-63: the outlet that opens a dateline (东南网11月18日讯, 中新网北京11月18日电), not the paper itself (本报讯)
_DATELINE_OUTLET = re.compile(r"(?:^|(?<=[\s。」”）)]))([\u4e00-\u9fff]{2,6}?(?:网|报|日报|晚报|时报|新闻|电视台|社))"
                              r"(?:[\u4e00-\u9fff]{2,3})?(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:讯|电)")
_GENERIC_NEWS = frozenset("财经 体育 国际 社会 科技 娱乐 经济 时政 本地 地方 电视 网络 专业 新华 央视 相关 有关 官方 "
                          "当地 海外 国内 视频 图片 热点 头条 军事 法治 文化".split())


# rules-46: wineries and manors named before 酒庄 / 庄园 (贺兰晴雪酒庄), which jieba cuts into characters (酒/n 庄/nr)
_ESTATE = re.compile(r"(?:^|(?<=[，。、；：\s“”「」的和与及]))([\u4e00-\u9fff]{2,8}?)(酒庄|庄园)")
_ESTATE_OPENERS = ("此后", "随后", "其后", "之后", "如今", "目前", "同时", "另外")  # adverbs before the name
_NOT_ESTATE_START = frozenset("一这那该此各每某几多小大新老好本其些家座个所")


def estate_candidates(text: str) -> list[Candidate]:
    """Wineries and estates are firms when a name stands before 酒庄 / 庄园, not a count or a kind (一家酒庄)."""
    out = []
    for m in _ESTATE.finditer(text):
        stem, start = m.group(1), m.start(1)
        if stem.startswith(_ESTATE_OPENERS):
            stem, start = stem[2:], start + 2
        if stem[0] in _NOT_ESTATE_START or frequency(stem) >= _COMMON_ITEM_FREQ \
                or any(ch in "的了是在" for ch in stem) or stem[:2] in GENERIC_MODIFIERS:  # (中小 + 酒庄: a kind)
            continue
        if len(stem) < 2 or (tag_of(stem[:2]) or "").startswith("v") and frequency(stem[:2]) >= COMMON_VERB_FREQ:
            continue  # (rules-61: 推进 + 精品咖啡庄园: a clause's verb, then the kind of estate)
        out.append(Candidate(start, m.end(2), stem + m.group(2), "Company", "suffix", 0.55))
    return out


def news_brand_candidates(text: str) -> list[Candidate]:
    """Outlets named as the employer of a byline's reporter (上游新闻记者 冉晓峰), not generic news (财经新闻); a
    county's media centre (金寨县融媒体中心)."""
    out = []
    for m in _NEWS_BRAND.finditer(text):
        s0 = m.start(1) + (1 if len(m.group(1)) == 5 and m.group(1)[0] in "据在从由向经对于被让和与及" else 0)
        name = text[s0 : m.end(1)]  # (据 + 澎湃新闻: a preposition opens no name)
        if name[:-2] not in _GENERIC_NEWS:
            out.append(Candidate(s0, m.end(1), name, "MediaOutlet", "suffix", 0.6))
    for m in _DATELINE_OUTLET.finditer(text) if "日讯" in text or "日电" in text else ():
        if m.group(1) not in ("本报", "本网", "本社") and not m.group(1).startswith(("本", "该", "据")):
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "MediaOutlet", "suffix", 0.6))
    if "融媒体中心" in text:
        for m in _MEDIA_CENTRE.finditer(text):
            s0 = m.start(1) + (m.group(1)[0] in "据由在从对向经")  # (据 + 崇仁县融媒体中心)
            if text[s0] not in "本该各全某":
                out.append(Candidate(s0, m.end(), text[s0 : m.end()], "MediaOutlet", "suffix", 0.6))
    return out


# rules-60: Macau's laws and regulations by their number (第16/2022号法律, 第7/2024号行政法规)
_NUMBERED_LAW = re.compile(r"第\d{1,3}/\d{4}号(法律|行政法规|行政命令)")
_NUMBERED_LAW_TYPES = {"法律": "Law", "行政法规": "Regulation", "行政命令": "Regulation"}


def title_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _TITLE.finditer(text):
        inner = m.group(1).strip()
        if not inner or not re.search(r"[\w]", inner):
            continue
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        out.append(Candidate(s, s + len(inner), inner, _title_type(inner), "title", 0.85))
    if "号" in text:
        out += [Candidate(m.start(), m.end(), m.group(), _NUMBERED_LAW_TYPES[m.group(1)], "title", 0.8)
                for m in _NUMBERED_LAW.finditer(text)]
    return out


# ---------------------------------------------------------------- quoted names
_QUOTE = re.compile(r"[“「『]([^“”「」『』\n]{2,24})[”」』]")
_QUOTE_INNER_TYPES = (
    (("改革",), "Reform"),
    (("试验区", "示范区", "先导区", "试点区", "自贸区", "自由贸易区", "合作区"), "PilotZone"),
    (("基金",), "Fund"),
    (("行动计划", "计划", "工程", "行动", "专班", "专线", "专列", "项目", "计划书", "丝绸之路", "丝路"), "Programme"),
    (("条款", "制度", "政策", "战略", "机制", "办法", "模式", "方案"), "Policy"),
    (("条例",), "Regulation"),
    (("法", "法案", "法典"), "Law"),  # rules-22: 「人工智慧基本法」 (a law's name in quotes, Taiwan usage)
    # rules-63: a shop or a guesthouse named in quotes (「海风家民宿」, “山间咖啡馆”)
    (("民宿", "客栈", "工作室", "咖啡馆", "咖啡店", "茶馆", "书店", "餐厅", "餐馆", "面馆", "小馆", "酒吧", "烘焙坊",
      "面包店", "杂货店", "商行"), "Company"),
)
# rules-22: words that end in 法 without naming a law (做法, 方法 …)
_NOT_LAW_ENDINGS = frozenset(
    "做法 看法 说法 想法 方法 办法 手法 写法 用法 打法 玩法 算法 技法 疗法 语法 书法 兵法 佛法 魔法 立法 "
    "执法 司法 违法 合法 非法 守法 依法 无法 设法 效法 取法 戏法 章法 笔法 刀法 枪法".split())
_AFTER_QUOTE = re.compile(
    r"(?:[一二三四五六七八九十两\d]+年)?(?:行动计划|行动方案|专项行动|计划|工程|改革|战略|行动|试点|项目|政策|机制)"
)
_AFTER_TYPES = {"改革": "Reform", "战略": "Policy", "政策": "Policy", "机制": "Policy", "试点": "PilotZone"}


_RUNS_A_BUSINESS = ("经营", "开设", "开办", "创办", "接手", "开了一家", "开了家", "开的", "开设的", "经营的", "取名")


def quote_candidates(text: str, is_place) -> list[Candidate]:
    out = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1)
        if inner != inner.strip() or re.search(r"[，。！？；：,!?;]", inner) or inner[0] in "不没未非无别莫勿":
            continue  # quoted speech, not a name
        after = _AFTER_QUOTE.match(text, m.end())
        if not after and text.endswith(_RUNS_A_BUSINESS, 0, m.start()) and 4 <= len(inner) <= 10 \
                and not in_dictionary(inner):  # (not a kind: 经营“农家乐”, 经营「卫星场」)
            # rules-64: what one runs is a business (经营「聚珍号贡糖」, 开了一家“青禾陶舍”)
            out.append(Candidate(m.start(1), m.end(1), inner, "Company", "quote", 0.6))
            continue
        if not after and text.startswith("方案", m.end()) and len(inner) >= 3:
            # rules-56: a scheme named in quotes (「三隧分流」方案): the name is what the quotes hold
            out.append(Candidate(m.start(1), m.end(1), inner, "Programme", "quote", 0.7))
            continue
        if after:
            word = after.group()
            typ = next((t for k, t in _AFTER_TYPES.items() if word.endswith(k)), "Programme")
            out.append(Candidate(m.start(1), after.end(), inner + word, typ, "quote", 0.75))
            continue
        for suffixes, typ in _QUOTE_INNER_TYPES:
            if inner.endswith(suffixes) and len(inner) > 2 and not (typ == "Law" and inner[-2:] in _NOT_LAW_ENDINGS):
                if inner.endswith("模式") and not is_place(inner[:-2]):
                    break  # “X模式” is a name only for a place's model (合肥模式), else a figure of speech
                out.append(Candidate(m.start(1), m.end(1), inner, typ, "quote", 0.7))
                break
    return out


# ---------------------------------------------------------------- Latin-script names
_LATIN = re.compile(r"(?<![A-Za-z0-9@._/-])[A-Za-z][A-Za-z0-9]*(?:[-.&'][A-Za-z0-9]+)*(?:\.(?=\s[A-Z]))?"
                    r"(?:\s(?:(?:and|of|the|for|de|&)\s)?[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?)*")
# (rules-50: Harbin Ice and Snow World; rules-60: a hyphenated later word, Mohammed Al-Harbi; rules-61: an
# abbreviation's last dot before the next word, U.S. Copyright Office)
_EMAIL_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


_URL_HINT = re.compile(r"@|http|www\.")


def _masked(text: str) -> set[int]:
    """Positions inside an e-mail address or URL.

    Why line by line: the e-mail pattern (non-space run, @) backtracks over a whole line of unspaced Chinese at
    every position; a match never spans a line break, and a line with no @ / http / www. has none, so only
    those lines are searched (the same matches as searching the whole text)."""
    masked: set[int] = set()
    pos = 0
    n = len(text)
    while True:
        hint = _URL_HINT.search(text, pos)
        if hint is None:
            break
        ls = text.rfind("\n", 0, hint.start()) + 1
        le = text.find("\n", hint.start())
        le = n if le < 0 else le
        for m in _EMAIL_URL.finditer(text, ls, le):
            masked.update(range(m.start(), m.end()))
        pos = le
    return masked


def latin_candidates(text: str) -> list[Candidate]:
    masked = _masked(text)
    out = []
    for m in _LATIN.finditer(text):
        word = m.group().rstrip(".-'&")
        s, e = m.start(), m.start() + len(word)
        if s in masked or e < len(text) and text[e : e + 1] == "@" or text[e : e + 2] in _NUMBER_WORDS:
            continue  # (rules-54: IMO + 编号: a ship's number, not the body)
        if word.lower() in GENERIC_LATIN or not any(c.isupper() for c in word) or len(word) < 2:
            continue
        if sum(ch.isdigit() for ch in word) >= 6:
            continue  # rules-52: a licence, certificate or order number (S0570523080002)
        if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", word):
            continue  # rules-48: a hyphenated English term in lower case after its head (License-out, Check-in)
        parts = word.split()
        while len(parts) > 1 and parts[-1].lower() in ("app", "apps", "ppt", "api"):  # "DeepSeek APP"
            parts.pop()
        if not parts:
            continue
        word = " ".join(parts)
        typ = "Product" if word[0].islower() or _MODEL_CODE.match(word) else "Company"
        if len(parts) > 1 and parts[-1] in _LATIN_LAW_HEADS:
            typ = _LATIN_LAW_HEADS[parts[-1]]  # rules-32: AI Act, CHIPS Act, Digital Markets Act are laws
        out.append(Candidate(s, s + len(word), word, typ, "latin", 0.6))
    return out


_NUMBER_WORDS = frozenset({"编号", "号码", "代码", "代号", "账号"})
_LATIN_LAW_HEADS = {"Act": "Law", "Law": "Law", "Regulation": "Regulation", "Directive": "Regulation"}
# rules-37: a model code (GB200, H100, RTX4090, 910C) names a product, never a firm
_MODEL_CODE = re.compile(r"^[A-Z]{0,4}\d{2,5}[A-Z]{0,2}$"
                         # rules-64: and a letter and one digit or a suffix after a hyphen (R1, V3, EH216-S, GPT-4o)
                         r"|^[A-Z]{1,4}-?\d{1,5}[a-z]?(?:-[A-Z0-9]{1,3})?$")


# ---------------------------------------------------------------- places
_PLACE_SUFFIX = {"省": "Province", "市": "City", "区": "District", "县": "District", "州": "City", "镇": "District",
                 "乡": "District", "村": "District"}  # (rules-35: towns and villages are districts, not cities)


# every listed place and its type, the earlier list winning a name in two (a country before a city)
_KNOWN_PLACES = {w: typ for names, typ in ((DISTRICTS, "District"), (REGIONS, "Region"), (CITIES, "City"),
                                           (PROVINCES, "Province"), (COUNTRIES, "Country")) for w in names}
_PROVINCES_OR_CITIES = PROVINCES | CITIES


def place_type(word: str) -> str | None:
    """Type of a place name from the built-in lists (None if not a known place)."""
    typ = _KNOWN_PLACES.get(word)
    if typ is not None or len(word) < 3:
        return typ
    if word[-1] in "省市" and word[:-1] in _PROVINCES_OR_CITIES:
        return "Province" if word[:-1] in PROVINCES else "City"
    if word[-1] == "县" and word[:-1] in TAIWAN_CITIES:
        return "City"  # rules-39: Taiwan's counties are its cities' peers (屏东县, 彰化县), as annotators type them
    return None


def place_label(word: str) -> str:
    """合肥市 -> 合肥, 贵州省 -> 贵州: one node for a place however it is written."""
    if len(word) >= 3 and word[-1] in "省市" and word[:-1] in _PROVINCES_OR_CITIES:
        return word[:-1]
    return word


# rules-52: 全台 / 全港 / 全澳 ("all of Taiwan / Hong Kong / Macau") name the place, as the dev annotators mark them
# (14 of 16 全台, 4 of 5 全港); 全国 / 全省 / 全市 are left: mostly unmarked
_WHOLE_PLACE = re.compile(r"全(台|港|澳)(?![湾北中南东商资铁积电大股口人民])")
_WHOLE_PLACE_NAMES = {"台": "台湾", "港": "香港", "澳": "澳门"}


def whole_place_candidates(text: str) -> list[Candidate]:
    """全台 as a mention of 台湾, 全港 of 香港, 全澳 of 澳门 (the characters after 全, with the place's label)."""
    out = []
    for m in _WHOLE_PLACE.finditer(text):
        label = _WHOLE_PLACE_NAMES[m.group(1)]
        out.append(Candidate(m.start(), m.end(), label, place_type(label) or "Region", "place", 0.5))
    return out


def is_place_token(tok: Token) -> bool:
    w = tok.word
    if place_type(w):
        return True
    return tok.tag == "ns" and len(w) >= 2 and w not in NOT_PLACES


def china_abbreviation_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """rules-14: 中国 + an abbreviation or proper word jieba knows (中国中化, 中国华能, 中国电建): the way central
    state-owned groups are named. Not when a noun follows: the phrase goes on."""
    out = []
    for i in range(len(tokens) - 1):
        t, u = tokens[i], tokens[i + 1]
        if t.word != "中国" or u.tag not in ("j", "nz") or len(u.word) != 2 or u.start != t.end:
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and after.tag[:1] in ("n", "j") and after.word not in ("旗下", "集团"):
            continue  # the phrase goes on (中国制造业, 中国人大代表)
        known = term_gazetteer().lookup(u.word)  # 中国人大: the body the short word already names
        out.append(Candidate(t.start, u.end, "中国" + u.word, known[1] if known else "Company", "suffix", 0.5))
    return out


# rules-25: an ns word right after a province is a city in it (江苏溧阳, 四川宜宾), after a city a district of it
_INSIDE = {"Province": "City", "City": "District"}
_INSIDE_MAX_FREQ = 500  # a county's frequency in jieba (溧阳 29, 宜宾 157, 南山 310); 长大 1498 and 伦理 596 are words


def place_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    out = []
    for i, t in enumerate(tokens):
        if t.word in _WATERS and i and tokens[i - 1].tag in ("ns", "nz") and 2 <= len(tokens[i - 1].word) <= 3 \
                and frequency(tokens[i - 1].word) < _INSIDE_MAX_FREQ and place_type(tokens[i - 1].word) is None:
            prev = tokens[i - 1]  # rules-63: a scenic spot's name + a water word jieba keeps apart (七星/nz + 潭)
            out.append(Candidate(prev.start, t.end, prev.word + t.word, "Region", "place", 0.45))
            continue
        if len(t.word) < 2:
            continue
        typ = place_type(t.word)
        conf = 0.7
        if t.word in _LANDFORMS and i and tokens[i - 1].tag in _LANDFORM_STEM_TAGS \
                and 2 <= len(tokens[i - 1].word) <= 3:
            prev = tokens[i - 1]  # rules-58: a name + a landform word jieba keeps apart (恒春/nz + 半岛)
            out.append(Candidate(prev.start, t.end, prev.word + t.word, "Region", "place", 0.5))
            continue
        if t.word[0] in "各全该本每某" and len(t.word) >= 2:
            continue  # rules-46: 各县市, 全县: every unit of a kind, not one of them
        if t.word[0] == "成" and i and tokens[i - 1].word[-1:] in "一二两三四五六七八九几":
            continue  # rules-52: 两成 + 都不到: a share in tenths, not 成都
        if typ is None and generic_area(t.word):
            continue  # rules-34: 上海 + 老城区/ns is a part of the city, not a district's name
        if typ is None and t.tag == "ns" and len(t.word) >= 4 and t.word.endswith(_LANDMARKS):
            out.append(Candidate(t.start, t.end, t.word, "Park", "place", 0.5))  # rules-47: 大三巴牌坊/ns
            continue
        if typ is None and t.tag == "ns" and (len(t.word) >= 4 and t.word.endswith(_LANDFORMS)
                                              or 3 <= len(t.word) <= 5 and t.word.endswith(_SCENIC)
                                              or 2 <= len(t.word) <= 3 and t.word.endswith(_RIVERS)
                                              and t.word not in _NOT_RIVERS):
            out.append(Candidate(t.start, t.end, t.word, "Region", "place", 0.5))  # rules-38: 三江平原/ns
            continue
        if typ is None and t.word.endswith("地区") and not place_type(t.word[:-2]) \
                and tag_of(t.word[:-2]) not in ("ns", "s") and t.word[:-2] not in _DIRECTIONS | _PART_DIRECTIONS:
            continue  # rules-35: 偏远地区/ns, 沿海地区: a kind of area; 华东地区 names one
        listed = t.tag in ("nr", "nz") and len(t.word) == 2 and i + 1 < len(tokens) \
            and tokens[i + 1].word in "、，。等的"
        if typ is None and i and (t.tag == "ns" or listed) and len(t.word) <= 3 and t.word not in NOT_PLACES \
                and frequency(t.word) < _INSIDE_MAX_FREQ and _INSIDE.get(place_type(tokens[i - 1].word) or ""):
            # (rules-50: a name-tagged word too when a list goes on after it, 甘肃 + 静宁/nr + 、)
            typ, conf = _INSIDE[place_type(tokens[i - 1].word) or ""], 0.55
        if typ is None:
            # jieba's ns tag alone is noisy (伦理, 扎堆); trust it only with an administrative suffix
            # (rules-14: a two-character county jieba tags ns, 雄县 / 沛县)
            short_county = len(t.word) == 2 and t.word[-1] == "县"
            if t.tag != "ns" or t.word in NOT_PLACES or len(t.word) < 3 and not short_county \
                    or t.word[-1] not in "省市县区州镇乡村":
                continue
            typ = _PLACE_SUFFIX.get(t.word[-1], "City")
            conf = 0.45
        out.append(Candidate(t.start, t.end, place_label(t.word), typ, "place", conf))
    return out


# rules-38: landforms a place name ends in (三江平原, 鄂尔多斯盆地, 辽东半岛)
_LANDFORMS = ("平原", "盆地", "高原", "半岛", "群岛", "海峡", "沙漠", "沙地", "山脉", "丘陵", "三角洲")
_LANDFORM_STEM_TAGS = frozenset("ns nz nr nrt".split())
_WATERS = frozenset("潭 湖 溪 瀑布 断崖 峡谷".split())  # rules-63: (七星 + 潭, 太鲁阁 + 峡谷)
# rules-44: and the lakes, pools, mountains and islands jieba knows as places (日月潭, 阿里山, 澎湖岛)
_SCENIC = ("潭", "湖", "山", "岛", "湾", "溪", "峡")  # (rules-61: and four or five characters, 高黎贡山/ns)
# rules-47: landmarks jieba knows as places (大三巴牌坊, 鲁迅故居), named sites as the annotators type them
# rules-48: and the rivers (无定河, 锦江, 湘江), not words for water in general
_RIVERS = ("河", "江")
_NOT_RIVERS = frozenset("运河 内河 河流 江河 山河 银河 江山 江湖 大河 小河 界河 护城河 星河 冰河 长河".split())
_LANDMARKS = ("牌坊", "故居", "教堂", "大教堂", "古城", "古镇", "纪念馆", "博物馆", "大桥")


# ---------------------------------------------------------------- organisation suffixes
_STRONG = {
    "股份有限公司": "Company", "有限责任公司": "Company", "有限公司": "Company", "集团": "Company", "控股": "Company",
    "银行": "Company", "证券": "Company", "交易所": "Company", "实验室": "ResearchInstitute",
    "研究院": "ResearchInstitute", "研究所": "ResearchInstitute", "研究中心": "ResearchInstitute",
    "科学院": "ResearchInstitute", "科学中心": "ResearchInstitute", "大学": "University", "学院": "University",
    "研究生院": "University", "委员会": "GovernmentBody", "产业园": "Park", "科技园": "Park", "工业园": "Park",
    "工业园区": "Park", "开发区": "Park", "产业园区": "Park",
    "软件园": "Park", "创业园": "Park", "物流园": "Park", "文创园": "Park",  # (rules-7)
    "高新区": "Park", "科学城": "Park", "新区": "District",
    "自贸区": "PilotZone", "试验区": "PilotZone", "示范区": "PilotZone", "先导区": "PilotZone",
    "实验区": "PilotZone",  # (rules-56: 郑州航空港经济综合实验区)
    "国家公园": "Park", "森林公园": "Park", "湿地公园": "Park", "地质公园": "Park",  # (rules-58: 垦丁国家公园)
    "日报": "MediaOutlet", "晚报": "MediaOutlet", "电视台": "MediaOutlet", "通讯社": "MediaOutlet",
    "新闻网": "MediaOutlet",  # (rules-61: 东北新闻网, 中国新闻网)
}
_WEAK = {"公司": "Company", "资本": "Investor", "创投": "Investor", "基金": "Fund", "中心": "ResearchInstitute",
         "园区": "Park", "协会": "ActorGroup", "博览会": "Event", "峰会": "Event",
         "论坛": "Event", "交易会": "Event", "展览会": "Event", "指数": "Product", "联盟": "ActorGroup",
         "商会": "ActorGroup", "医院": "ResearchInstitute"}
if "orgs" in _RULES5:  # rules-5: associations and bank branches (香港投资基金公会, 中国人民银行广东省分行)
    _WEAK.update({"公会": "ActorGroup", "联合会": "ActorGroup", "行业协会": "ActorGroup"})
    _STRONG.update({"分行": "Company", "支行": "Company"})
# rules-12: research bodies named for development work (香港人工智能研发院), science-and-technology towns
_STRONG.update({"研发院": "ResearchInstitute", "研发中心": "ResearchInstitute", "科技城": "Park"})
# rules-25: science parks (桥头科学园区, 南部科学园区, 香港科学园)
_STRONG.update({"科学园区": "Park", "科学园": "Park"})
# rules-33: foundations are named NGOs (地球公民基金会, 阿里巴巴公益基金会)
_STRONG.update({"基金会": "ActorGroup"})
# rules-43: law and accounting firms after a proper name (理律法律事务所)
_WEAK.update({"事务所": "Company"})
_WEAK.update({"律师行": "Company"})  # rules-64: Hong Kong's law firms (孖士打律师行)
# rules-35: farmers' and fishermen's associations (枋山地区农会; Taiwan's 农会 are named bodies)
_WEAK.update({"农会": "ActorGroup", "渔会": "ActorGroup"})
# rules-38: unions and farms after a name (台铁产业工会, 七星农场)
_WEAK.update({"工会": "ActorGroup", "农场": "Company", "林场": "Company"})
# rules-48: residents' and vendors' own associations (六合夜市自治会, 后劲居民自救会)
_WEAK.update({"自治会": "ActorGroup", "自救会": "ActorGroup", "促进会": "ActorGroup", "联谊会": "ActorGroup"})
# rules-50: farmers' co-operatives after their name (洛川县阿寺果业专业合作社) and the co-operatives' federations
_WEAK.update({"合作社": "Company", "专业合作社": "Company", "联合社": "GovernmentBody"})
_WEAK.update({"学会": "ActorGroup"})  # rules-62: learned societies inside a field's word (香港医学会)
# rules-29: named sites: plants, reservoirs, industrial and bonded zones (曾文水库, 南丫发电厂, 彰滨工业区,
# 将军澳工业邨, 海口综合保税区, 西丽湖国际科教城); only with a name or place before them (燃煤电厂 is a kind)
# (rules-37: wind farms and water plants, 海龙风场, 楠梓再生水厂)
_BASES = frozenset("基地 产业基地 制造基地 生产基地".split())  # rules-64: 比亚迪合肥基地, 松山湖国际机器人产业基地
_SITES = frozenset("发电厂 电厂 核电站 水库 炼油厂 工业区 工业邨 科教城 保税区 产业城 数据园".split()
                   + "风场 风电场 光伏电站 再生水厂 水厂".split()
                   + "码头 货柜码头 集装箱码头".split()  # (rules-45: 葵涌 + 货柜码头)
                   # rules-48: venues (启德体育园, 香港大球场, 银河综艺馆) and tunnels (清水隧道)
                   + "体育园 体育馆 体育场 体育中心 运动场 大球场 综艺馆 体艺馆 艺术馆 美术馆 展览馆 会展中心 博览中心 "
                     "大剧院 剧院 音乐厅 隧道 巨蛋 大巨蛋".split()
                   # rules-50: resorts and ski fields after their name (亚布力滑雪旅游度假区)
                   + "度假区 旅游度假区 滑雪场 风景区 风景名胜区".split()
                   + "商贸城 国际商贸城".split()  # (rules-52: 义乌国际商贸城)
                   # rules-60: casinos, hotels and resorts after their name (金龙酒店娱乐场, 上葡京综合度假村)
                   + "娱乐场 酒店 大酒店 度假村 综合度假村 广场".split()
                   + "大饭店 步道".split()  # (rules-62: 美仑大饭店, 燕子口步道)
                   + "港区 渔港 客运码头".split()  # (rules-63: 穿山港区, 南寮渔港)
                   + list(_BASES)
                   # rules-48: trade markets after their own name (斗南 + 花卉市场, 赛格 + 电子市场)
                   + "花卉市场 电子市场 批发市场 农贸市场 菜市场 果菜市场 鱼市场 水产市场 拍卖市场 小商品市场 建材市场 "
                     "家具市场 服装市场 二手车市场".split())
_STRONG.update({s: "Park" for s in _SITES})
_SITES |= {"老街"}  # rules-48: old streets after their name (安平老街), areas as the annotators type them
_STRONG["老街"] = "Region"
_SITES |= {"片区"}  # rules-63: a new town's or a free-trade zone's area (容东片区, 金井湾片区)
_STRONG["片区"] = "District"
_RARE_SITE_FREQ = 50
_PLACE_LED_FIRMS = frozenset({"公司", "集团"})  # rules-64: 金门 + 快/a 轮/zg + 公司: a firm's characters after its city
_SITE_KINDS = frozenset("海底 地下 跨海 过江 越江 山岭 城市 公路 铁路 引水 排水 人行 大型 小型 新建 室内 户外".split())
# rules-22: the heads of laws named without 《》 (个人资料保护法, 数据安全法, 人工智能基本法)
_STRONG.update({s: "Law" for s in "保护法 安全法 促进法 基本法 管理法 组织法".split()})
_GOV = {"局": "GovernmentBody", "部": "GovernmentBody", "厅": "GovernmentBody", "署": "GovernmentBody",
        "办公室": "GovernmentBody", "政府": "GovernmentBody", "人民政府": "GovernmentBody", "管委会": "GovernmentBody",
        "发改委": "GovernmentBody", "经信委": "GovernmentBody", "科委": "GovernmentBody", "证监会": "GovernmentBody",
        "法院": "GovernmentBody", "检察院": "GovernmentBody", "海关": "GovernmentBody",
        # rules-38: a head jieba keeps as one two-character word (黑龙江省农垦 + 总局)
        "总局": "GovernmentBody", "总署": "GovernmentBody", "分局": "GovernmentBody",
        # rules-48: councils named by their place (高雄市议会, 九龙城区议会)
        "议会": "GovernmentBody",
        "办事处": "GovernmentBody",  # rules-50: 北部都会区统筹办事处
        # rules-58: a Taiwan township's or district's office (恒春镇公所, 鱼池乡公所), never after 乡镇 (the kind)
        "公所": "GovernmentBody", "镇公所": "GovernmentBody", "乡公所": "GovernmentBody", "区公所": "GovernmentBody",
        "市公所": "GovernmentBody"}
if "bodies" in _RULES7:  # rules-7: party organs named by their level (淄博市委, 区党委, 党工委)
    _GOV.update({s: "GovernmentBody" for s in "市委 省委 县委 区委 州委 镇委 党委 党工委 纪委 工委".split()})
if "names8" in RULES8:  # rules-8: federations and party caucuses (工业总会, 国民党党团)
    _STRONG.update({"总会": "ActorGroup", "党团": "ActorGroup"})
_SUFFIXES = sorted([(s, t, "strong") for s, t in _STRONG.items()] + [(s, t, "weak") for s, t in _WEAK.items()]
                   + [(s, t, "gov") for s, t in _GOV.items()], key=lambda x: -len(x[0]))
_SUFFIX_BY_WORD = {s: (s, t, k) for s, t, k in _SUFFIXES}
_SUFFIX_LENS = sorted({len(s) for s, _, _ in _SUFFIXES}, reverse=True)
_SUFFIX_LAST = frozenset(s[-1] for s, _, _ in _SUFFIXES)


def _suffix_of(w: str):
    if not w or w[-1] not in _SUFFIX_LAST:
        return None
    for n in _SUFFIX_LENS:
        hit = _SUFFIX_BY_WORD.get(w[-n:]) if n <= len(w) else None
        if hit:
            return hit
    return None


_STOP_TAGS = frozenset("p c u uj ul uz ud ug uv r rr rz d y e o x m q f t mq k h zg ad".split())
_NAME_VERBS = frozenset(
    "建设 投资 控股 发展 管理 促进 改革 创新 研究 监督 开发 交易 服务 保障 审查 检验 检测 监察 "
    "信息 通信 存储 设计 制造 产业 引导 孵化 运营 融资 担保 经营 规划 计算 咨询 评估 认证 培训 "
    "教育 技术 工业 经济 科学 传媒 出版 电子 控制 综合 调查 运输 "
    "旅游 文旅 会展 养老 医疗 贸易 供应 建筑 物流 环保 演艺 "
    "出口 进口".split()  # (rules-63: 中国 + 出口/vn + 信用保险公司)  # (rules-59: 安徽省 + 旅游/vn + 集团;
    # rules-38: 凭祥 + 综合 + 保税区,
    # 国家运输安全调查委员会)
) | (frozenset({"执行", "常务"}) if "orgs" in _RULES5 else frozenset())
_UNIT_OFFICES = frozenset("乡公所 镇公所 区公所 市公所".split())
_FOUNDED_BY = frozenset("国立 私立 公立 省立 市立 县立".split())  # rules-61: a school's founder opens its name
_NAME_ADJECTIVES = frozenset("健康 安全 绿色 数字 智慧 普惠 公平 廉政".split())  # domains jieba tags as adjectives
_STATE_MARKERS = ("投资", "产投", "建投", "城投", "国投", "国资", "控股", "资本运营", "国有资本", "引导基金")
_INNER_CONJ = frozenset({"和", "及", "与"})
# rules-33: prepositions jieba tags as nouns that open no name (需 + 经 + 国家新闻出版署 + 审批)
# (rules-58: 交由/n; rules-59: 投向/n)
_LEADING_PREPOSITIONS = frozenset("经 据 凭 依 按 经由 通过 透过 交由 交给 转由 改由 投向".split())
_STATE_WORDS = frozenset({"国家", "中国", "中央", "国务院"})


_ROLE_SET = frozenset(r for r in ROLES if len(r) == 2)
_FUNCTION_CHARS = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给")


def _is_proper(tok: Token) -> bool:
    if tok.tag == "eng":
        return tok.word.lower() not in GENERIC_LATIN
    if tok.word in GENERIC_MODIFIERS or tok.tag == "ns" and tok.word in NOT_PLACES:
        return False  # (rules-41: 新建/ns + 水库 is a new reservoir, not one named 新建)
    return tok.tag in ("ns", "nr", "nrt", "nrfg", "nz", "nt", "oov", "j") or place_type(tok.word) is not None


_DOMAIN_TAGS = frozenset("n vn nz nt oov j".split())
_RUN_BAD_TAGS = frozenset("p c u uj ul uz ud ug uv r rr rz m mq q x y e o".split())
_RUN_NOT_CHARS = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给更最很本此"
                           "二三四五六七八九十百千万两几个年月日新老大小多少好子母总分全"
                           # single-character verbs: 去开公司, 想开公司
                           "去来开办买卖做搞当进出到上下回过入成建设组合注投收交找要想能会可请帮跟同")


def _oov_run(tokens: Sequence[Token], i: int, site: bool = False) -> Token | None:
    """2-3 single Han characters right before a standalone suffix at tokens[i], as one unknown-name token, when
    the run starts at a boundary (punctuation, a conjunction, the start; not 把钱存进银行). Why: jieba cuts an
    unknown name into characters of any tag (安/v 拟/v 集团, 库/n 务/d 局), which the tag-based walk refuses."""
    j = single_char_run_start(tokens, i, 3, _RUN_NOT_CHARS, _RUN_BAD_TAGS)
    if i - j < 2:
        return None
    if j > 0:
        b = tokens[j - 1]
        if not (b.tag in ("x", "c") or b.word in _INNER_CONJ or b.word == "、" or b.word.isspace()
                or site and (is_place_token(b) or b.word[-1] == "港")):  # rules-63: 新竹 + 南寮渔港, 舟山港 + 穿山港区
            return None
    return Token(tokens[j].start, tokens[i - 1].end, "".join(t.word for t in tokens[j:i]), "oov")


def _name_verb_context(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] (a verb) is part of a body name: a domain noun (投资 推广) or "noun + 和/及" (文化和旅游) before it,
    not a place (香港 + 设立 is a predicate) nor a clause word."""
    b = tokens[k - 1]
    if b.word in _INNER_CONJ and k >= 2:
        b = tokens[k - 2]
    return (b.tag in ("n", "vn", "nz") and len(b.word) >= 2 and not is_place_token(b) and not _suffix_of(b.word)
            and (b.word not in GENERIC_MODIFIERS or b.word in _NAME_VERBS))


def _coordinated_domains(modifiers: Sequence[Token], generic_ok: bool = False) -> bool:
    """Modifiers of the shape A 和/及 B, each side 2-4 characters of nouns (文化 和 旅游, 财经事务 及 库务)."""
    ks = [k for k, t in enumerate(modifiers) if t.word in _INNER_CONJ]
    if len(ks) != 1:
        return False
    k = ks[0]
    left, right = modifiers[:k], modifiers[k + 1 :]
    if not left or not right:
        return False
    for side in (left, right):
        size = sum(len(t.word) for t in side)
        if not 2 <= size <= 4 or not all(t.tag in _DOMAIN_TAGS or t.tag.startswith("v") for t in side):
            return False
    return not any(is_place_token(t) or t.word in GENERIC_MODIFIERS and not generic_ok for t in left)


# rules-23: directions that open a name when jieba tags them f (南方科技大学, 东方航空)
_DIRECTIONS = frozenset("东方 西方 南方 北方 东北 西北 西南 东南 华南 华北 华东 华中 中南".split())
# rules-25: the part of a country or city that names a park or zone (南部科学园区, 北部都会区), no other name
_PART_DIRECTIONS = frozenset("南部 北部 东部 西部 中部".split())
# rules-15: visit words jieba tags as nouns; a name never contains them (习近平 + 参观 + 张江科学城)
_VISIT_WORDS = frozenset("参观 考察 视察 调研 访问 走访 出席 莅临 来到 前往".split())


_ZONE_TYPES = frozenset({"Park", "PilotZone", "District"})
_FIRM_TYPES = frozenset({"Company", "Investor", "Fund"})


def _park_administration(modifiers: Sequence[Token]) -> bool:
    """rules-25: a named park or zone before a bureau is that zone's administration (南部科学园区 + 管理局,
    前海深港现代服务业合作区 + 管理局): the zone word must have a name or a direction before it."""
    for k in range(1, len(modifiers)):
        zone = _suffix_of(modifiers[k].word)
        if zone is not None and zone[1] in _ZONE_TYPES and zone[2] != "weak":
            return any(t.tag == "f" or _is_proper(t) or is_place_token(t) for t in modifiers[:k])
    return False


def _introduces_a_kind(tokens: Sequence[Token], i: int, start: int) -> bool:
    """Whether the word before a name starting at `start` (token i ends it) builds or counts things of a kind
    (建设了, 建起了, 多个): what follows is then a description, not a name."""
    k = i
    while k > 0 and tokens[k].start > start:
        k -= 1
    if k == 0:
        return False
    before = tokens[k - 1]
    if before.word in ("了", "过") and k >= 2:
        before = tokens[k - 2]
    return before.tag.startswith(("v", "m")) and before.word not in SPEECH_VERBS


# rules-35: a unit's own suffix standing alone ends the place before it, and 大陆 says whose body it is (Taiwan and
# Hong Kong usage: 中国大陆海关总署); neither opens a name
_UNIT_HEADS = frozenset("省 市 县 区 镇 乡 村".split())
# rules-37: registered company forms, whose names hold words of any kind (吴江华锦织造有限公司): a verb jieba hardly
# knows is taken into the name, a common one (成立, 注册, 收购) ends it
_LEGAL_FORMS = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
_LEGAL_VERB_FREQ = 500
_MAINLAND = frozenset({"大陆", "中国大陆"})


# rules-38: what follows a weak suffix word when it heads another phrase (资本开支, 资本运作, 中心城区)
_WEAK_SUFFIX_GOES_ON = frozenset("开支 支出 运作 结构 配置 账户 城区 地带 位置".split())


_ACTOR_TYPES = frozenset({"Company", "GovernmentBody", "StateCapital", "Investor", "University", "ResearchInstitute",
                          "MediaOutlet"})


def _known_actor(label: str) -> bool:
    hit = term_gazetteer().lookup(label)
    return hit is not None and hit[1] in _ACTOR_TYPES


def suffix_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    out = []
    n = len(tokens)
    for i in range(n):
        tok = tokens[i]
        w = tok.word
        hit = _suffix_of(w)
        if hit is None:
            continue
        suffix, typ, kind = hit
        if kind == "gov" and place_type(w):
            continue  # rules-44: 中南部 is a region (a part of Taiwan), not a ministry
        if w != suffix and len(w) < 3:
            continue  # 格局, 布局, 头部: a two-character word that merely ends like a suffix
        if w == "学会":
            continue  # (rules-62: only inside a field's word, 医学会; 学会 alone is "learned", 香港 + 学会了)
        if "nextverb" in RULES10 and (w[-2:] in NOT_BODY_WORDS or w[-3:] in NOT_BODY_WORDS):
            continue  # rules-10: 新格局/nt, 战略部署: a longer word ending in one of them (rules-38: 贵宾厅)
        if kind == "weak" and w == suffix and i + 1 < n and tokens[i + 1].word in _WEAK_SUFFIX_GOES_ON:
            continue  # rules-38: 延后 + 资本 + 开支: the suffix word is the head of another phrase
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.tag not in _STOP_TAGS and len(nxt.word) >= 2 and (
                _suffix_of(nxt.word) or _suffix_of(nxt.word[:2]) or _suffix_of(nxt.word[:3])) and not (
                "nextverb" in RULES10 and (nxt.tag == "v" or nxt.word in NOT_BODY_WORDS)):
            continue  # 研究 + 中心 + 主任…: the name continues (rules-10: not before a verb, 管理局 + 签署)
        j = i
        modifiers: list[Token] = []
        if w != suffix:
            modifiers.append(Token(tok.start, tok.end - len(suffix), w[: -len(suffix)], tok.tag))
        elif (kind in ("gov", "strong") or suffix in _PLACE_LED_FIRMS) and "oovrun" in _RULES7:
            run = _oov_run(tokens, i, suffix in _SITES or suffix in _PLACE_LED_FIRMS)
            if run is not None:  # 库+务+局, 安+拟+集团: an unknown name jieba split into single characters
                modifiers.append(run)
                j -= len(run.word)
        length = len(w)
        verb_inside = False
        while j > 0 and length < 24 and len(modifiers) < 9:
            prev = tokens[j - 1]
            pw = prev.word
            if pw == "联合" and not modifiers and kind == "strong" and j >= 2 and _is_proper(tokens[j - 2]) \
                    and not _suffix_of(tokens[j - 2].word):
                modifiers.insert(0, prev)  # rules-61: 华泰 + 联合/v + 证券: "united" inside a firm's name
                length += len(pw)
                j -= 1
                continue
            if (kind in ("gov", "strong") and "bodies" in _RULES7 and prev.tag in ("v", "vn") and len(pw) == 2
                    and pw not in SPEECH_VERBS and pw not in _NAME_VERBS and j >= 2 and (
                        prev.tag == "vn" and kind == "gov" and (len(modifiers) <= 1 or modifiers[0].word in _INNER_CONJ)
                        or not modifiers and _name_verb_context(tokens, j - 1)
                        or "coordverb" in RULES10 and kind == "gov" and 2 <= len(modifiers) <= 3
                        and modifiers[0].tag in _DOMAIN_TAGS and modifiers[1].word in _INNER_CONJ)):
                # 投资 + 推广 + 署, 文化 和 旅游 + 厅, 香港 旅游/vn 发展局: a domain word inside the name, not a
                # predicate (香港 + 设立 + 委员会); the name must then start with a place or coordinate two domains
                modifiers.insert(0, prev)
                verb_inside = True
                length += len(pw)
                j -= 1
                continue
            if pw in ("）", ")") and j >= 3 and tokens[j - 3].word in ("（", "(") and len(tokens[j - 2].word) <= 4:
                modifiers[:0] = [tokens[j - 3], tokens[j - 2], prev]  # 合肥市建设投资控股（集团）有限公司
                length += sum(len(t.word) for t in tokens[j - 3 : j])
                j -= 3
                continue
            if pw in _INNER_CONJ and typ == "Law":
                break  # rules-22: 数据安全法 和 个人信息保护法: two laws, never one name
            if pw in _INNER_CONJ and j >= 2 and (left := _suffix_of(tokens[j - 2].word)) and left[2] == "weak":
                break  # rules-23: 创新中心 和 北京经济技术开发区: the left part ends another name
            if pw in _INNER_CONJ and (typ in _FIRM_TYPES or suffix in _SITES):
                break  # rules-25: 汇丰 及 渣打银行: companies are not named "A和B" (bodies and laws are)
            if pw in _INNER_CONJ and j >= 2 and modifiers and tokens[j - 2].tag not in _STOP_TAGS and not (
                    is_place_token(modifiers[0]) or modifiers[0].word in ("国家", "中国")):
                modifiers.insert(0, prev)  # 发展和改革委员会, 证券及期货事务监察委员会
                length += len(pw)
                j -= 1
                continue
            if (len(pw) == 1 and pw not in _FUNCTION_CHARS and "\u4e00" <= pw <= "\u9fff" and modifiers
                    and len(modifiers[0].word) == 1 and _is_proper(modifiers[0])):
                modifiers.insert(0, prev)  # 张 + 江 + 科学城: an unknown name split into single characters
                length += 1
                j -= 1
                continue
            if prev.tag == "f" and not modifiers and pw in _PART_DIRECTIONS and typ in _ZONE_TYPES and kind == "strong":
                modifiers.insert(0, prev)  # rules-41: 中部 + 科学园区: a direction alone names a zone of a country
                length += len(pw)
                j -= 1
                break
            if prev.tag == "f" and modifiers and (pw in _DIRECTIONS or pw in _PART_DIRECTIONS and (
                    typ in _ZONE_TYPES or any((z := _suffix_of(t.word)) and z[1] in _ZONE_TYPES for t in modifiers))):
                modifiers.insert(0, prev)  # rules-23: 南方/f + 科技大学, 西南 + 交通大学: a direction opens the name
                length += len(pw)
                j -= 1
                break
            if len(pw) > 1 and pw in _LEADING_PREPOSITIONS:
                break  # rules-59: 资金 + 投向/n + 岳西现代产业园区: a preposition jieba tags a noun ends the name
            if pw == "现代" and kind == "strong":
                modifiers.insert(0, prev)  # rules-59: 金寨 + 现代/t + 产业园区: jieba tags "modern" a time word
                length += len(pw)
                j -= 1
                continue
            if prev.tag in _STOP_TAGS or pw in SPEECH_VERBS or pw in ROLES or pw.isspace() or pw in _VISIT_WORDS:
                break
            if pw in _RELATION_NOUNS:
                break  # rules-45: 港航集团 + 旗下 + 芜湖港务有限责任公司: the parent ends before 旗下
            if "nextverb" in RULES10 and pw in JOINT_VERBS:
                break  # rules-10: 财政部 + 会同/n + 税务总局: two bodies acting together
            if suffix in _LEGAL_FORMS and modifiers and place_type(modifiers[0].word) in ("City", "Province") \
                    and prev.tag.startswith("v"):
                break  # rules-56: a registered name opens with its place (经营 + 郑州捷航…有限公司)
            if suffix in _LEGAL_FORMS and (prev.tag.startswith("v") or prev.tag == "a") and pw not in SPEECH_VERBS \
                    and (len(pw) >= 2 and frequency(pw) < _LEGAL_VERB_FREQ
                         or len(pw) == 1 and j >= 2 and tokens[j - 2].tag in _DOMAIN_TAGS | {"ns", "nr", "nz"}
                         or len(pw) == 1 and j >= 2 and len(tokens[j - 2].word) == 1 and modifiers
                         and tokens[j - 2].word not in _FUNCTION_CHARS and "\u4e00" <= tokens[j - 2].word <= "\u9fff"
                         and tokens[j - 2].tag not in _STOP_TAGS):  # (rules-48: 江阴 + 芯/ng 感/v + 智能科技有限公司)
                modifiers.insert(0, prev)  # rules-37: a registered name's trade word (华锦 + 织造, 积金 + 易 + 平台)
                length += len(pw)
                j -= 1
                continue
            if prev.tag.startswith("v") and pw not in _NAME_VERBS:
                break
            if prev.tag == "a" and (len(pw) == 1 or frequency(pw) >= COMMON_VERB_FREQ) and not (
                    pw in _NAME_ADJECTIVES and modifiers  # (rules-61: 中央 + 健康/a + 保险署: a domain word)
                    or j >= 2 and tokens[j - 2].word in _FOUNDED_BY):  # (国立 + 成功/a + 大学)
                break  # (rules-54: 中央 + 尊重/a + 地方政府: a common adjective or verb jieba tags a is a predicate)
            modifiers.insert(0, prev)
            length += len(pw)
            j -= 1
        # trim generic words and dangling conjunctions from the left (rules-10: not inside "A及B", 创新科技及工业局)
        keep = ("coordverb" in RULES10 and kind == "gov" and bool(modifiers) and modifiers[0].tag == "v"
                and _coordinated_domains(modifiers, True))
        while not keep and modifiers and (modifiers[0].word in GENERIC_MODIFIERS or modifiers[0].word in _INNER_CONJ
                             or modifiers[0].word in ("（", "(") or modifiers[0].word in _LEADING_PREPOSITIONS
                             or len(modifiers) > 1 and modifiers[0].tag.startswith("v")
                             and modifiers[1].word.startswith(("国家", "中国", "中央", "国务院"))):
            modifiers.pop(0)  # (rules-48: 建设 + 国家传感网创新示范区: a verb before 国家 opens no name)
        # a formal body name coordinating two domains: 文化和旅游部, 财经事务及库务局 (rules-7)
        coord = "bodies" in _RULES7 and kind == "gov" and (keep or _coordinated_domains(modifiers)) \
            and w not in _UNIT_OFFICES  # (rules-62: 村民 与 + 秀林乡公所: a township's office names no two domains)
        # a conjunction whose left part has nothing proper splits two names: keep the right part
        split_bad = False
        for k in range(len(modifiers) - 1, -1, -1):
            if modifiers[k].word in _INNER_CONJ:
                right = [t for t in modifiers[k + 1 :] if t.word not in GENERIC_MODIFIERS]
                if not right and not keep:
                    split_bad = True  # 阿里云与创业公司: a coordination, not one name
                elif any(len(t.word) > len(s[0]) and s[2] != "weak" for t in modifiers[:k]
                         if (s := _suffix_of(t.word))) or any(
                        _known_actor("".join(t.word for t in modifiers[m:k])) for m in range(k)):
                    modifiers = modifiers[k + 1 :]  # 汇丰银行和恒生银行: the left part is a complete name already
                    # (rules-61: 港铁 及 路政署: or a firm or body the term table knows)
                elif not any(_is_proper(t) or t.word in _STATE_WORDS for t in modifiers[:k]) and not (
                        kind == "gov" and coord):
                    modifiers = modifiers[k + 1 :]  # (国家发展和改革委员会 keeps its left part)
                break
        if split_bad:
            continue
        if not modifiers or suffix in _SITES and modifiers[-1].word.endswith("线"):
            continue  # (rules-52: 轻轨东线 + 隧道: the tunnel of a line the route rule names)
        if w in ("子公司", "分公司", "母公司", "总公司") and all(is_place_token(t) for t in modifiers[:-1]):
            continue  # rules-54: 美国 + 子公司: a firm's subsidiary in a place, no name
        if verb_inside and not (is_place_token(modifiers[0]) or coord):
            continue  # a verb inside a name only in a place's body or a formal "A和B" body name
        content = [t for t in modifiers if t.word not in GENERIC_MODIFIERS and t.tag != "x"]
        proper = any(_is_proper(t) for t in content) or any(t.word in ("国家", "中国", "中央", "国务院")
                                                            for t in modifiers)
        if typ in _ZONE_TYPES and len(modifiers) == 1 and modifiers[0].word in _PART_DIRECTIONS:
            proper = True  # rules-41: 供应 + 中部科学园区: a zone a direction names is a named one
        unit_body = len(modifiers) >= 2 and modifiers[-1].word in ("乡", "镇", "县") \
            and sum(len(t.word) for t in modifiers[:-1]) >= 2 \
            or w in _UNIT_OFFICES and sum(len(t.word) for t in modifiers) >= 2  # (rules-62: 秀林 + 乡公所)
        if unit_body:
            proper = True  # rules-49: a township's or county's own body (高树 + 乡 + 农会)
        if suffix in _BASES and not (any(is_place_token(t) or _known_actor(t.word) for t in modifiers)
                                     and not any(t.word in _NAME_VERBS for t in modifiers)):
            continue  # rules-64: a base a firm or a place names (比亚迪 + 合肥 + 基地), not a kind (中试基地)
        if typ == "Park" and w != suffix and len(w) >= 4 and frequency(w) < _RARE_SITE_FREQ \
                and w[: -len(suffix)] not in _SITE_KINDS \
                and not (tag_of(w[: -len(suffix)]) or "n").startswith(("v", "a", "d", "m")):  # (not 新建 + 水库)
            proper = True  # rules-41: a site jieba knows as one rare word is a named one (石门水库/n)
        if kind == "gov":
            if not (any(is_place_token(t) for t in modifiers) or tok.tag == "nt" or coord
                    or modifiers[0].word.startswith(("国家", "中国", "中央"))
                    or any(t.word in ("国家", "中国", "中央", "国务院") for t in modifiers)
                    or "orgs" in _RULES5 and len(modifiers) >= 2 and len(modifiers[0].word) >= 3
                    and (_suffix_of(modifiers[0].word) or ("", "", ""))[2] == "gov"
                    or _park_administration(modifiers) or unit_body):
                continue  # (a parent body first, 经济部 + 产业发展署; rules-59: 天堂寨/nr + 镇 + 党委, a unit's body)
        elif kind == "weak":
            if not proper:
                continue
        elif not proper and not any(len(t.word) >= 2 for t in content):
            continue
        elif (typ == "Park" or suffix in _SITES) and not proper and not any(is_place_token(t) for t in modifiers) and (
                suffix in _SITES or any(t.tag.startswith("v") for t in modifiers)
                or _introduces_a_kind(tokens, i, modifiers[0].start)):
            continue  # rules-27: 建起了 铁路物流园, 多个 人工智能产业园: a park of a kind, not a named one
        while len(modifiers) > 1 and (modifiers[0].word in _UNIT_HEADS or modifiers[0].word in _MAINLAND
                                      or modifiers[0].word == "中国" and modifiers[1].word in _MAINLAND):
            modifiers = modifiers[1:]  # rules-35: 北滘 + 镇 + 美的集团, 中国 + 大陆 + 海关总署: not the name's start
        start = modifiers[0].start
        label = text[start : tok.end]
        if typ == "Company" and label.endswith(("分行", "支行")) and "人民银行" in label:
            typ = "GovernmentBody"  # the central bank's provincial branches are regulators
        if typ in ("Company", "Investor", "Fund") and any(mk in label for mk in _STATE_MARKERS) and (
            is_place_token(modifiers[0]) or modifiers[0].word in ("国家", "中国", "中央")
        ):
            typ = "StateCapital" if typ != "Fund" else "Fund"
        conf = {"strong": 0.7, "gov": 0.65, "weak": 0.55}[kind] + (0.1 if proper else 0.0)
        out.append(Candidate(start, tok.end, label, typ, "suffix", min(conf, 0.85)))
    return out


# ---------------------------------------------------------------- rules-7: a place + a utility / carrier word
_UTILITY_WORDS = frozenset("电讯 电信 航空 地铁 港铁 电力 电气 燃气 煤气 置地 巴士 轮渡 水务".split())
_SPLIT_CARRIERS = frozenset("货航 货运航空".split())


def utility_company_candidates(tokens: Sequence[Token], is_place) -> list[Candidate]:
    """A place + a carrier or utility word names the company (香港电讯, 深圳地铁, 上海电气): jieba leaves both
    words apart. Not after 中国 (中国航空 is mostly the sector), nor when a noun phrase goes on
    (香港航空业, 上海电力需求)."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if i == 0:
            continue
        word, end, last = tok.word, tok.end, i
        if i + 1 < n and word + tokens[i + 1].word in _SPLIT_CARRIERS:
            word, end, last = word + tokens[i + 1].word, tokens[i + 1].end, i + 1  # rules-56: 卢森堡 + 货/n 航/n
        elif word not in _UTILITY_WORDS:
            continue
        prev = tokens[i - 1]
        if prev.word == "中国" or len(prev.word) < 2 or not (is_place(prev.word) or prev.tag == "ns"):
            continue
        if prev.word in NOT_PLACES:
            continue
        nxt = tokens[last + 1] if last + 1 < n else None
        if nxt is not None and (nxt.tag in ("n", "nz", "ng", "k") or nxt.word in ("业", "市场")):
            continue
        out.append(Candidate(prev.start, end, prev.word + word, "Company", "suffix", 0.55))
    return out


# ---------------------------------------------------------------- gazetteer
def gazetteer_candidates(text: str, gazetteer: Gazetteer | None, folded: str | None = None) -> list[Candidate]:
    """Curated labels and aliases (either script): a match is that curated entity."""
    if gazetteer is None or len(gazetteer) == 0:
        return []
    out = []
    for m in gazetteer.find_normalized(text, _identity, text, folded):
        if not _DEICTIC.search(m.text):
            out.append(Candidate(m.start, m.end, m.text, m.type, "gazetteer", 0.95, m.entity_id))
    return out


# A curated label or alias that points at its text's own author (作者本人, 笔者, 本文作者) means someone else in
# every other text: it is never matched outside curation.
_DEICTIC = re.compile(r"作者|笔者|本人|本文")


# ---------------------------------------------------------------- built-in term lexicon


# rules-17: a three-character term must sit on token boundaries when it names a kind (the concept layer), not
# when it names one body (立法院 in 立法/院内, 国务院)
RULES17 = frozenset({"layers"})
_GENERIC_TERM_TYPES = frozenset({"Concept", "Sector", "Technology", "PolicyInstrument", "ActorGroup", "Region",
                                 "Policy", "GovernmentBody"})
_PAREN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）]")


def _identity(s: int, e: int) -> tuple[int, int]:
    return s, e


def lexicon_candidates(text: str, tokens: Sequence[Token], folded: str | None = None) -> list[Candidate]:
    """Built-in terms (kg.extract.terms). A short term must start and end on jieba token boundaries (美的 does not
    match inside 完美的); a name of 3+ characters need not (jieba cuts 追上台积电 as 追/上台/积/电)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    out = []
    for m in term_gazetteer().find_normalized(text, _identity, text, folded):
        n = m.end - m.start
        generic = m.entity_id in CONCEPT_TERMS if "layers" in RULES17 else m.type in _GENERIC_TERM_TYPES
        if (n <= 2 or n == 3 and generic) and not (m.start in starts and m.end in ends):
            continue
        end = m.end
        label = m.entity_id
        if m.type == "Company":
            p = _PAREN_PLACE.match(text, end)
            if p and place_type(p.group(1)):  # 大众汽车（安徽）: the local company
                end = p.end()
                label = text[m.start : end]
        out.append(Candidate(m.start, end, label, m.type, "lexicon", 0.6))
    return out


_SECRETARY_TITLES = {"党委书记": "书记", "党委副书记": "副书记", "党工委书记": "书记", "党工委副书记": "副书记"}
_STRONG_TAILS = frozenset(s[k:] for s in _STRONG for k in range(1, len(s)))  # what a cut strong suffix ends in


def refine_tokens(tokens: Sequence[Token], terms: Sequence[Candidate]) -> list[Token]:
    """jieba tokens with built-in terms joined into one noun (大/数据 -> 大数据) and a suffix word glued to a role
    split off (大学教授 -> 大学 + 教授), so the suffix and enumeration rules see name parts."""
    ends_at: dict[int, int] = {}
    for c in terms:
        if c.end > ends_at.get(c.start, 0):
            ends_at[c.start] = c.end
    # rules-48: a place the term lexicon knows is a place token whatever jieba's tag (红磡/n + 体育馆)
    places = {(c.start, c.end) for c in terms if c.type in PLACE_TYPES}
    out: list[Token] = []
    k = 0
    n = len(tokens)
    while k < n:
        t = tokens[k]
        e0 = ends_at.get(t.start)
        if e0 is not None and e0 > t.end:
            j = k
            while j < n and tokens[j].end < e0:
                j += 1
            if j < n and tokens[j].end == e0:
                out.append(Token(t.start, e0, "".join(x.word for x in tokens[k : j + 1]),
                                 "ns" if (t.start, e0) in places else "n"))
                k = j + 1
                continue
        w = t.word
        if (t.start, t.end) in places and t.tag != "ns":
            t = Token(t.start, t.end, w, "ns")
        if len(w) >= 3 and w[-1] == "籍" and (w[:-1] in COUNTRIES or place_type(w[:-1]) is not None):
            # rules-56: a nationality or a native place glued to 籍 (越南籍/nr + 工程师): the place is named
            out.append(Token(t.start, t.end - 1, w[:-1], "ns"))
            out.append(Token(t.end - 1, t.end, "籍", "n"))
            k += 1
            continue
        if w in _SECRETARY_TITLES and out and (out[-1].word[-1:] in "乡镇县区市村省" or out[-1].tag == "ns"):
            # rules-59: a unit's party committee before its secretary's title (天堂寨镇 + 党委书记): 党委 + 书记
            cut = t.start + len(w) - len(_SECRETARY_TITLES[w])
            out.append(Token(t.start, cut, w[: cut - t.start], "n"))
            out.append(Token(cut, t.end, _SECRETARY_TITLES[w], "n"))
            k += 1
            continue
        if len(w) == 2 and w[0] in "乡镇县区市村" and w[1] not in "乡镇县区市村" and k + 1 < n \
                and w[1] + tokens[k + 1].word in _SUFFIX_BY_WORD and tokens[k + 1].start == t.end:
            # (rules-59: not 乡镇 + 公所, the kind of office)
            # rules-49: a unit's suffix glued to a body's first character (高树 + 乡农/n + 会/v: 高树乡 + 农会)
            out.append(Token(t.start, t.start + 1, w[0], "n"))
            out.append(Token(t.start + 1, tokens[k + 1].end, w[1] + tokens[k + 1].word, "n"))
            k += 2
            continue
        if k + 1 < n and tokens[k + 1].word in _STRONG_TAILS and w + tokens[k + 1].word in _STRONG \
                and tokens[k + 1].start == t.end:
            # rules-12: a strong suffix jieba cuts in two (研发/院, 科技/城) is one word for the suffix rules
            out.append(Token(t.start, tokens[k + 1].end, w + tokens[k + 1].word, "n"))
            k += 2
            continue
        if (len(w) >= 4 or len(w) == 3 and w[0] == w[1] and "bodies" in _RULES7) and w[-2:] in _ROLE_SET \
                and _suffix_of(w[:-2]):  # 大学教授 -> 大学 + 教授; rules-7: 局局长 -> 局 + 局长
            out.append(Token(t.start, t.end - 2, w[:-2], "n"))
            out.append(Token(t.end - 2, t.end, w[-2:], "n"))
        else:
            out.append(t)
        k += 1
    return out



# ---------------------------------------------------------------- concept compounds: modifier + head word
_HEADS = {
    "主义": "Concept", "思维": "Concept", "经济": "Concept", "效应": "Concept", "偏差": "Concept", "红利": "Concept",
    "壁垒": "Concept", "垄断": "Concept", "保护": "Concept", "陷阱": "Concept", "悖论": "Concept", "困境": "Concept",
    "内卷": "Concept", "竞赛": "Concept", "范式": "Concept", "生态": "Concept", "执法": "Concept",
    "招商": "PolicyInstrument", "补贴": "PolicyInstrument", "补助": "PolicyInstrument", "条款": "PolicyInstrument",
    "通道": "PolicyInstrument", "优惠": "PolicyInstrument", "清单": "PolicyInstrument", "沙盒": "PolicyInstrument",
    "改革": "Reform", "试点": "Programme", "基金": "Fund", "制度": "Policy", "战略": "Policy",
    "关税": "PolicyInstrument",  # rules-6: 惩罚性关税, 报复性关税
}  # 政策 / 开放 / 模式 were tried as heads and dropped: mostly generic phrases (实质性政策, 基建模式)
# modifiers too vague to make a named concept with these heads (全球经济, 地方政策, 相关制度 …)
_WEAK_MODS = frozenset(
    "全球 世界 国内 国际 整体 宏观 区域 当地 本地 全国 城市 相关 有关 各项 各类 其他 现有 现行 原有 传统 新 老 "
    "这种 那种 这些 那些 一种 各种 上述 该 本 此 其 我国 国家 政府 中央 地方 企业 市场 行业 产业 经济 社会 整个 "
    "部分 多项 主要 重要 基本 具体 有效 良好 必要 一定 更多 更好 同样 不同 类似 特定 专项 配套 支持 扶持 优惠 "
    "保护 开放 创新 发展 管理 政策 制度 "
    "所有 一切 任何 全部 每项 这项 那项 此项 这次 此次 本次 本轮 新一轮 上一轮".split()  # (rules-61: 所有改革)
)
_MOD_TAGS = frozenset("n nz vn an b l j nt oov eng ng nrt".split())
_WEAK_HEADS = frozenset({"经济", "政策", "制度", "生态", "模式", "开放", "战略", "基金", "改革", "保护", "试点"})


def concept_candidates(text: str, tokens: Sequence[Token], is_place) -> list[Candidate]:
    """Noun phrases ending in a concept or policy head word: 地方保护主义, 绿灯思维, 盖章经济, 幸存者偏差,
    制度性壁垒, 芯片流片补贴, 药品审评审批制度改革. Modifiers are 1-4 content tokens (nouns, noun-verbs,
    distinguishing words, unknown words); a place as first modifier is not a concept (中国经济)."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        typ = _HEADS.get(tok.word)
        if typ is None:
            continue
        if i + 1 < n and tokens[i + 1].tag in _MOD_TAGS and tokens[i + 1].word not in _HEADS and len(
                tokens[i + 1].word) >= 2 and tokens[i + 1].tag != "eng":
            continue  # the phrase goes on (保护主义者, 改革方案): not a head here
        mods: list[Token] = []
        j = i
        while j > 0 and len(mods) < 4:
            prev = tokens[j - 1]
            w = prev.word
            ok = (prev.tag in _MOD_TAGS or prev.tag == "a" and len(w) >= 2 or w in _HEADS
                  or len(w) == 1 and w in "性型式化") and w not in SPEECH_VERBS and not w.isspace()
            if not ok or w in ROLES:
                break
            mods.insert(0, prev)
            j -= 1
        while mods and (mods[0].word in _WEAK_MODS or mods[0].word in "性型式化" or is_place(mods[0].word)
                        or mods[0].tag == "ns"):
            mods.pop(0)
        if not mods:
            continue
        if tok.word in _WEAK_HEADS and len(mods) == 1 and (mods[0].word in _WEAK_MODS or len(mods[0].word) < 2):
            continue
        if tok.word in ("制度", "战略") and mods[-1].word.endswith("性"):
            continue  # 基础性制度, 全局性战略: a description, not a name
        s0, e0 = mods[0].start, tok.end
        if not 3 <= e0 - s0 <= 12:
            continue
        out.append(Candidate(s0, e0, text[s0:e0], typ, "concept", 0.5))
    return out


# ---------------------------------------------------------------- quoted terms: “店小二”, “数据商”
_QUOTED_TERM = re.compile(r"(?<![：:])[“「『]([\u4e00-\u9fffA-Za-z0-9.]{2,6})[”」』]")
_NOT_TERM_CHARS = re.compile(r"[的了是吗呢吧着过我你他她它们就都也又很太才把被让给要会能说]")


_NOUN_TAGS = frozenset("n nz vn an nt nr nrt ns j eng oov ng".split())


def quoted_term_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """A short quoted noun is a term the writer names (a metaphor, a label): a Concept unless typed elsewhere.
    A quoted verb phrase or idiom (“开后门”, “怕出事”) is speech, not a term: the last word must be a noun."""
    out = []
    by_end = {t.end: t for t in tokens}
    by_start = {t.start: t for t in tokens}
    for m in _QUOTED_TERM.finditer(text):
        inner = m.group(1)
        if _NOT_TERM_CHARS.search(inner) or inner.isdigit() or text[max(0, m.start() - 1) : m.start()] in ("说", "道"):
            continue
        last, first = by_end.get(m.end(1)), by_start.get(m.start(1))
        if last is None or last.tag not in _NOUN_TAGS or first is None or first.tag.startswith(("v", "d")):
            continue
        out.append(Candidate(m.start(1), m.end(1), inner, "Concept", "concept", 0.45))
    return out


# ---------------------------------------------------------------- government bodies by function: 经信部门, 市场监管局
_GOV_DOMAINS = (
    "经信|工信|发改|发展改革|市场监管|财政|科技|商务|税务|教育|生态环境|环保|住建|自然资源|国土|金融监管|网信|公安|卫健|"
    "卫生健康|医保|人社|交通运输|农业农村|文旅|统计|审计|国资|外汇|知识产权|数据|应急管理|民政|司法|水利|能源|招商|工商|"
    "质监|药监|证券监管|银行业监管"
)
_GOV_BODY = re.compile(r"(?:(?:省|市|区|县|国家)(?=" + _GOV_DOMAINS + "))?(?:" + _GOV_DOMAINS
                       + r")(?:主管部门|部门|委员会|委|总局|局|厅|办公室|办)|科委|"
                       r"县级以上(?:地方)?(?:各级)?(?:人民)?政府(?:有关部门)?|(?:省|市|县|区|乡镇)级政府|各级政府|基层政府")
_STATE_ABBR = re.compile(r"([\u4e00-\u9fff]{2})(产投|建投|城投|国投|科投|金控|交投|文投|高投)")


# rules-56: a division of the Xinjiang corps, which governs its cities (兵团第八师石河子市, 兵团第一师)
_CORPS_DIVISION = re.compile(r"兵团(第[一二三四五六七八九十]{1,3}师)")
# rules-63: a Hong Kong hospital cluster, by the area and the direction it serves (新界东医院联网, 九龙西医院联网:
# jieba reads 西医 + 院 there, so the hospital rule misses the west clusters)
_CLUSTER = re.compile(r"([\u4e00-\u9fff]{2,3}?)([东西南北中]?)医院联网")


def govpattern_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _GOV_BODY.finditer(text):
        s0 = m.start()
        for k in (3, 2):  # a place right before: 杭州市经信局, 浙江省科技厅
            pre = text[max(0, s0 - k) : s0]
            if len(pre) == k and place_type(pre.rstrip("省市区县") or pre):
                s0 -= k
                break
        out.append(Candidate(s0, m.end(), text[s0 : m.end()], "GovernmentBody", "govpat", 0.6))
    for m in _STATE_ABBR.finditer(text):
        if place_type(m.group(1)):
            out.append(Candidate(m.start(), m.end(), m.group(), "StateCapital", "govpat", 0.6))
            continue
        for k in (2, 3):  # rules-59: a city, then the holding's own name (合肥 + 兴泰 + 金控)
            s0 = m.start() - k
            if s0 >= 0 and place_type(text[s0 : m.start()]) in ("City", "Province"):
                out.append(Candidate(s0, m.end(), text[s0 : m.end()], "StateCapital", "govpat", 0.55))
                break
    for m in _CORPS_DIVISION.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "GovernmentBody", "govpat", 0.6))
    if "医院联网" in text:
        for m in _CLUSTER.finditer(text):
            for k in range(len(m.group(1)) - 1):  # the area's name may start later: 隶属 + 新界 + 东医院联网
                if place_type(m.group(1)[k:]):
                    out.append(Candidate(m.start(1) + k, m.end(), m.group()[k:], "GovernmentBody", "govpat", 0.6))
                    break
    return out


# ---------------------------------------------------------------- unnamed specific actors: 某AI初创企业, 杭州某…公司
_SOME = re.compile(r"某(?:一)?(?:家|位|个)?([A-Za-z0-9\u4e00-\u9fff]{0,10}?)(企业|公司|集团|机构|平台|银行|基金)"
                   r"(创始人|负责人|高管|董事长|总经理|CEO|员工)?")


def unnamed_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _SOME.finditer(text):
        if "的" in m.group(1) or "，" in m.group(1):
            continue
        s0 = m.start()
        for k in (3, 2):
            pre = text[max(0, s0 - k) : s0]
            if len(pre) == k and place_type(pre):
                s0 -= k
                break
        typ = "Person" if m.group(3) else "Company"
        out.append(Candidate(s0, m.end(), text[s0 : m.end()], typ, "govpat", 0.5))
    return out


# ---------------------------------------------------------------- coordination with a known company
_PROPER_TAGS = frozenset({"oov", "nz", "nt", "nr", "nrt", "j", "eng"})
_COORD_SEP = frozenset({"、", "和", "与", "及", "以及", "或"})
_CO_WORDS = ("汽车", "科技", "电子", "通信", "生物", "医药", "药业", "制药", "能源", "智能", "网络", "软件", "半导体",
             "微电子", "光电", "动力", "电气", "股份", "集团", "控股", "银行", "证券", "保险", "量子")


# rules-10: more trade words a listed company's name may end in (银河娱乐, 海螺水泥)
_CO_WORDS10 = ("娱乐", "文化", "传媒", "地产", "置业", "物流", "食品", "水泥", "钢铁", "化工", "材料", "重工", "航运",
               "实业", "矿业", "新材", "机械", "医疗")


# rules-27: nouns that relate one firm to another and are never part of its name (广达 + 旗下 + 的云达科技)
_RELATION_NOUNS = frozenset("旗下 子公司 母公司 控股股东 大股东 股东 合作伙伴 客户 供应商 竞争对手 对手".split()
                            + "所属 下属 隶属".split())  # (rules-63: 福州海关 + 所属 + 平潭海关)


def coordination_candidates(text: str, tokens: Sequence[Token], known: Sequence[Candidate]) -> list[Candidate]:
    """Items coordinated (、 和 与 及) with a company the rules already know are companies too: 比亚迪、大众汽车和
    江淮汽车. An item must look like a name (an unknown or proper word, or a word ending in 汽车 科技 医药 …)."""
    lists = "lists" in RULES10
    co_types = ("Company", "StateCapital", "Investor") if lists else ("Company",)
    companies = [c for c in known if c.type in co_types and c.source in ("lexicon", "gazetteer", "suffix", "latin")]
    if not companies:
        return []
    by_start = {t.start: k for k, t in enumerate(tokens)}
    by_end = {t.end: k for k, t in enumerate(tokens)}
    out = []

    def item_from(k: int, direction: int) -> list[Token]:
        item: list[Token] = []
        while 0 <= k < len(tokens) and len(item) < (4 if lists else 3):
            t = tokens[k]
            if t.word in _COORD_SEP or t.word in _RELATION_NOUNS or t.tag in _STOP_TAGS \
                    or t.tag.startswith("v") and t.word not in _NAME_VERBS \
                    and not (lists and t.tag == "vn" and t.word in _CO_WORDS + _CO_WORDS10):
                break  # (rules-10: a trade word tagged as a verbal noun inside a name, 银河 + 娱乐; not 与ASML + 合作)
            item.insert(0, t) if direction < 0 else item.append(t)
            k += direction
            if direction > 0 and (suffix := _suffix_of(t.word)) and suffix[2] != "weak":
                break  # rules-25: 汇丰 及 渣打银行 + 近月: a name ends at its suffix
        return item

    seen = {(c.start, c.end) for c in companies}
    places = [(c.start, c.end) for c in known if c.type in PLACE_TYPES]  # rules-13: 德州 + 休士顿 is no company
    queue = list(companies)
    while queue:
        c = queue.pop(0)
        for direction in (-1, 1):
            k = by_end.get(c.start) if direction < 0 else by_start.get(c.end)
            if k is None:
                continue
            k = k - 1 if direction < 0 else k
            if direction < 0:
                k += 1
            # k: index of the separator token next to the company
            k = by_end.get(c.start, -1) if direction < 0 else by_start.get(c.end, -1)
            if k < 0 or tokens[k].word not in _COORD_SEP:
                continue
            item = item_from(k + direction, direction)
            if not item:
                continue
            word = "".join(t.word for t in item)
            if not 2 <= len(word) <= 8 or word in GENERIC_MODIFIERS or place_type(word) or ANONYMISED.match(word) \
                    or word in _SUFFIX_BY_WORD:
                continue  # (rules-61: …有限公司 与 银行: a suffix word alone is the kind of firm)
            if not (any(t.tag in _PROPER_TAGS and not (t.tag == "eng" and t.word.lower() in GENERIC_LATIN)
                        for t in item) or word.endswith(_CO_WORDS)
                    or lists and len(item) >= 2 and (word.endswith(_CO_WORDS10) or any(
                        t.tag == "ns" and not place_type(t.word) for t in item))) or all(t.tag == "vn" for t in item):
                continue
            cand = Candidate(item[0].start, item[-1].end, word, "Company", "enum", 0.5)
            if all(place_type(t.word) or any(a <= t.start and t.end <= b for a, b in places) for t in item):
                continue
            if (cand.start, cand.end) in seen:
                continue
            seen.add((cand.start, cand.end))
            out.append(cand)
            if lists and len(out) < 12:
                queue.append(cand)  # rules-10: walk the rest of the list from the new member
    return out

# ---------------------------------------------------------------- overlap resolution
def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Longest span first, then source priority, then leftmost; keep non-overlapping spans."""
    last_start: dict[int, int] = {}  # end -> the latest start of a curated non-place mention ending there
    for c in cands:
        if c.source == "gazetteer" and c.type not in PLACE_TYPES and c.start > last_start.get(c.end, -1):
            last_start[c.end] = c.start
    dropped: set[int] = set()
    for k, c in enumerate(cands):
        if c.source in ("suffix", "place", "latin", "person", "enum") and last_start.get(c.end, -1) > c.start:
            dropped.add(k)
    order = sorted((k for k in range(len(cands)) if k not in dropped),
                   key=lambda k: (-(cands[k].end - cands[k].start), -_PRIORITY[cands[k].source], cands[k].start))
    end = max((c.end for c in cands), default=0)
    taken = bytearray(end)
    chosen: list[Candidate] = []
    for k in order:
        c = cands[k]
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: (c.start, c.end))
    return chosen


def _gap_fillers(new: list[Candidate], known: Sequence[Candidate]) -> list[Candidate]:
    """rules-8 candidates that overlap no candidate of the other rules (a place only under an actor group:
    中国 + 企业). Why: the overlap resolution prefers the longer span, and a low-confidence compound must not
    swallow a name (投资 + 京东方, 服务 + 中芯国际)."""
    if not new:
        return []
    end = max(max((c.end for c in known), default=0), max(c.end for c in new))
    named = bytearray(end)
    placed = bytearray(end)
    for c in known:
        mark = placed if c.source == "place" and c.type in PLACE_TYPES else named
        mark[c.start : c.end] = b"\x01" * (c.end - c.start)
    out = []
    for c in new:
        if named.find(1, c.start, c.end) >= 0 and c.source == "concept":
            continue
        if placed.find(1, c.start, c.end) >= 0 and c.source == "concept" and c.type != "ActorGroup":
            continue
        out.append(c)
    return out


_CITY_OR_LARGER = frozenset({"City", "Province", "Country", "Region"})


def rule_candidates(text: str, tokens: Sequence[Token], gazetteer: Gazetteer | None) -> tuple[
        list[Candidate], list[Token], Callable[[str], bool]]:
    """Every rule's candidates (overlapping), the refined tokens and the place test: what `detect` resolves,
    and what the concept classifier's training (gold/dev/train_concepts.py) sees."""

    def is_place(word: str) -> bool:
        return place_type(word) is not None or (gazetteer is not None and (gazetteer.lookup(word) or ("", ""))[1]
                                                in PLACE_TYPES)

    folded = fold(text)
    terms = lexicon_candidates(text, tokens, folded)
    tokens = refine_tokens(tokens, terms)
    cands: list[Candidate] = []
    cands += gazetteer_candidates(text, gazetteer, folded)
    cands += title_candidates(text)
    cands += news_brand_candidates(text)
    cands += estate_candidates(text)
    cands += quote_candidates(text, is_place)
    cands += latin_candidates(text)
    cands += person_candidates(text)
    cands += latin_person_candidates(text)
    cands += dotted_name_candidates(tokens)
    cands += terms
    cands += suffix_candidates(text, tokens)
    cands += place_candidates(tokens)
    cands += china_abbreviation_candidates(tokens)
    cands += whole_place_candidates(text)
    if "admin" in _RULES6:
        cands += admin_place_candidates(tokens, is_place)
    if "foreign" in _RULES6:
        cands += foreign_name_candidates(text)
    if "stations" in _RULES7:
        cands += facility_candidates(tokens, is_place)
        cands += station_candidates(text)
        cands += street_candidates(tokens, lambda w: place_type(w) in _CITY_OR_LARGER)
        cands += school_candidates(text)
        cands += route_candidates(text, is_place)
        cands += event_candidates(text)
    if "utility" in _RULES7:
        cands += utility_company_candidates(tokens, is_place)
    named = merged_name_runs(tokens)  # unknown names' characters as one token, read by the next three rules
    cands += enumeration_candidates(text, named)
    cands += firm_slot_candidates(named)
    cands += brand_candidates(named, lambda w: place_type(w) is not None)
    if "—" in text or "－" in text or "-" in text or "–" in text:
        cands += pact_candidates(text, lambda w: place_type(w) is not None)
    cands += numbered_product_candidates(named)
    cands += night_market_candidates(named, lambda w: place_type(w) in _CITY_OR_LARGER)
    cands += concept_candidates(text, tokens, is_place)
    cands += quoted_term_candidates(text, tokens)
    cands += govpattern_candidates(text)
    cands += unnamed_candidates(text)
    if "connect" in _RULES5:
        cands += connect_candidates(text, tokens)
    if "oovco" in _RULES5:
        cands += oov_company_candidates(text, tokens)
        cands += factory_candidates(text, tokens)
    if "compound" in _RULES5:
        cands += compound_concept_candidates(text, tokens, is_place)
    if "groups" in _RULES5:
        cands += actor_group_candidates(text, tokens, is_place)
    cands += coordination_candidates(text, tokens, cands)
    # rules-10 (kg.extract.names10): general named-layer shapes
    if "bureau" in RULES10:  # (rules-63: before the units, which a bare bureau has too: 农田水利署 + 新竹管理处)
        cands += bureau_candidates(text, tokens, is_place_token)
    if "subunit" in RULES10:
        cands += subunit_candidates(text, tokens, cands)
    if "assoc" in RULES10:
        cands += association_candidates(text, tokens, is_place_token)
    if "appos" in RULES10:
        cands += apposition_candidates(text, tokens, is_place_token, _suffix_of)
    if "siblings" in RULES10:
        cands += sibling_candidates(text, tokens, cands, _suffix_of)
    # rules-8 (kg.extract.concepts): concept-layer terms, only where no other rule found anything
    cands += _gap_fillers(concept_layer_candidates(text, tokens, is_place, cands), cands)
    cands += ner.gated(text, cands)  # [] unless a tagger is selected (kg extract --ner, KG_NER)
    kept = [_without_regional_unit(_without_country(c)) for c in cands if not _secretary(text, c)]
    return kept, tokens, is_place


_REGIONAL_UNIT = re.compile(r"(?:中国|台湾|香港|大中华|亚太|亚洲|华东|华南|华北|华中|西南|东北|欧洲|北美)区$")


def _without_regional_unit(c: Candidate) -> Candidate:
    """rules-53: a firm's regional unit (西门子能源 + 中国区, 沃旭能源 + 台湾区) is the firm: the name ends
    before it."""
    if c.type not in _FIRM_TYPES or c.source not in ("enum", "suffix", "latin"):
        return c
    m = _REGIONAL_UNIT.search(c.label)
    if m is None or m.start() < 2:
        return c
    return replace(c, end=c.end - (len(c.label) - m.start()), label=c.label[: m.start()])


def _secretary(text: str, c: Candidate) -> bool:
    """rules-48: 财政司 / 政务司 / 律政司 + 司长 is Hong Kong's title of a secretary, not a department the text names
    (every dev annotator leaves it out)."""
    return c.type == "GovernmentBody" and c.label.endswith("司") and text[c.end : c.end + 2] == "司长"


_COUNTRY_PREFIX = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")")


def _without_country(c: Candidate) -> Candidate:
    """rules-25: a list member that opens with a country (意大利CIFA, 德国博世) is the firm; the country only says
    where it is (the place rule finds the country itself)."""
    if c.type not in _FIRM_TYPES or c.source not in ("enum", "suffix"):
        return c
    m = _COUNTRY_PREFIX.match(c.label)
    if c.source == "suffix" and (m is None or not c.label[m.end() : m.end() + 1].isascii()):
        return c  # rules-53: a foreign firm's Latin name after its country (意大利 + Unitec公司), not 美国商务部
    if m is None or len(c.label) - m.end() < 2 or place_type(c.label[m.end():]):
        return c
    return replace(c, start=c.start + m.end(), label=c.label[m.end():])


# ---------------------------------------------------------------- enumerations: A、B和C等(一批)企业
_CLASS_NOUNS = (
    ("龙头企业", "Company"), ("科技公司", "Company"), ("互联网公司", "Company"), ("企业", "Company"),
    ("公司", "Company"), ("巨头", "Company"), ("厂商", "Company"), ("药企", "Company"), ("车企", "Company"),
    ("央企", "Company"), ("国企", "Company"), ("民企", "Company"), ("券商", "Company"), ("银行", "Company"),
    ("平台", "Company"), ("品牌", "Company"), ("资本", "Investor"), ("机构", "Investor"), ("基金", "Fund"),
    ("高校", "University"), ("大学", "University"), ("城市", "City"), ("省份", "Province"), ("国家", "Country"),
    ("园区", "Park"), ("数据中心", "Company"),
    ("团队", "Company"), ("工作室", "Company"),  # rules-34: studios (墨境天合等团队)
    ("县", "District"),  # rules-50: counties named without their unit (洛川、宜川等县)
)
_ENUM_TAIL = re.compile(r"等(?:[一几多数众若干十百]+[批家个所座]|国内外|国内|全球|海内外|[^，。；、]{0,6}?)?("
                        + "|".join(k for k, _ in _CLASS_NOUNS) + ")")
_EXAMPLE_HEAD = re.compile(r"(" + "|".join(k for k, _ in _CLASS_NOUNS) + r")[^，。；]{0,8}?[（(]?(?:如|例如|比如|包括)")
_SEPARATORS = frozenset({"、", "和", "与", "及", "以及"})


def _item_ok(item: Sequence[Token]) -> bool:
    word = "".join(t.word for t in item)
    if not 2 <= len(word) <= 14 or any(t.tag == "x" and t.word not in "（）()" for t in item):
        return False
    if all(t.word in GENERIC_MODIFIERS for t in item) or word in GENERIC_MODIFIERS:
        return False
    if ANONYMISED.match(word):
        return False
    if len(item) == 1 and item[0].tag in ("n", "vn") and frequency(word) >= _COMMON_ITEM_FREQ:
        return False  # rules-43: 鞋服、电气等传统制造企业: a list of trades, not of names
    opener = len(item) == 2 and item[1].word in _CO_WORDS  # (rules-58: 纵横/v + 股份)
    return not any(t.tag.startswith("v") and t.word not in _NAME_VERBS for t in item[opener:])


_COMMON_ITEM_FREQ = 1000


def _balanced(item: list[Token]) -> list[Token]:
    """rules-15: an item without its bracket's other half ends before it (如浦东科创集团) -> 浦东科创集团)."""
    while item and item[-1].word in ")）" and not any(t.word in "(（" for t in item[:-1]):
        item = item[:-1]
    while item and item[0].word in "(（" and not any(t.word in ")）" for t in item[1:]):
        item = item[1:]
    return item


def _single_name(item: Sequence[Token]) -> bool:
    """A lone item before 等 + a class noun that looks like a name: a proper word (not a place), or two or more
    words ending in a trade word (海螺 + 水泥), 3-8 characters."""
    word = "".join(t.word for t in item)
    if not 2 <= len(word) <= 8 or place_type(word) or item[0].word in GENERIC_MODIFIERS:
        return False
    if any(t.tag.startswith("v") for t in item):
        return False
    if any(t.tag in _PROPER_TAGS for t in item) and not all(is_place_token(t) for t in item):
        return len(word) >= 2
    return len(item) >= 2 and len(word) >= 4 and word.endswith(_CO_WORDS + _CO_WORDS10)


_NUMERAL_CHARS = frozenset("零一二三四五六七八九十百千万亿两几第")


def merged_name_runs(tokens: Sequence[Token]) -> list[Token]:
    """rules-34: runs of two to four single Han characters as one unknown-name token (tag "oov"). jieba cuts a name
    it does not know into characters and tags them at random (尼/nr 毕/v 鲁/nr, 墨/nr 境/s 天/q 合/v), so a walk
    that stops at verbs or numerals stops inside the name. A function character or numeral ends a run."""
    out: list[Token] = []
    run: list[Token] = []

    def flush() -> None:
        if 2 <= len(run) <= 4:
            out.append(Token(run[0].start, run[-1].end, "".join(t.word for t in run), "oov"))
        else:
            out.extend(run)
        run.clear()

    for t in tokens:
        if len(t.word) == 1 and "\u4e00" <= t.word <= "\u9fff" and t.word not in _FUNCTION_CHARS \
                and t.word not in _NUMERAL_CHARS and t.tag not in ("p", "c", "u", "uj", "ul", "r", "d"):
            run.append(t)
            continue
        flush()
        out.append(t)
    flush()
    return out


def enumeration_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """Items of a list that ends in 等 + a class noun (华为、中兴通讯、比亚迪等终端企业) or follows 如 after one.
    `tokens` should have unknown names' characters merged (merged_name_runs), as rule_candidates gives them."""
    out: list[Candidate] = []
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    spans: list[tuple[int, int, str]] = []  # (first token index, last token index exclusive, type)
    for m in _ENUM_TAIL.finditer(text):
        if re.search(r"领域|行业|产业|赛道|方向|环节|方面|技术", m.group()):
            continue  # 新能源、人工智能等领域的企业: a list of fields, not of companies
        k = ends.get(m.start())
        if k is not None:
            typ = dict(_CLASS_NOUNS)[m.group(1)]
            # walk left from token k (rules-10: from the item right before 等, which the walk used to skip)
            spans.append((k + 1 if "lists" in RULES10 else k, -1, typ))
    token_starts = [t.start for t in tokens]
    for m in _EXAMPLE_HEAD.finditer(text):
        k = starts.get(m.end())
        cue_start = m.end() - (2 if text[m.end() - 2 : m.end()] in ("例如", "比如", "包括") else 1)
        lo = bisect.bisect_left(token_starts, m.end(1))
        hi = bisect.bisect_left(token_starts, cue_start)
        gap = [t for t in tokens[lo:hi] if t.end <= cue_start]  # the words between the class noun and 如
        if any(t.tag.startswith(("v", "p")) and t.word not in _NAME_VERBS for t in gap):
            continue  # rules-15: 企业 + 在沙盒中试错 + (如 …): the examples are of the clause, not of the class noun
        if k is not None:
            spans.append((k, +1, dict(_CLASS_NOUNS)[m.group(1)]))
    for k, direction, typ in spans:
        items: list[list[Token]] = []
        cur: list[Token] = []
        i = k if direction == -1 else k
        steps = 0
        while 0 <= (i - 1 if direction == -1 else i) < len(tokens) and steps < 40:
            tok = tokens[i - 1] if direction == -1 else tokens[i]
            i += direction
            steps += 1
            if tok.word in _SEPARATORS:
                if cur:
                    items.append(cur)
                cur = []
                continue
            if direction == -1 and tok.tag.startswith("v") and len(tok.word) == 2 and len(cur) == 1 \
                    and cur[0].word in _CO_WORDS and tok.word not in SPEECH_VERBS:
                cur.insert(0, tok)  # rules-58: a verb opens a listed firm's name (纵横/v + 股份、…等企业)
                continue
            if tok.tag in _STOP_TAGS and tok.word not in "（）()" or tok.word in SPEECH_VERBS or tok.word.isspace() \
                    or tok.tag.startswith("v") and tok.word not in _NAME_VERBS or tok.word in ("等", "如"):
                break
            if direction == -1:
                cur.insert(0, tok)
            else:
                cur.append(tok)
        if cur:
            items.append(cur)
        if len(items) < 2 and direction == -1 and not ("lists" in RULES10 and items and _single_name(items[0])):
            continue  # a single "X等企业" is too weak unless X looks like a name (rules-10: 海螺水泥等龙头企业)
        for item in items:
            while item and item[0].word in GENERIC_MODIFIERS:
                item = item[1:]
            item = _balanced(item)
            if not item or not _item_ok(item):
                continue
            s, e = item[0].start, item[-1].end
            word = text[s:e]
            t = place_type(word) or typ
            out.append(Candidate(s, e, place_label(word) if place_type(word) else word, t, "enum", 0.6))
    return out

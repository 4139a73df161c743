"""rules-10: general named-layer rules, found from the named-layer misses of the dev gold (both scripts).

Each family is a shape, not a list of names, and can be switched off in `RULES10` (how it was measured):
- "siblings": a list member that ends like a named neighbour the rules found (碑林区、雁塔区; 新竹科学园区、
  中部科学园区与南部科学园区) is a name of the same type;
- "subunit": a ministry or bureau followed by one of its units (生态环境部 + 应对气候变化司, 经济部 + 电价费率
  审议会, 商务部 + 国际贸易经济合作研究院) is one body;
- "assoc": a place + a domain + 协会 / 学会 / 商会 … (淄博市烧烤协会, 澳门经济学会) — the domain may be a verb
  (烧烤) or be cut across the suffix by jieba (经济学/会);
- "bureau": a bare "domain + 局 / 署" at a clause start or before 局长 (发展局, 博彩监察协调局), the way Hong
  Kong, Macau and Taiwan texts name their own bureaux without a place;
- "appos": a name right after 旗下(的) or after a class noun in apposition (投资机构中科创星, 旗下的鸿华先进).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.lexicon import GENERIC_MODIFIERS, ROLES, SPEECH_VERBS
from kg.extract.model import Candidate
from kg.extract.places import _stem_ok
from kg.extract.segment import Token, tag_of

RULES10 = frozenset({"siblings", "subunit", "assoc", "bureau", "appos", "titles", "lists", "coordverb", "nextverb"})
# "titles": Hong Kong / Macau / Taiwan titles before a name (行政长官李家超, 署长, 主委), 亦 after it;
# "lists": a company list also grows from state-owned / investor names and through verbal-noun items (银河娱乐),
#   and a single "X等龙头企业" counts when X looks like a name; "coordverb": a verb opening the first domain of a
#   coordinated body name (创新科技及工业局); "nextverb": a name is not continued by a verb that merely ends like a
#   suffix (管理局 + 签署, 委员会 + 部署), nor is a word ending in 格局 / 部署 a body (新格局/nt), nor does a body's
#   name reach back over 会同 / 携手 (财政部会同税务总局).
TITLES = ("行政长官", "特首", "署长", "处长", "主委", "会长", "总干事", "行政总裁", "执行董事", "社长", "司长")
SURNAMES10 = frozenset("甯 萧 傅 洪 禤 赖".split())  # common surnames the rules-1 list lacks (rules-43: 赖)

_SEP = frozenset({"、", "和", "与", "及", "以及"})
_HARD_STOP = frozenset("p c u uj ul uz ud ug uv r rr rz d y e o x m q mq t".split())
_FUNCTION = frozenset("的在和等是向由与及对为把被从于以其这那该各每某了也都而或并将已就还又再让使给")
_PROPER = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "oov", "f"})


def _numeral(w: str) -> bool:
    return all(ch in "0123456789一二三四五六七八九十百千万两几多数首第" for ch in w)


# ---------------------------------------------------------------- siblings: 碑林区、雁塔区
def _ending(c: Candidate, suffix_of: Callable[[str], tuple | None]) -> str | None:
    hit = suffix_of(c.label) if c.type not in ("City", "Province", "Country", "Region") else None
    if hit and hit[2] != "gov" and len(c.label) > len(hit[0]):
        return hit[0]
    if c.type == "District" and len(c.label) >= 3 and c.label[-1] in "区县镇乡":
        return c.label[-1]
    return None


def sibling_candidates(text: str, tokens: Sequence[Token], known: Sequence[Candidate],
                       suffix_of: Callable[[str], tuple | None]) -> list[Candidate]:
    """List members next to a found name and ending in the same suffix are names of its type (中部科学园区 beside
    新竹科学园区, 碑林区 beside 雁塔区). The stem must not be one common word on its own (核心 + 区, 其他 + 园区)."""
    by_start = {t.start: k for k, t in enumerate(tokens)}
    by_end = {t.end: k for k, t in enumerate(tokens)}
    seeds = [c for c in known if c.source in ("suffix", "place", "lexicon", "gazetteer") and c.type != "Person"]
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = {(c.start, c.end) for c in known}
    for _ in range(4):  # a list is walked member by member
        new: list[Candidate] = []
        for c in seeds:
            suf = _ending(c, suffix_of)
            if suf is None:
                continue
            for direction in (-1, 1):
                k = by_end.get(c.start) if direction < 0 else by_start.get(c.end)
                if k is None:
                    continue
                if tokens[k].word not in _SEP:
                    continue
                item: list[Token] = []
                i = k + direction
                while 0 <= i < len(tokens) and len(item) < 4:
                    t = tokens[i]
                    if t.word in _SEP or t.tag in _HARD_STOP or t.word in SPEECH_VERBS:
                        break
                    if t.tag.startswith("v") and t.tag != "vn":
                        break
                    item.insert(0, t) if direction < 0 else item.append(t)
                    i += direction
                if not item:
                    continue
                word = "".join(t.word for t in item)
                stem = word[: -len(suf)]
                if not word.endswith(suf) or not 1 <= len(stem) <= 6 or len(word) < 3:
                    continue
                if len(suf) == 1 and not _stem_ok(stem):
                    continue  # a place suffix: the stem must be no common word (核心 + 区)
                if stem in GENERIC_MODIFIERS or any(ch in _FUNCTION for ch in stem) or _numeral(stem):
                    continue
                # the stem as separate tokens: only a proper / directional word, or one-character pieces
                stem_toks = []
                for t in item:
                    if t.end <= item[0].start + len(stem):
                        stem_toks.append(t)
                if stem_toks and sum(len(t.word) for t in stem_toks) == len(stem) and not (
                        any(t.tag in _PROPER for t in stem_toks) or all(len(t.word) == 1 for t in stem_toks)):
                    continue
                s, e = item[0].start, item[-1].end
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                new.append(Candidate(s, e, word, c.type, "enum", 0.5))
        if not new:
            break
        out += new
        seeds = new
    return out


# ---------------------------------------------------------------- subunit: 生态环境部应对气候变化司
_UNITS = (("审议会", "GovernmentBody"), ("委员会", "GovernmentBody"), ("研究院", "ResearchInstitute"),
          ("研究所", "ResearchInstitute"), ("研究中心", "ResearchInstitute"), ("司", "GovernmentBody"),
          # rules-49: a county government's or an agency's departments (屏东县政府农业处, 农田水利署新竹管理处)
          ("管理处", "GovernmentBody"), ("处", "GovernmentBody"), ("秘书处", "GovernmentBody"),
          ("办公室", "GovernmentBody"))  # (rules-54: 美国财政部 + 海外资产控制办公室)
_PARENT_END = ("部", "委", "局", "署", "总局", "厅", "政府", "委员会")
# rules-63: the office a park or a zone runs under its own name (太鲁阁国家公园 + 管理处)
_ADMINISTERED = ("国家公园", "公园", "风景区", "风景名胜区", "保护区", "园区", "度假区", "林场", "水库")
_ADMINISTRATIONS = ("管理处", "管理局", "管理站")
# rules-63: jieba joins a unit's 处 to the title of its head (观光/n + 处处长/v): the unit ends before the title
_UNIT_HEAD_WORDS = frozenset("处 处处长 处长 处副处长".split())
_COUNTY_UNITS = ("县", "市")  # rules-49: a county or city named with its unit has departments too (彰化县农业处)
_UNIT_BAD_TAGS = frozenset("p c u uj ul uz ud ug uv r rr rz d y e o x m mq q t".split())


def subunit_candidates(text: str, tokens: Sequence[Token], known: Sequence[Candidate]) -> list[Candidate]:
    """A ministry / bureau immediately followed by one of its units: the whole is one body (the unit's type)."""
    out: list[Candidate] = []
    by_start = {t.start: k for k, t in enumerate(tokens)}
    for c in known:
        if c.type == "Park" and c.label.endswith(_ADMINISTERED) and text.startswith(_ADMINISTRATIONS, c.end):
            e = c.end + 3  # rules-63: a park's own office (太鲁阁国家公园 + 管理处)
            out.append(Candidate(c.start, e, text[c.start : e], "GovernmentBody", "suffix", 0.65))
            continue
        county = c.type in ("City", "District") and text[c.start : c.end].endswith(_COUNTY_UNITS) \
            or c.label.endswith("政府")  # (a government's units are its 处, 深圳市政府 + 成立委员会 is a predicate)
        if not county and (c.type != "GovernmentBody" or not c.label.endswith(_PARENT_END)):
            continue
        k = by_start.get(c.end)
        if k is None:
            continue
        head = text[c.end : c.end + 2]
        if head in ROLES or head[:1] in "门长" or head in ("会同", "联合", "发布", "表示", "印发"):
            continue
        span = ""
        i = k
        while i < len(tokens) and len(span) < 14:
            t = tokens[i]
            if t.tag in _UNIT_BAD_TAGS and not (span and t.word[:1] in "司会院所中"):
                break
            if t.word in SPEECH_VERBS or t.word in ROLES or t.word in _FUNCTION:
                break
            span += t.word
            i += 1
            hit = next(((u, typ) for u, typ in _UNITS if (u in span[2:] or span.endswith(u) and len(span) > len(u))
                        and (u != "处" or t.word in _UNIT_HEAD_WORDS or 3 <= len(t.word) <= 4 and t.word.endswith("处"))
                        and (not county or u in ("处", "管理处"))), None)  # (rules-54: 嘉义县政府 + 教育处/n)
            if hit is None:
                continue
            u, typ = hit
            end_in = span.find(u, 2 if u != "司" else 0) + len(u)
            mid = span[: end_in - len(u)]
            if len(mid) < 2 or u == "司" and mid[-1:] in "公上官":
                break
            e = c.end + end_in
            out.append(Candidate(c.start, e, text[c.start : e], typ, "suffix", 0.65))
            break
    return out


# ---------------------------------------------------------------- associations: 淄博市烧烤协会, 澳门经济学会
_ASSOC = ("联合会", "研究会", "促进会", "协会", "学会", "商会")


def association_candidates(text: str, tokens: Sequence[Token], is_place_tok: Callable[[Token], bool]
                           ) -> list[Candidate]:
    """A place + 2-8 characters of domain words + an association suffix, the domain possibly a verb (烧烤) or cut
    across the suffix (经济学/会); not 大学会 / 中学会 (a university + the verb 会)."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not is_place_tok(t):
            continue
        span = ""
        for j in range(i + 1, min(n, i + 5)):
            u = tokens[j]
            if u.tag in _HARD_STOP and u.tag != "d" or u.word in SPEECH_VERBS or u.word in _FUNCTION:
                break
            span += u.word
            suf = next((s for s in _ASSOC if span.endswith(s)), None)
            if suf is None:
                continue
            dom = span[: -len(suf)]
            if 2 <= len(dom) <= 8 and not (suf == "学会" and dom[-1] in "大中小") and dom not in GENERIC_MODIFIERS:
                out.append(Candidate(t.start, u.end, text[t.start : u.end], "ActorGroup", "suffix", 0.6))
            break
    return out


# ---------------------------------------------------------------- bare bureaux: 发展局, 博彩监察协调局
_NOT_BODY = frozenset(
    "格局 布局 当局 结局 大局 全局 开局 残局 僵局 变局 时局 政局 骗局 赌局 饭局 出局 入局 破局 终局 定局 棋局 "
    "战局 危局 困局 迷局 牌局 新局 乱局 败局 部署 签署 公署 联署 该局 本局 此局 各局 董事局 理事局 "
    # rules-38: halls and rooms are no departments (贵宾厅/nt)
    "贵宾厅 大厅 餐厅 展厅 客厅 舞厅 营业厅 宴会厅 会客厅 歌厅 门厅 展览厅 音乐厅 多功能厅 贵宾室 "
    "非政府 反政府".split())  # rules-59: 非政府组织 is a kind of body, no government
NOT_BODY_WORDS = _NOT_BODY
JOINT_VERBS = frozenset({"会同", "协同", "携手", "联手", "配合", "连同", "伙同"})
_CLAUSE_OPEN = frozenset({"与", "和", "及", "由", "向", "据", "经", "获", "而"})
_DOMAIN = frozenset({"n", "vn", "nz", "l", "j", "nt"})


# rules-11: verbs that name a bureau's domain (创新科技署, 投资推广署), which jieba tags v
_DOMAIN_VERBS = frozenset("创新 发展 投资 规划 管理 监管 建设 推广 促进 运输 保障 监察 协调 审计 统计 开发 执法 "
                          "保护 培训 认证 检验 检疫 出版 消防 救援".split())


def _domain_tok(tok: Token) -> bool:
    return tok.tag in _DOMAIN - {"l"} or tok.tag == "v" and tok.word in _DOMAIN_VERBS


def _domain_word(w: str) -> bool:
    """A word that can open or fill a bureau's domain: not a complete body (财政部) nor 会同 / 携手."""
    return w not in JOINT_VERBS and w[-1] not in "部局委署厅院"


def bureau_candidates(text: str, tokens: Sequence[Token], is_place_tok: Callable[[Token], bool]
                      ) -> list[Candidate]:
    """A bureau named by its domain alone (no place), at a clause start or before its head's title."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        w = t.word
        if w[-1:] not in "局署" or w[-2:] in _NOT_BODY or w[-3:] in _NOT_BODY:
            continue
        j = i
        if len(w) == 1:
            while j > 0 and i - j < 3 and _domain_tok(tokens[j - 1]) and not is_place_tok(tokens[j - 1]) \
                    and _domain_word(tokens[j - 1].word):
                j -= 1
            if j == i:
                continue
        elif len(w) >= 3 and t.tag in _DOMAIN | {"v"}:
            while j > 0 and i - j < 2 and _domain_tok(tokens[j - 1]) and len(tokens[j - 1].word) >= 2 \
                    and not is_place_tok(tokens[j - 1]) and _domain_word(tokens[j - 1].word):
                j -= 1
        else:
            continue
        name = text[tokens[j].start : t.end]
        if len(name) < 3 or name[:1] in _FUNCTION or any(tokens[k].word in GENERIC_MODIFIERS and k == j
                                                          and tokens[k].tag != "vn" and len(name) < 5
                                                          for k in range(j, i)):
            continue
        before = tokens[j - 1] if j > 0 else None
        after = tokens[i + 1] if i + 1 < n else None
        opens = before is None or before.tag == "x" or before.word in _CLAUSE_OPEN or before.word.isspace()
        titled = after is not None and after.word in ROLES
        if not (opens or titled):
            continue
        if after is not None and (after.word[:1] in "长" or after.tag == "n" and not titled and len(after.word) >= 2
                                  and after.word not in ("数据", "资料", "统计", "官员", "发言人", "人士")):
            continue  # 发展局 + 规划…: part of a longer phrase
        out.append(Candidate(tokens[j].start, t.end, name, "GovernmentBody", "suffix", 0.6))
    return out


# ---------------------------------------------------------------- apposition: 投资机构中科创星, 旗下的鸿华先进
_CLASS = frozenset({"投资机构", "车企", "药企", "初创企业", "初创公司", "创业公司", "子公司", "孵化器", "投资公司",
                    "创投机构", "投资基金"})
_AFTER_OK = frozenset({"的", "在", "是", "已", "也", "于", "则", "等", "和", "与", "及", "将", "就", "还", "都",
                       "如今", "目前", "此前", "至今"})


def apposition_candidates(text: str, tokens: Sequence[Token], is_place_tok: Callable[[Token], bool],
                          suffix_of: Callable[[str], tuple | None]) -> list[Candidate]:
    """A name right after 旗下(的) or a class noun (投资机构 + 中科创星): 2-6 characters that look like a name
    (a proper tag or an unknown name cut into single characters), closed by punctuation or a function word."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.word == "旗下":
            k = i + 1 + (i + 1 < n and tokens[i + 1].word == "的")
        elif t.word in _CLASS and i + 1 < n and tokens[i + 1].tag != "x":
            k = i + 1
        else:
            continue
        item: list[Token] = []
        m = k
        while m < n and len(item) < 4:
            u = tokens[m]
            if u.tag == "x" or u.word in _AFTER_OK or u.word in SPEECH_VERBS or u.tag in ("p", "c", "d", "uj", "u"):
                break
            if u.tag.startswith("v") and len(u.word) >= 2 or u.tag in ("q", "mq") or u.tag == "m" and _numeral(u.word):
                break
            item.append(u)
            m += 1
        if not item:
            continue
        after = tokens[m] if m < n else None
        if after is not None and not (after.tag in ("x", "p", "c", "d") or after.word in _AFTER_OK
                                      or after.word in SPEECH_VERBS):
            continue
        word = "".join(u.word for u in item)
        if not 2 <= len(word) <= 6 or item[0].word in GENERIC_MODIFIERS:
            continue
        if any(ch in _FUNCTION for ch in word) or suffix_of(word) or all(is_place_tok(u) for u in item):
            continue
        if any(u.word in ROLES for u in item):
            continue
        proper = any(u.tag in _PROPER - {"f"} for u in item) or sum(len(u.word) == 1 for u in item) >= 2
        if not proper:
            continue
        # rules-11: no pronoun / adverb / function word, and not only verbs and adjectives (开到哪里, 很难)
        if any(u.tag[:1] in "rdpcuye" for u in item) or all(u.tag[:1] in "vaz" for u in item):
            continue
        if all(len(u.word) == 1 for u in item) and not any((tag_of(u.word) or "").startswith(("nr", "ns", "nz", "j"))
                                                           for u in item):
            continue  # rules-52: characters none of which jieba knows in a name (车企 + 送/v 样/n) are a phrase
        typ = "Investor" if t.word == "投资机构" else "Company"
        out.append(Candidate(item[0].start, item[-1].end, word, typ, "enum", 0.5))
    return out

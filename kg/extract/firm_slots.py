"""rules-34: firms named in a slot only a firm fills, with no suffix to show it.

News text names many firms bare (彩条屋影业, 默克, 树根互联, 青木互动): no 公司 / 集团 after them, often not in jieba's
dictionary, so the suffix and list rules miss them. Some phrases leave room for nothing but a firm, and the name is
the chunk next to them:
- a nationality + 商 before it (德商默克, 日商三菱; Taiwan and Hong Kong usage);
- 旗下 between two firms (光线传媒旗下的彩条屋影业);
- 孵化 before a spin-off (三一重工孵化的树根互联);
- a founder's or chief's title between the firm and a person (青木互动创始人周屹然);
- rules-35: an insider counted after it (三阳工业一位高层);
- rules-36: list items that repeat one industry word (本源量子、国盾量子);
- rules-37: a word jieba knows only as a name, then an industry word (恒力 + 石化);
- rules-52: a stock code in brackets after it (当升科技（300073.SZ）);
- rules-58: the subject of a clause that defines it as a firm (沃飞长空是…研发企业).
The chunk is a few tokens with nothing between them that ends a noun phrase, and it must look like a name: an
unknown or proper word in it, or a trade word at its end, never a generic noun or a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.lexicon import CITIES, COUNTRIES, DISTRICTS, PROVINCES, REGIONS, SPEECH_VERBS, SURNAMES
from kg.extract.model import Candidate
from kg.extract.segment import Token, frequency, tag_of

# nationality abbreviations that make 商 a firm of that country (德商, 美商, 陆商 …)
_NATIONS = frozenset("德 美 日 韩 法 英 荷 瑞士 瑞典 丹麦 澳 星 新加坡 台 港 陆 中 欧 意 西 加".split())
_TRADER_WORDS = frozenset(n + "商" for n in _NATIONS if len(n) == 1)
_RELATION = frozenset({"旗下"})
_PARENTS = frozenset({"母公司", "子公司", "控股股东"})
_SPIN_OFF = frozenset({"孵化", "孵化出", "培育"})
_CHIEFS = frozenset("创始人 联合创始人 创办人 董事长 首席执行官 CEO 总裁 执行长 总经理 合伙人 老板 厂长".split())
# rules-35: X + 一位 / 一名 + an insider: X is the firm they work for (三阳工业一位高层直言)
_COUNTS = frozenset("一位 一名 多位 多名 两位 几位".split())
_INSIDERS = frozenset("高层 高管 负责人 发言人 主管 工程师 员工 人士 经理 代表".split())
_STOP_TAGS = frozenset("x p c u uj ul uz ud ug uv r rr rz y e o m mq q d t f k h".split())
_PROPER = frozenset("oov nz nt nr nrt nrfg ns j eng".split())
_FUNCTION = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给则")
# words that are never part of a firm's name next to these slots (旗下 + 的 + 子公司, 多家 + 企业 …)
_GENERIC = frozenset("公司 企业 集团 子公司 母公司 品牌 基金 平台 业务 产品 团队 工厂 机构 门店 项目 资产 部门 "
                     "投资 资本 厂商 本土 国内 海外 全球 多家 旗下 孵化 企业家 创业者 人员 "
                     # rules-61: qualities of an industry, which jieba may tag as names (智慧/nr + 物流)
                     "智慧 数字 绿色 现代 高端 高增值 高附加值 低碳 零碳 新型 先进 传统".split())
_TRADE_ENDINGS = ("能源", "传媒", "影业", "科技", "电子", "动力", "互联", "互动", "风电", "光电", "技术", "智能",
                  "生物", "医药", "制药", "材料", "新材", "重工", "汽车", "网络", "软件", "娱乐", "文化", "半导体",
                  "量子", "工业", "微电子", "石化", "化纤", "房屋", "不动产", "地产", "置业", "物流", "纺织", "钢铁",
                  "氢能", "物业", "储能", "锂电", "光伏", "风能",  # (rules-48)
                  "顾问", "咨询", "特钢", "电机", "通用",  # (rules-52: 赛迪 + 顾问)
                  "海洋", "海工", "船舶", "造船", "航空", "航天")  # (rules-54: 韩华 + 海洋)
_PLACES = CITIES | PROVINCES | COUNTRIES | REGIONS | DISTRICTS
_RARE_FREQ = 100  # a word jieba tags as a verb but hardly knows is a piece of a name
_COMMON_NAME_FREQ = 3000  # (长城 1,559 opens 长城汽车; 太阳 5,044 is the sun)


def _chunk_ok(chunk: Sequence[Token]) -> bool:
    word = "".join(t.word for t in chunk)
    if not 2 <= len(word) <= 8 or word in _GENERIC or any(t.word in _GENERIC for t in chunk) or word in _TRADE_ENDINGS:
        return False  # (rules-53: an industry word alone names no firm)
    if any(t.tag == "ns" for t in chunk) and all(t.tag == "ns" for t in chunk):
        return False  # a place (德商 + 在台湾)
    if any(t.tag in _PROPER or t.tag == "oov" for t in chunk) or word.endswith(_TRADE_ENDINGS):
        return True
    return all(frequency(t.word) < 300 for t in chunk)  # rare words only: an unknown name jieba cut into words


def _part_ok(tok: Token) -> bool:
    w = tok.word
    if w in _TRADE_ENDINGS:
        return True  # whatever jieba tags it (青木 + 互动/d)
    if not "\u4e00" <= w[0] <= "\u9fff" and tok.tag != "eng":
        return False
    if tok.tag in _STOP_TAGS or len(w) == 1 and w in _FUNCTION:
        return False
    if tok.tag.startswith("v") and tok.tag != "vn" and frequency(w) >= _RARE_FREQ:
        return False  # a verb the clause goes on with (开发, 引入, 免税)
    if w in SPEECH_VERBS:
        return False  # rules-63: a reporting verb jieba tags a noun (台商 + 坦言/n)
    return w not in _CHIEFS and w not in _RELATION and w not in _SPIN_OFF and w not in _TRADER_WORDS


def _trim_after_trade_word(chunk: list[Token]) -> list[Token]:
    """A chunk running into the clause (达德 + 能源开发): keep it up to its first trade word."""
    out: list[Token] = []
    for t in chunk:
        opening = next((e for e in _TRADE_ENDINGS if t.word.startswith(e)), None) if out else None
        if opening and t.word != opening:
            out.append(Token(t.start, t.start + len(opening), opening, "n"))
            break
        out.append(t)
        if t.word.endswith(_TRADE_ENDINGS) and len(out) >= 2:
            break
    return out


def _after(tokens: Sequence[Token], k: int) -> list[Token]:
    chunk: list[Token] = []
    while k < len(tokens) and len(chunk) < 3 and _part_ok(tokens[k]):
        chunk.append(tokens[k])
        k += 1
    if k < len(tokens) and tokens[k].word.startswith(_TRADE_ENDINGS) and len(chunk) < 3 and chunk:
        t = tokens[k]  # 达德 + 能源开发/i: the trade word opens the next token
        ending = next(e for e in _TRADE_ENDINGS if t.word.startswith(e))
        chunk.append(Token(t.start, t.start + len(ending), ending, "n"))
    return _trim_after_trade_word(chunk)


def _describes(tokens: Sequence[Token], chunk: Sequence[Token]) -> bool:
    """rules-58: a common word that a verb or an adjective follows opens a description, not a name (旗下的 + 电动 +
    垂直起降飞行器): a subsidiary's name is followed by the clause going on (是, 在, punctuation)."""
    k = next((j for j, t in enumerate(tokens) if t.start == chunk[-1].end), None)
    if k is None or len(chunk) != 1 or frequency(chunk[0].word) < _RARE_FREQ:
        return False
    return tokens[k].tag[:1] in ("v", "a") and tokens[k].word not in ("是", "在", "有", "将", "已")


def _before(tokens: Sequence[Token], k: int) -> list[Token]:
    chunk: list[Token] = []
    while k >= 0 and len(chunk) < 3 and _part_ok(tokens[k]):
        chunk.insert(0, tokens[k])
        k -= 1
    return chunk


def _person_like(chunk: Sequence[Token]) -> bool:
    """港商 + 李嘉诚: a trader can be a person; a surname and one or two characters tagged as a name is one."""
    word = "".join(t.word for t in chunk)
    return 2 <= len(word) <= 3 and word[0] in SURNAMES and all(t.tag in ("nr", "nrfg") for t in chunk)


def _without_leading_place(chunk: list[Token]) -> list[Token]:
    """北京 + 玻色量子 + 一位高管: the place says where the firm is; the name starts after it (上海 + 微电子 keeps
    its place: a trade word alone names nothing)."""
    rest = "".join(t.word for t in chunk[1:])
    if len(chunk) >= 2 and chunk[0].word in _PLACES and len(rest) >= 2 and rest not in _TRADE_ENDINGS:
        return chunk[1:]
    return chunk


def _candidate(chunk: Sequence[Token]) -> Candidate | None:
    if not chunk or not _chunk_ok(chunk) or _person_like(chunk):
        return None
    return Candidate(chunk[0].start, chunk[-1].end, "".join(t.word for t in chunk), "Company", "enum", 0.5)


_LIST_SEPARATORS = frozenset("、 和 与 及 以及".split())


def _trade_name(name: Sequence[Token]) -> bool:
    """The part before the industry word names a firm: two characters or more, an unknown or proper word in it or
    only rare words (新能源 + 汽车, 传统 + 汽车 are kinds)."""
    word = "".join(t.word for t in name)
    if len(word) < 2 or word in _GENERIC or all(t.word in _PLACES or t.tag == "ns" for t in name):
        return False  # (北京 + 科技: a place's industry, not a firm)
    return any(t.tag in _PROPER for t in name) or all(frequency(t.word) < 300 for t in name)


def _parallel_trade_names(tokens: Sequence[Token]) -> list[Candidate]:
    """rules-36: two or more list items ending in the same industry word are firms (本源量子、国盾量子, 甲科技和乙科技):
    a list repeats the industry word only when each item is a trade name."""
    out: list[Candidate] = []
    n = len(tokens)
    i = 0
    while i < n:
        items: list[list[Token]] = []
        ending = None
        k = i
        while k < n:
            tok = tokens[k]
            if tok.word not in _TRADE_ENDINGS or k == 0 or ending not in (None, tok.word):
                break
            name = _before(tokens, k - 1)
            if not name or len(items) and name[0].start <= items[-1][-1].end or not _trade_name(name):
                break
            items.append(name + [tok])
            ending = tok.word
            if k + 1 < n and tokens[k + 1].word in _LIST_SEPARATORS:
                # the next item ends at the next occurrence of the same word, at most four tokens on
                nxt = next((j for j in range(k + 2, min(n, k + 6)) if tokens[j].word == ending), None)
                if nxt is None:
                    break
                k = nxt
                continue
            break
        if len(items) >= 2:
            for item in items:
                c = _candidate(item)
                if c is not None:
                    out.append(c)
            i = k + 1
        else:
            i += 1
    return out


_NAME_TAGS = frozenset("nz nr nrt ns oov".split())  # (rules-47: ns words our place lists do not know, 川崎 + 重工;
# rules-48: an unknown name jieba cut into characters, 隆/nr 基/a + 氢能)


_NAME_CHAR_TAGS = ("n", "j")  # nr ns nz ng n: a character jieba knows in a name or a noun


def _name_characters(word: str) -> bool:
    """rules-51: a run of single characters names something only if one of them is a name's or a noun's character
    (隆/nr 基/a, 美/ns 联/v), not a run of verbs, adjectives and measure words (推/v 高/a, 座/q 老/a, 拨/v 备/v)."""
    return any((tag_of(ch) or "").startswith(_NAME_CHAR_TAGS) for ch in word)


def _proper_trade_names(tokens: Sequence[Token]) -> list[Candidate]:
    """rules-37: a word jieba knows only as a proper name (nz), then an industry word, is a firm (恒力 + 石化, 宝丰 +
    能源), unless the noun phrase goes on after it (… 能源 + 产业)."""
    out: list[Candidate] = []
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.tag not in _NAME_TAGS or not 2 <= len(a.word) <= 3 or b.word not in _TRADE_ENDINGS or a.word in _GENERIC \
                or a.word in _PLACES or a.tag == "oov" and not _name_characters(a.word):
            continue  # (rules-45: a personal-name tag too, 齐鲁/nr + 制药; a place + industry is no firm)
        if frequency(a.word) >= _COMMON_NAME_FREQ:
            continue  # rules-58: a word this common is a noun whatever its tag (太阳/ns + 光电 is solar power)
        nxt = tokens[i + 2] if i + 2 < len(tokens) else None
        if nxt is not None and nxt.tag in ("n", "vn", "nz") and len(nxt.word) >= 2:
            continue
        out.append(Candidate(a.start, b.end, a.word + b.word, "Company", "enum", 0.5))
    return out


_EXCHANGES = frozenset("SZ SH BJ HK SS sz sh bj hk".split())


def _stock_code(tokens: Sequence[Token], k: int) -> bool:
    """rules-52: a listed firm's stock code opens the bracket after its name (300073.SZ, 0700.HK, 688234)."""
    code = tokens[k].word
    if not code.isdigit() or not 4 <= len(code) <= 6:
        return False
    nxt = [t.word for t in tokens[k + 1 : k + 3]]
    return nxt[:1] in (["）"], [")"]) or nxt[:1] == ["."] and len(nxt) > 1 and nxt[1] in _EXCHANGES


def firm_slot_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """Firms named next to 德商 / 旗下 / 孵化 / 创始人 (see the module docstring). `tokens` should have unknown
    names' characters merged (mentions.merged_name_runs)."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.word
        chunks: list[list[Token]] = []
        if w in _TRADER_WORDS or w == "商" and i and tokens[i - 1].word in _NATIONS:
            chunks.append(_after(tokens, i + 1))
        elif w in _RELATION:
            chunks.append(_before(tokens, i - 1))
            after = _after(tokens, i + 2 if i + 1 < n and tokens[i + 1].word == "的" else i + 1)
            if after and after[0].tag != "ns" and not _describes(tokens, after):
                chunks.append(after)  # (旗下的 + 澳门 + 威尼斯人: a venue or unit named by its place)
        elif w in _PARENTS and i >= 2 and tokens[i - 1].word == "的":
            chunks.append(_before(tokens, i - 2))  # rules-62: 德庄火锅 + 的母公司: whose parent it is, a firm
        elif w in _SPIN_OFF and i + 1 < n and tokens[i + 1].word == "的":
            chunks.append(_after(tokens, i + 2))
        elif w in _CHIEFS and i + 1 < n and tokens[i + 1].tag in ("nr", "nrfg", "nrt", "oov"):
            chunks.append(_before(tokens, i - 1))
        elif w in _COUNTS and i + 1 < n and tokens[i + 1].word in _INSIDERS:
            k = i - 1
            if k >= 2 and tokens[k].word == "区" and tokens[k - 1].word in _PLACES:
                k -= 2  # rules-53: 沃旭能源 + 台湾 + 区 + 一位主管: the firm's regional unit is not its name
            chunks.append(_without_leading_place(_before(tokens, k)))
        elif w in ("（", "(") and i + 1 < n and _stock_code(tokens, i + 1):
            chunks.append(_before(tokens, i - 1))  # rules-52: 当升科技（300073.SZ）
        for chunk in chunks:
            c = _candidate(chunk)
            if c is not None:
                out.append(c)
    return out + _parallel_trade_names(tokens) + _proper_trade_names(tokens) + _defined_firms(tokens)


# rules-58: what a clause defines as a firm (沃飞长空是吉利控股集团旗下的…研发企业): the subject names one
_FIRM_CLASSES = frozenset("企业 公司 厂商 车企 药企 独角兽 供应商 制造商 运营商 开发商 服务商 初创公司 龙头企业"
                          .split())
_PREDICATE_MAX = 25  # tokens between 是 and the class word
_BRACKETS = frozenset("（）()")


def _defined_firms(tokens: Sequence[Token]) -> list[Candidate]:
    """A clause's subject (one to three tokens right after punctuation) when the clause says it 是 … + a firm class
    word at the clause's end: a definition, the way features introduce a firm the reader does not know."""
    out: list[Candidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.word != "是" or i == 0:
            continue
        j = i
        while j > 0 and tokens[j - 1].tag != "x" and i - j < 3:
            j -= 1
        if j > 0 and tokens[j - 1].tag != "x" or not all(_part_ok(x) for x in tokens[j:i]):
            continue  # the subject must open the clause
        k = i + 1
        while k < n and (tokens[k].tag != "x" or tokens[k].word in _BRACKETS) and k - i <= _PREDICATE_MAX:
            k += 1  # (a bracket inside the predicate goes on: 飞行器（eVTOL）研发企业)
        if k < n and tokens[k].tag == "x" and tokens[k - 1].word in _FIRM_CLASSES:
            c = _candidate(tokens[j:i])
            if c is not None and not any(x.tag == "ns" for x in tokens[j:i]):
                out.append(c)
    return out

"""rules-8 concept layer: term extraction for the salient concepts, sectors, policy instruments, actor groups
and generic government bodies that the curation annotates beside the named actors.

Why rules of their own: the built-in lexicon (kg.extract.terms) recalls the concept layer only on topics it
was written for; on a new topic most concept entries are new words (a commodity, a freight term, a pricing
term). These rules find them by their shape rather than by a word list, at a confidence below the named
layer's (the overlap resolution prefers any named span of the same length):
- noun compounds: two content words that make a whole noun phrase (议价 + 能力, 物流 + 企业, 铁路 + 部门),
  typed by the head word (an actor-group head, a body head, a sector head, an instrument head, else Concept);
- repeated nouns: a noun the document keeps returning to (a topic word used three times or more);
- list items: the members of a list of bare nouns (A、B和C), and of a list that ends in 等行业 / 等产业;
- the 化 / 率 words and the 联运 family jieba splits into characters (电动 + 化, 空载 + 率, 铁 + 海 + 联运).
Each family can be switched off in `RULES8` (how the rules were measured one by one).

rules-9 adds a measured statistical component, jieba.analyse's bundled IDF table (read once, ~270k words):
- rare pairs: a two-word compound with a Concept head used only once still counts when both words are rare
  (summed IDF >= PAIR_IDF), since a rare pair is a term (回程空箱, 职称评审) and an everyday pair a description;
- anti-measures: 反 + verb words (反洗钱, 反补贴 + 税) as policy instruments.
TF-IDF (and a TextRank over the same tokens) selection of salient single nouns was measured over a grid of
top-k per 1,000 characters / least IDF / least frequency and lost F1 at every point (the top nouns of a
commentary are as often its scaffolding, 货源 / 税率 / 人才, as annotated concepts); it stays as the "keyness"
family, off, in `RULES9`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.model import Candidate
from kg.extract.segment import Token

RULES8 = frozenset({"npc", "lists", "programmes", "names8"})
# rules-9 families: "rarepair" (a compound used once made of rare words), "anti" (反洗钱, 反补贴税); "keyness"
# (TF-IDF salient single nouns) was measured and is off: it costs more precision than it gains recall
RULES9 = frozenset({"rarepair", "anti"})

# content words that can make a noun compound
_NOUN = frozenset("n vn nz l j an b nt ng".split())
# a head word that turns the compound into an actor group / a body / a sector / an instrument
_GROUP_HEADS = frozenset("企业 公司 人士 机构 成员国 团体 群体 人群 车厂 厂商 用户 大户 商户 业者 从业者 消费者 投资者 "
                         "经营者 生产者 股东 客户 居民 农户 家庭".split())
_BODY_HEADS = frozenset("部门 政府 当局 机关 监管机构".split())
_SECTOR_HEADS = frozenset("产业 行业 材料 电子 民宿 制造 设备 零部件 服装 食品 能源 装备".split())
_INSTRUMENT_HEADS = frozenset("补贴 补助 税 管理 监管 认证 审定 审批 谈判 减让 承诺 保险 贷款 采购 管制 许可 牌照 "
                              "配额 限价 定价 收费 奖励".split())
# heads too generic to name anything (the phrase is a description)
_STOP_HEADS = frozenset(
    "问题 方面 情况 工作 时间 过程 方式 程度 水平 领域 范围 目标 任务 作用 意义 影响 原因 结果 效果 层面 期间 "
    "负责人 人员 背后 基础 条件 内容 部分 数量 规模 比例 比重 速度 阶段 时代 时期 形势 局面 格局 趋势 态度 看法 "
    "观点 报告 数据 消息 信息 新闻 文章 声明 表示 说法 计划 方案 措施 举措 手段 办法 思路 路径 空间 机会 机遇 "
    "挑战 压力 难题 困难 风险 短板 优势 特点 经验 做法 模式 项目 重点 关键 核心 中心 主体 对象 主题 话题 "
    "现象 事实 角度 立场 身份 名义 前提 门槛 标准 要求 需求 期限 时点 高峰 一面 另一面 成绩 成效 成果 业绩 "
    "收入 收益 利润 订单 销量 价格 金额 总额 增速 增幅 同比 环比 人次 全程 单日 当年 今年 去年 地区 城市 国家 "
    "手续 任务 实力 能力 作用 功能 服务 建设 发展 合作 支持 推动 计划书 体系 机制 政策 环节 团队 工作室 细节 "
    "效率 平台 网络 布局 运营 变动 合计 前景 额度 数字 备忘录 学者 专家 教授 人员 经营 课征 报导 报道 高层 "
    "素材 文本 故事 作品 工具 路线 资源 经历 历史 现状".split()
)
# the same, but allowed when the modifier is itself a strong topic word (议价 + 能力, 产业 + 合作)
_SOFT_HEADS = frozenset("能力 服务 合作 体系 机制 政策 价格 收益 成本 需求 规模 标准 门槛 模式 风险".split())
# heads of economic notions that make a compound a concept on its own (加工 + 贸易, 消费 + 场景, 美元 + 利率);
# any other head needs the compound to recur in the document (abstract heads such as 逻辑, 本质, 价值 describe)
_CONCEPT_HEADS = frozenset(
    "贸易 运输 联运 出口 进口 供给 消费 场景 媒体 工程 市场 资金 利率 汇率 融资 配置 融合 更新 壁垒 摩擦 红利 "
    "效应 主义 思维 经济 风险 价格 资产 货币 债务 赤字 通胀 失业 就业 收入 分配 转移 外包".split()
)
_REPEATED_MIN = 2  # (能力, 成本, 竞争 were measured as heads and dropped: 变通能力, 人才成本, 科技竞争 describe)
# modifiers that do not make a name (this, every, relevant …) and time / quantity words
_WEAK_MODS = frozenset(
    "全球 世界 国内 国际 整体 宏观 区域 当地 本地 全国 相关 有关 各项 各类 其他 现有 现行 原有 新 老 这种 那种 "
    "这些 那些 一种 各种 上述 我国 整个 部分 主要 重要 基本 具体 有效 良好 必要 一定 更多 更好 同样 不同 类似 "
    "特定 配套 进一步 全面 扩大 加强 严格 日常 内部 项目 自身 双方 各方 两地 全市 全省 全区 全县 全年 当年 "
    "单日 上述 此类 该类 一批 一些 多数 少数 大多数 大部分 一部分 短期 长期 中期 未来 过去 目前 当前 今后 "
    "真正 直接 间接 最终 最大 最高 最低 整体 总体 单纯 同比 环比 年度 季度 月度 本身 自己 对方 各自 外界 "
    "业内 内部 外部 负责 一位 一家 一份 统一 高质量 重大 巨大 持续 稳定 合理 公开 专门 大量 单一 实际 着力 "
    "重点 本土 中小 替代 闲置 综合 面积 规模 个人 企业 地方 政府 市场".split()
)
_POSITION_CHARS = frozenset("内外中上下前后间")
_CLAUSE_TAGS = frozenset("v vd vi p c u uj ul uz ud ug uv r rr rz d m mq q x y e o f t zg".split())


def _head_type(word: str) -> str:
    if word in _GROUP_HEADS or word.endswith("者") and len(word) >= 3:
        return "ActorGroup"
    if word in _BODY_HEADS:
        return "GovernmentBody"
    if word in _SECTOR_HEADS or word.endswith("业") and len(word) >= 3 and word not in ("企业", "就业", "创业"):
        return "Sector"
    if word in _INSTRUMENT_HEADS:
        return "PolicyInstrument"
    return "Concept"


_HEAD_TAGS = frozenset("n vn nz".split())
_MOD_TAGS = frozenset("n vn nz j b an".split())


def _content(tok: Token) -> bool:
    w = tok.word
    return tok.tag in _NOUN and "\u4e00" <= w[0] <= "\u9fff" and not w.isspace()


def noun_compound_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool],
                             salient: Callable[[str, str], bool] | None = None) -> list[Candidate]:
    """A whole noun phrase of exactly two content words (each of two or more characters): the word before is
    no noun (a verb, a particle, punctuation) and the word after is no noun, so the pair is the phrase, not a
    piece of a longer description. Not with a weak modifier (相关, 全市 …) or a generic head (问题, 方面 …);
    a place as modifier only for an actor group (中国 + 企业), since 重庆 + 市场 is the place's market.
    `salient(modifier, head)`: when given, a Concept compound used once is kept if it says yes (rules-9)."""
    out = []
    n = len(tokens)
    standalone = {t.word for k, t in enumerate(tokens) if k + 1 < n and tokens[k + 1].word not in ("产业", "行业")}
    counts = Counter(tokens[k - 1].word + tokens[k].word for k in range(1, n) if _content(tokens[k]))
    for i in range(1, n):
        head, mod = tokens[i], tokens[i - 1]
        if not (_content(head) and _content(mod)) or len(head.word) < 2 or len(mod.word) < 2:
            continue
        if head.tag not in _HEAD_TAGS or mod.tag not in _MOD_TAGS or head.word in SPEECH_VERBS:
            continue
        if i >= 2 and _content(tokens[i - 2]) and len(tokens[i - 2].word) >= 1:
            continue
        if i + 1 < n and _content(tokens[i + 1]):
            continue
        hw, mw = head.word, mod.word
        typ = _head_type(hw)
        if mw in _WEAK_MODS or hw in _WEAK_MODS:
            continue  # (企业 / 政府 / 市场 as heads were measured and dropped: 投资企业, 当地政府 … mostly describe)
        if hw == "当局" and not (is_place(mw) or mod.tag == "ns"):
            continue  # rules-51: 当局 is a place's (台湾当局); 建议/n + 当局 is someone advising the authorities
        if hw in _STOP_HEADS and hw not in _SOFT_HEADS and hw not in _CONCEPT_HEADS:
            continue
        if is_place(mw) and typ != "ActorGroup" and hw != "当局" \
                or mod.tag == "ns" and typ not in ("ActorGroup", "GovernmentBody"):
            continue  # (a place's market is no concept; 海关/ns + 部门 is a body)
        if is_place(hw) or head.tag in ("ns", "nr", "nrt") or len(hw) >= 3 and hw[-1] in _POSITION_CHARS:
            continue  # (局面 + 短期内: a time or position word, not a head)
        if typ == "Concept" and hw not in _CONCEPT_HEADS and counts[mw + hw] < _REPEATED_MIN \
                and not (salient is not None and salient(mw, hw)):
            continue
        label = mw + hw
        if typ == "Sector" and hw in ("产业", "行业") and mw in standalone:
            label = mw  # 游戏行业 where 游戏 also stands alone: one sector, named by its stem
        if len(label) > 8:
            continue
        out.append(Candidate(mod.start, head.end, label, typ, "concept", 0.4))
    return out


# nouns a commentary repeats without naming anything (the text's own scaffolding)
_STOP_NOUNS = frozenset(
    "问题 方面 情况 工作 时间 过程 方式 程度 水平 领域 范围 目标 任务 作用 意义 影响 原因 结果 效果 层面 城市 "
    "国家 地区 地方 政府 企业 公司 机构 市场 行业 产业 经济 社会 政策 数据 信息 报告 文章 作者 记者 笔者 学者 "
    "专家 人士 业内人士 负责人 官员 部门 项目 规模 数量 比例 成本 价格 收入 资金 资本 投资 发展 建设 合作 "
    "竞争 服务 管理 技术 产品 能力 优势 风险 压力 机会 需求 空间 基础 条件 体系 机制 模式 平台 资源 环境 "
    "时候 年代 今年 去年 明年 目前 当前 未来 过去 全年 期间 一年 两年 三年 人次 单位 货物 东西 事情 办法 "
    "措施 举措 方案 计划 思路 路径 关键 核心 重点 主体 对象 手段 标准 要求 内容 部分 整体 一方面 另一方面 "
    "背后 之后 之前 以来 增长 下降 上涨 回落 表示 认为 指出 介绍 看来 方向 格局 趋势 局面 形势 挑战 短板 "
    "意见 观点 看法 声音 做法 经验 成绩 成果 成效 效率 质量 热度 口碑 信任 底牌 启示 另一面 本身 全程 规则 "
    "制度 改革 创新 政策 支持 推动 提升 提供 形成 实现".split()
)
_REPEAT_MIN = 3


def repeated_noun_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """A noun of two or more characters that the document uses three times or more is a topic term (流量,
    电价, 稳定币): commentary returns to what it is about. Generic scaffolding nouns (问题, 城市, 成本 …),
    places and names are left out."""
    counts: Counter[str] = Counter()
    first: dict[str, Token] = {}
    for t in tokens:
        if t.tag in ("n", "nz", "vn", "an", "l") and len(t.word) >= 2 and "\u4e00" <= t.word[0] <= "\u9fff":
            counts[t.word] += 1
            first.setdefault(t.word, t)
    out = []
    for w, k in counts.items():
        if k < _REPEAT_MIN or w in _STOP_NOUNS or is_place(w):
            continue
        t = first[w]
        out.append(Candidate(t.start, t.end, w, _head_type(w), "concept", 0.4))
    return out


_LIST_SEP = frozenset({"、", "和", "与", "及", "以及"})
_LIST_TAIL_SECTOR = ("行业", "产业", "领域", "板块", "品类")


_LAYER_TYPES = frozenset({"Sector", "Technology", "Concept", "PolicyInstrument", "ActorGroup"})


def list_item_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool],
                         known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Members of a list of three or more bare nouns (住宿、交通和零售等行业; 光通信、激光和存储芯片): each item one
    content word (or two short ones), separated by 、 / 和 / 与 / 及. Only a list that ends in 等行业 / 等产业
    (sectors) or that has a member the other rules already know as a sector, technology or concept (the
    others are then of its kind); a list of places or names is left to the place and name rules."""
    layer = {(c.start, c.end): c.type for c in known if c.type in _LAYER_TYPES}
    other = {(c.start, c.end) for c in known if c.type not in _LAYER_TYPES}
    out = []
    n = len(tokens)
    i = 0
    while i < n:
        items: list[list[Token]] = []
        j = i
        cur: list[Token] = []
        while j < n:
            t = tokens[j]
            if t.word in _LIST_SEP and cur:
                items.append(cur)
                cur = []
                j += 1
                continue
            if _content(t) and len(cur) < 2:
                cur.append(t)
                j += 1
                continue
            break
        if cur:
            items.append(cur)
        if len(items) >= 3 and all(1 <= len(it) <= 2 for it in items):
            tail = text[tokens[j - 1].end : tokens[j - 1].end + 4] if j > 0 else ""
            typ = "Sector" if any(k in tail for k in _LIST_TAIL_SECTOR) else None
            spans = [(it[0].start, it[-1].end) for it in items]
            kinds = [layer[sp] for sp in spans if sp in layer]
            if typ is None and kinds:
                typ = Counter(kinds).most_common(1)[0][0]
            if typ is None or any(sp in other for sp in spans):
                i = max(j, i + 1)
                continue
            for it in items:
                word = "".join(t.word for t in it)
                if not 2 <= len(word) <= 6 or is_place(word) or any(is_place(t.word) or t.tag in ("ns", "nr", "nrt")
                                                                  for t in it):
                    continue
                if word in _STOP_NOUNS or it[0].word in _WEAK_MODS:
                    continue
                out.append(Candidate(it[0].start, it[-1].end, word, typ, "concept", 0.4))
        i = max(j, i + 1)
    return out


# ---------------------------------------------------------------- named corridors and trains: 中欧班列, 中老铁路
_ROUTE_HEADS = frozenset("班列 铁路 通道 走廊 高铁 专列".split())
# one-character abbreviations of countries and Chinese provinces / cities used in route names (中欧, 渝新欧, 中老)
_ABBR = frozenset("中美欧日韩俄印巴老越泰缅蒙哈吉乌塔土伊德法英意澳非亚渝蓉沪京津冀粤港澳湘鄂赣皖闽浙苏鲁豫晋陕甘"
                  "宁青藏川黔滇桂琼辽黑新")
_DIRECTIONS = frozenset("西部 东部 南部 北部 中部 西南 西北 东北 东南".split())
_PROPER_TAGS = frozenset("ns nr nrt j".split())


def programme_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool]) -> list[Candidate]:
    """A route or train programme: a head (班列, 铁路, 通道, 走廊 …) after a name made of proper words that are
    no place themselves (陆海, 中欧, 亚吉) or of two or more one-character country / province abbreviations
    (中 + 老, 渝 + 新 + 欧), optionally after a direction (西部) and with 新 or 经济 inside (西部陆海新通道,
    中巴经济走廊). A place alone before the head (重庆 + 铁路) or a common word (国际 + 物流 + 通道) is no name."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.word not in _ROUTE_HEADS or i == 0:
            continue
        j = i
        units = 0
        abbr = 0
        while j > 0 and i - j < 6:
            p = tokens[j - 1]
            w = p.word
            if len(w) == 1 and w in _ABBR:
                abbr += 1
            elif w == "经济" and j == i and tok.word == "走廊":
                pass
            elif p.tag in _PROPER_TAGS and len(w) >= 2 and not is_place(w) and w not in _DIRECTIONS:
                units += 1
            elif w in _DIRECTIONS and j < i:
                j -= 1
                break
            else:
                break
            j -= 1
        while j < i and tokens[j].word in ("新", "经济"):
            abbr -= tokens[j].word == "新"
            j += 1
        if j == i or not (units >= 1 or abbr >= 2):
            continue
        if abbr == 1 and units == 0:
            continue
        s = tokens[j].start
        out.append(Candidate(s, tok.end, text[s : tok.end], "Programme", "suffix", 0.55))
    return out


# ---------------------------------------------------------------- rules-9: keyness by jieba's IDF table
_IDF: dict = {}
_IDF_LOCK = threading.Lock()
# the least summed IDF of a compound's two words for the compound to stand on its own (tuned on dev half A:
# 16 / 17 / 18 / 19 / 20 / 22 / 24 / off; see gold/dev/README.md, rules-9)
PAIR_IDF = 18.0
# TF-IDF single-noun selection (the "keyness" family, off): words kept per 1,000 characters, least IDF,
# least number of uses in the document
KEYNESS = {"per_1000": 3.0, "min_idf": 7.0, "min_freq": 2}
_KEY_TAGS = frozenset("n vn nz l an".split())


def _idf_table() -> tuple[dict, float]:
    """jieba.analyse's bundled IDF table (word -> idf) and its median (jieba's default for unknown words)."""
    with _IDF_LOCK:
        if "idf" not in _IDF:
            table: dict[str, float] = {}
            try:
                with open(Path(_jieba_analyse_dir()) / "idf.txt", encoding="utf-8") as fh:
                    for line in fh:
                        w, _, v = line.rstrip("\n").partition(" ")
                        if v:
                            table[w] = float(v)
            except (OSError, ValueError):
                table = {}  # no table: nothing counts as rare (the rules-9 families then add nothing)
            vals = sorted(table.values())
            _IDF["idf"] = table
            _IDF["median"] = vals[len(vals) // 2] if vals else 0.0
    return _IDF["idf"], _IDF["median"]


def _jieba_analyse_dir() -> str:
    """Directory of jieba.analyse (its idf.txt), found without importing it (the import loads the table)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    return str(Path(spec.origin).parent / "analyse") if spec and spec.origin else ""


def keyness_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool],
                       known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Salient nouns: content words ranked by TF-IDF (uses in this document x jieba's IDF), the top few per
    1,000 characters, each used at least `min_freq` times and with IDF at least `min_idf` (rarer than everyday
    words). Typed by head like the compounds, else Concept."""
    idf, median = _idf_table()
    counts: Counter[str] = Counter()
    for t in tokens:
        w = t.word
        if t.tag in _KEY_TAGS and len(w) >= 2 and "\u4e00" <= w[0] <= "\u9fff":
            counts[w] += 1
    cfg = KEYNESS
    labels = {c.label for c in known}
    scored = []
    for w, k in counts.items():
        if k < cfg["min_freq"] or w in labels or w in _STOP_NOUNS or w in _STOP_HEADS or w in _WEAK_MODS \
                or is_place(w):
            continue
        v = idf.get(w, median)
        if v < cfg["min_idf"]:
            continue
        scored.append((k * v, w))
    scored.sort(key=lambda x: (-x[0], x[1]))
    keep = max(1, round(cfg["per_1000"] * len(text) / 1000))
    chosen = {w for _, w in scored[:keep]}
    return [Candidate(t.start, t.end, t.word, _head_type(t.word), "concept", 0.4) for t in tokens
            if t.word in chosen and t.tag in _KEY_TAGS]


def anti_measure_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """反 + a verb as one three-character verb (反洗钱, 反补贴, 反倾销) names a counter-measure, a policy
    instrument; a following 税 joins it (反补贴 + 税). Two-character 反 words (反对, 反映) and nouns (反作用)
    are no measure."""
    out = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        w = t.word
        if len(w) != 3 or w[0] != "反" or t.tag != "v":
            continue
        end = t.end
        if i + 1 < n and tokens[i + 1].word == "税":
            end = tokens[i + 1].end
        out.append(Candidate(t.start, end, text[t.start : end], "PolicyInstrument", "concept", 0.4))
    return out


def rare_pair(mw: str, hw: str) -> bool:
    """A compound of two rare words (IDF summed over both at least PAIR_IDF; a word outside jieba's table
    counts as the table's median) names a concept even when used once (回程 + 空箱, 职称 + 评审): everyday
    words (资金 + 通道, 数据 + 产品) sum well below it."""
    idf, median = _idf_table()
    return idf.get(mw, median) + idf.get(hw, median) >= PAIR_IDF


def concept_layer_candidates(text: str, tokens: Sequence[Token], is_place: Callable[[str], bool],
                             known: Sequence[Candidate] = ()) -> list[Candidate]:
    """All rules-8 / rules-9 concept-layer candidates (the families switched on in RULES8 / RULES9); `known`:
    the other rules'."""
    out: list[Candidate] = []
    if "npc" in RULES8:
        out += noun_compound_candidates(text, tokens, is_place, rare_pair if "rarepair" in RULES9 else None)
    if "repeat" in RULES8:
        out += repeated_noun_candidates(text, tokens, is_place)
    if "lists" in RULES8:
        out += list_item_candidates(text, tokens, is_place, known)
    if "programmes" in RULES8:
        out += programme_candidates(text, tokens, is_place)
    if "anti" in RULES9:
        out += anti_measure_candidates(text, tokens)
    if "keyness" in RULES9:
        out += keyness_candidates(text, tokens, is_place, [*known, *out])
    return out

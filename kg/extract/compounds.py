"""rules-5 mention rules: programme names in 通, unknown company names, and closed-head concept compounds.

Why separate: each rule was measured on its own (seeds leave-one-out, dev gold, blind dev gold) and kept only
when it added true positives without costing precision; keeping them apart makes that ablation a one-line
change in `detect`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.lexicon import CITIES
from kg.extract.model import Candidate
from kg.extract.segment import Token

# ---------------------------------------------------------------- programme names: 债券通, 跨境理财通, 沪深港通
_CONNECT_MOD_TAGS = frozenset("n vn nz j ns f b v".split())
_CONNECT_NOT_AFTER = frozenset("过了着车行常知报讯畅信电风用膨胀货")  # (rules-52: 考量 + 通/v 膨/v is 通膨)


def connect_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """A standalone 通 after 1-3 noun-like tokens (2-5 characters) names a connect programme: jieba keeps 通 as
    a word of its own only when no dictionary word (交通, 通过, 打通 …) absorbs it. A verb is allowed only
    after a noun (跨境 + 理财 + 通); a name is never verb-only."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.word != "通" or i == 0:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].word[:1] in _CONNECT_NOT_AFTER:
            continue
        mods: list[Token] = []
        j = i
        while j > 0 and len(mods) < 3:
            prev = tokens[j - 1]
            if prev.tag not in _CONNECT_MOD_TAGS or not "\u4e00" <= prev.word[0] <= "\u9fff":
                break
            mods.insert(0, prev)
            j -= 1
        while mods and mods[0].tag.startswith("v"):
            mods.pop(0)
        size = sum(len(t.word) for t in mods)
        if not mods or not 2 <= size <= 5 or all(t.tag.startswith("v") for t in mods):
            continue
        if mods[-1].tag.startswith("v") and len(mods) < 2:
            continue
        s = mods[0].start
        out.append(Candidate(s, tok.end, text[s : tok.end], "Programme", "concept", 0.55))
    return out


# ---------------------------------------------------------------- unknown company names: 亿+航+智能, 峰+飞+航空
_CO_HEADS = frozenset("智能 航空 科技 汽车 电子 半导体 生物 医药 能源 材料 动力 机器人 药业 光电 微电子".split())
_CO_HEADS |= frozenset("储能 重工 技术 互联 通信 软件 精密 装备 机械 制药 新材 智造".split())  # rules-28: 海辰储能
_CO_HEADS |= frozenset({"量子"})  # rules-35: 玻色量子
_NOT_NAME_CHARS = frozenset("的在和等是向由与及对为把被从于以其这那该各每某一了也都而或并将已就还又再让使给更最很"
                            "二三四五六七八九十百千万两几个年月日新老大小多少好")
_NOT_NAME_TAGS = frozenset("d p c u uj ul uz ud ug uv r rr rz y e o x q f t v vd vn".split())
# rules-61: at a clause's start a trade name's characters may be adverbs or verbs to jieba (越/d 疆 + 科技 主打,
# 逐/d 际 + 动力): there the run may hold them, but not the characters that open a predicate (不懂技术, 要靠科技)
_OPENER_NOT_CHARS = _NOT_NAME_CHARS | frozenset("不没未别莫非无有要想能会可请让靠用去来开办买卖做搞当进出到上下回"
                                                "过入成建设组合注投收交找帮跟同把")
_OPENER_NOT_TAGS = _NOT_NAME_TAGS - {"d", "v"}


def single_char_run_start(tokens: Sequence[Token], i: int, longest: int, not_chars: frozenset[str],
                          not_tags: frozenset[str]) -> int:
    """Where the run of single Han-character tokens right before tokens[i] starts (at most `longest` of them),
    stopping at a character or tag that cannot be part of a name: jieba cuts unknown names into characters."""
    j = i
    while j > 0 and i - j < longest:
        t = tokens[j - 1]
        w = t.word
        if len(w) != 1 or not "\u4e00" <= w <= "\u9fff" or w in not_chars or t.tag in not_tags:
            break
        j -= 1
    return j


def oov_company_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """An industry word (智能, 航空, 科技 …) right after 2-4 single Han characters that jieba could not join into
    any word: the characters are an unknown trade name, so the whole run is a company (亿航智能)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.word not in _CO_HEADS or i < 2:
            continue
        j = single_char_run_start(tokens, i, 5, _NOT_NAME_CHARS, _NOT_NAME_TAGS)
        if i - j < 2:
            j = single_char_run_start(tokens, i, 2, _OPENER_NOT_CHARS, _OPENER_NOT_TAGS)
            if j > 0 and tokens[j - 1].tag != "x":
                continue
        run = tokens[j:i]
        if not 2 <= len(run) <= 4 or all(t.tag == "a" for t in run):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].word in _CO_HEADS:
            continue  # 智能 + 汽车: the name goes on; the later head handles it
        s = run[0].start
        out.append(Candidate(s, tok.end, text[s : tok.end], "Company", "suffix", 0.55))
    return out


# ---------------------------------------------------------------- rules-61: factories, 沈阳 + 汽车 + 齿轮厂
_PLANT_ENDS = ("电厂", "水厂", "炼油厂", "核电厂")  # power and water plants are sites (the _SITES suffix rule)
_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]{1,3}$")


_OWNERS = frozenset("国营 国有 地方国营 公营 市属 省属 县属".split())


def factory_candidates(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """A factory a city names, with its product or number between (沈阳汽车齿轮厂, 上海第一钢铁厂): state plants
    are firms known by that name. Only a city opens it: Taiwan and Hong Kong usage calls any maker 厂 (美国无人机厂,
    台湾零组件厂), a country or region with a product, which is a kind of firm, not one."""
    out = []
    for i, tok in enumerate(tokens):
        w = tok.word
        if not w.endswith("厂") or w.endswith(_PLANT_ENDS) or i == 0:
            continue
        j = i
        while j > 0 and i - j < 3 and tokens[j - 1].word not in _OWNERS and (
                tokens[j - 1].tag in ("n", "nz", "nr") and len(tokens[j - 1].word) >= 2
                or _ORDINAL.match(tokens[j - 1].word)):
            j -= 1
        if len(w) == 1 and j == i or j == 0:
            continue  # (a bare 厂 needs its product: 沈阳 + 厂 is the city's plant, unnamed)
        city = tokens[j - 1].word
        if city in _OWNERS and tok.end - tokens[j].start >= 3:  # rules-63: a state plant (国营 + 宇宙瓷厂)
            out.append(Candidate(tokens[j].start, tok.end, text[tokens[j].start : tok.end], "Company", "suffix", 0.55))
            continue
        if (city in CITIES or city.endswith("市") and city[:-1] in CITIES) and tok.end - tokens[j].start >= 3:
            s = tokens[j - 1].start  # (not 唐山 + 钢厂: a city's mills, a kind of plant)
            out.append(Candidate(s, tok.end, text[s : tok.end], "Company", "suffix", 0.6))
    return out


# ---------------------------------------------------------------- concept compounds with a closed head list
# heads that turn a domain noun into a named concept (贸易摩擦, 金融开放, 技术门槛, 监管互信 …)
_HEAD_TYPES = {
    "摩擦": "Concept", "壁垒": "Concept", "主义": "Concept", "模式": "Concept", "开放": "Concept", "互信": "Concept",
    "共享": "Concept", "门槛": "Concept", "国际化": "Concept", "配置": "Concept",
    "互联互通": "Concept", "一体化": "Concept", "脱钩": "Concept", "政治": "Concept", "合规": "PolicyInstrument",
    "监管": "PolicyInstrument", "管理": "PolicyInstrument",
    "关税": "PolicyInstrument", "税": "PolicyInstrument",  # rules-6: 进口关税, 反补贴税, 所得税
}  # 场景 / 审查 / 认证 were measured as heads and dropped: 安全场景, 算法审查, 质量认证 are descriptions
# generic compounds with these heads that are not concepts (a description, not a name)
_STOP_COMPOUNDS = frozenset(
    "发展模式 这种模式 新模式 老模式 运营模式 经营模式 管理模式 工作模式 开发模式 对外开放 全面开放 扩大开放 "
    "进一步开放 企业管理 日常管理 内部管理 经营管理 行政管理 项目管理 加强管理 严格管理 加强监管 严格监管 "
    "有关监管 相关监管 资源共享 全面监管 政府监管 市场监管 安全管理".split()
)
_MOD_OK_TAGS = frozenset("n vn nz j l b an".split())
_WEAK = frozenset(
    "全球 世界 国内 国际 整体 宏观 区域 当地 本地 全国 城市 相关 有关 各项 各类 其他 现有 现行 原有 传统 新 老 "
    "这种 那种 这些 那些 一种 各种 上述 我国 国家 政府 中央 地方 企业 市场 行业 产业 经济 社会 整个 部分 主要 "
    "重要 基本 具体 有效 良好 必要 一定 更多 更好 同样 不同 类似 特定 专项 配套 进一步 全面 扩大 加强 严格 "
    "日常 内部 工作 项目 自身 双方 各方 两地".split()
)
_NOUNISH_NEXT = frozenset("n vn nz l an j".split())


def compound_concept_candidates(text: str, tokens: Sequence[Token], is_place) -> list[Candidate]:
    """A concept compound: one jieba word that ends in a closed-list head (贸易壁垒, 保护主义, 商业模式), or two
    words modifier + head (贸易 + 摩擦, 金融 + 开放). Not when the phrase goes on as a noun (开放程度), when the
    head is a verb with an aspect particle (开放了), when the modifier is generic or a place, or when the
    modifier continues a longer noun phrase to its left (a clause or a description, not a named concept)."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = tok.word
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and (nxt.tag in _NOUNISH_NEXT and len(nxt.word) >= 2 or nxt.word in ("了", "着", "过")):
            continue
        # one jieba word: 贸易壁垒, 保护主义
        if len(w) >= 4 and tok.tag in ("n", "nz", "l", "vn"):
            for hl in (4, 3, 2):
                head = w[-hl:]
                if head in _HEAD_TYPES and len(w) - hl >= 2:
                    mod = w[:-hl]
                    if w not in _STOP_COMPOUNDS and mod not in _WEAK and not is_place(mod):
                        out.append(Candidate(tok.start, tok.end, w, _HEAD_TYPES[head], "concept", 0.5))
                    break
            continue
        typ = _HEAD_TYPES.get(w)
        if typ is None or i == 0:
            continue
        mod = tokens[i - 1]
        if (mod.tag not in _MOD_OK_TAGS or len(mod.word) != 2 or mod.word in _WEAK or is_place(mod.word)
                or mod.word in _HEAD_TYPES):
            continue
        if i >= 2 and tokens[i - 2].tag in _MOD_OK_TAGS and len(tokens[i - 2].word) >= 2:
            continue  # 企业 + 数据 + 共享: a longer description; too vague to name a concept
        label = mod.word + w
        if label in _STOP_COMPOUNDS:
            continue
        out.append(Candidate(mod.start, tok.end, label, typ, "concept", 0.5))
    return out


# ---------------------------------------------------------------- actor groups: 个人投资者, 内地居民, 欧洲车厂
_GROUP_HEADS = frozenset("投资者 从业者 经营者 居民 客户 车厂 车企 药企 金融机构 厂商 业者".split())
# rules-6: heads naming people or organisations as a class (独居 + 老人, 返乡 + 人员, 新创 + 公司, 民办 + 养老机构)
_GROUP_HEADS_6 = frozenset("老人 农民 农户 干部 人员 人群 群体 职工 工人 员工 股东 公司 机构 养老机构 合作社 组织 委员 "
                           "青年 毕业生 家庭 商户 用户".split())
_GROUP_MOD_TAGS = frozenset("n nz j ns b s f an".split())
_GROUP_MOD_TAGS_6 = (_GROUP_MOD_TAGS - {"ns", "s", "f"}) | frozenset({"nr", "l"})
_GROUP_WEAK_MODS = frozenset(
    "工作 管理 相关 有关 其他 部分 广大 大量 很多 许多 一般 普通 主要 重点 专业 技术 服务 研究 行政 金融 投资 中介 "
    "监管 执法 公共 社会 国内 海外 境外 外地 本地 当地 全体 所有 各类 各级 有些 这些 那些 该 其 领导 家中 家里 "
    "成立 设立 注册 发展 建设 推动 支持 鼓励 引导 参与 组织 提供 提出 进行 开展 实现 加强 包括 作为 成为 需要 没有 "
    "具有 拥有 存在 面临 进入 出现 形成 产生 认为 表示 指出".split()
)


def actor_group_candidates(text: str, tokens: Sequence[Token], is_place) -> list[Candidate]:
    """A group of actors named by a modifier and a closed-list head (个人 + 投资者, 内地 + 居民, 欧洲 + 车厂):
    a descriptive actor group, the way the curation annotates them. A bare head (投资者) is too generic."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        new_head = tok.word in _GROUP_HEADS_6
        if tok.word not in _GROUP_HEADS and not new_head or i == 0:
            continue
        if i + 1 < n and tokens[i + 1].tag in _NOUNISH_NEXT and len(tokens[i + 1].word) >= 2:
            continue
        mod = tokens[i - 1]
        if mod.tag not in (_GROUP_MOD_TAGS_6 if new_head else _GROUP_MOD_TAGS) or not 2 <= len(mod.word) <= 3 or (
                mod.word in _WEAK and not is_place(mod.word)):
            continue
        if new_head and (mod.word in _GROUP_WEAK_MODS or mod.word.endswith(("化", "性")) or is_place(mod.word)
                         or i >= 2 and tokens[i - 2].tag in ("n", "vn", "nz") and len(tokens[i - 2].word) >= 2):
            continue  # 工作人员, 相关机构, 中国公司 (a place is a nationality, not a class), 科技 + 服务 + 机构
        out.append(Candidate(mod.start, tok.end, mod.word + tok.word, "ActorGroup", "concept", 0.45))
    return out

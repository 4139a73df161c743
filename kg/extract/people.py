"""Persons: role + name, bylines, speakers, addressed and aged interviewees (person_candidates), and
transliterated foreign names of people and places (foreign_name_candidates).

A Chinese personal name is a surname + one or two characters, which jieba often cuts or tags as words, so
these rules read the slots news puts names in (a role before, a speech verb after, a byline) rather than the
tokens; `_word_not_name` then rejects a match that is a word of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.concepts import RULES8
from kg.extract.lexicon import CITIES, COUNTRIES, PROVINCES, ROLES, SPEECH_VERBS, SURNAMES
from kg.extract.model import Candidate
from kg.extract.names10 import RULES10, SURNAMES10, TITLES
from kg.extract.segment import Token, frequency, in_dictionary, tag_of
from kg.extract.terms import term_gazetteer

# ---------------------------------------------------------------- persons
_SUR = "|".join(sorted(SURNAMES | (SURNAMES10 if "titles" in RULES10 else frozenset()), key=len, reverse=True))
_NAME = rf"(?:{_SUR})[\u4e00-\u9fff]{{1,2}}"
# rules-48: Taiwan news names a suspect by surname and sex (陈男, 林女): never the start of a firm's name
ANONYMISED = re.compile(rf"(?:{_SUR})[男女](?![装鞋性子])")
_AFTER_NAME = (
    r"(?=" + "|".join(SPEECH_VERBS)
    + r"|在|是|曾|也|则|对|等|的|和|与|于|说|称|先生|女士|[，。：；、,.:;（()）\s”」/／]|$"
    + (r"|日前|近日|今天|今日|昨天|昨日|本周|上周|此前|随后|已经|还|并|向|就|将" if "names8" in RULES8 else "")
    + (r"|亦|早前|去年|今年" if "titles" in RULES10 else "")
    + r"|多次|再次|一再|曾经|公开|直言|坦言|透露|强调"  # rules-13: an adverb or reporting word after a title + name
    + r"|创办|创立|创建|领衔|带领|牵头|主持|团队|课题组"  # rules-25: 教授何清华 + 创办: what a named person did
    + r"|前不久|不久前|近期|最近|当时|后来|早在|一直|同样"  # rules-35: a time word (合伙人李卓然 + 前不久)
    # rules-37: 作者梁凯晴 + 为 (not 李晨 + 认为), 商户王秀琴 + 发现
    + r"|(?<![认作成因以称视行])为|发现|觉得|估计|表明|算过"
    # rules-38: what a named person does next in a feature story (班长黄国栋 + 拿著, 局长杜微 + 出任)
    + r"|一边|正在|刚刚|随即|立即|笑着|拿着|拿著|指着|指著|带着|带著|把|被|出任|担任|接任|兼任|上任|卸任|辞去"
    + r"|质询|追问|提问|发言|回答|答复|受访|接受"  # rules-41: a legislator's questions (立委吴宗翰 + 质询)
    # rules-43: a preposition opening what a forum speaker talks about (副总裁沈国栋 + 以, 合伙人章丽 + 从), not the
    # 以 of 可以 / 所以 / 难以
    + r"|(?<![可所难得予加足用借据])以|从|自|通过|结合|围绕|针对|作为"
    + r"|回忆|感叹|补充|提醒|算了"  # rules-44: a feature's reporting words (导游吴佳玲 + 回忆)
    + r"|每年|每天|每周|每次|每逢"  # rules-47: a habit after the name (采购经理王蕾 + 每年)
    + r"|(?:看法|观点|态度)(?=更|则|也|很|较|比较|相对|不同|相同|一致|截然)"  # rules-64: 创始人黄子健 + 看法更直接
    + r"|持(?=不同|相同|反对|保留|乐观|悲观|谨慎|开放"  # rules-50: a stance taken (立法委员苏建宏 + 持不同看法)
    + r"|相近|类似|相似|一致|同样)"  # (rules-63: 教授周志鹏 + 持相近看法)
    + r"|会后|会上|会中|受邀"  # rules-52: 部长龚明鑫 + 会后
    + r"|支持|反对|赞成|质疑|批评|认同|同意|不同意|提出|呼吁|要求|建议"  # rules-54: 议员陈倩仪 + 支持
    + r"|家(?=的|里|中|门|人)"  # rules-48: the named person's home (牧民巴特尔 + 家的草场)
    # rules-57: where a feature's person stands and what an official decides (村民黄桂英 + 蹲在, 主委陈吉仲 + 决定)
    + r"|站在|坐在|蹲在|躺在|走进|走出|来到|回到|决定|宣布|请辞|辞职|签署"
    + r"|代表(?=[\u4e00-\u9fff]{0,6}(?:政府|委员会|公司|集团|作|发言|致辞|签))"  # rules-59: 县长吴振东 + 代表县政府作
    + r"|投了|投下"  # rules-59: 独立董事周蕴华 + 投了弃权票
    + ")"
)
# rules-35: who a person is, as news introduces ordinary people by name (村民黄锦泉说, 果农林振福, 店主王丽)
_PERSON_NOUNS = ("村民 居民 市民 农民 果农 菜农 茶农 渔民 蚵农 牧民 老板 店主 店长 车主 厂长 工人 司机 员工 职员 "
                 "业者 经销商 车商 房东 租客 家长 学生 老师 医生 护士 游客 网友 从业者 创业者 投资人 投资者 消费者 "
                 "打工者 外卖员 骑手 商户 摊主 业主 屋主 买家 卖家 房仲 中介 船东 货主 园主 场主 矿工 工友 "
                 # rules-38: the ranks and trades of people in a workplace story
                 "班长 组长 队长 站长 场长 科长 股长 课长 主管 技师 技术员 机长 列车长 船长 教师 讲师 会计 "
                 "药师 实习生 见习记者 特约记者 通讯员 矿长 矿主 律师 合伙律师 社工 护理员 院友 住客 导游 领队 "
                 "蛋农 稻农 猪农 花农 棉农 烟农 瓜农 鸡农 养殖户 干事 专员 秘书 议员助理 "
                 # rules-47: family members named in a feature story
                 "女儿 儿子 妻子 丈夫 母亲 父亲 太太 老伴 孙女 孙子 姐姐 妹妹 哥哥 弟弟 "
                 # rules-49: the court, the clinic, the stall and the council chamber
                 "检察官 法官 审判长 警官 主任委员 医师 建筑师 设计师 厨师 店员 摊商 摊贩 老板娘 头家 阿嬷 阿公 区议员 "
                 "股东 "
                 # rules-57: people a story names by what they are or do (澳门青年陈思朗, 影评人韩松溪)
                 "青年 影评人 评论人 评论员 作家 导演 演员 歌手 "
                 # rules-59: the people a listed firm's disclosure names (实际控制人陈国栋, 独立董事周蕴华)
                 "实际控制人 独立董事 董事会秘书 董秘 财务总监 "
                 # rules-61: a worker named after the trade (质检员赵春生, 焊工李强)
                 "质检员 检验员 操作员 驾驶员 销售员 快递员 服务员 营业员 收银员 配送员 网格员 调度员 保洁员 安全员 "
                 "焊工 钳工 电工 车工 装配工 维修工 农技员 护工 "
                 "总厨 行政总厨 主厨 厨师长 加盟商 "  # (rules-62: 行政总厨周永福)
                 # rules-63: how a feature introduces a young or old person, or a craftsman (河南姑娘郭晓雯)
                 "姑娘 小伙 小伙子 女孩 男孩 大爷 大妈 大姐 大哥 小哥 老汉 匠人 手艺人 工匠 传承人 陶艺家 陶艺师 "
                 "画家 窑工 茶艺师 "
                 # rules-64: foreign workers and traders, hosts and members named with a Latin form (渔工阿里夫（Arif）)
                 "贸易商 渔工 看护工 主播 网红 会员 资深会员 工程师").split()
_ROLES_ALL = sorted(set(ROLES) | (set(TITLES) if "titles" in RULES10 else set()) | set(_PERSON_NOUNS), key=len,
                    reverse=True)
_ROLE_NAME = re.compile(r"(?:" + "|".join(_ROLES_ALL) + r")[：:\s]?(" + _NAME + ")"
                        + _AFTER_NAME)
# (rules-6: also 记者 + name with no separator, as Taiwan bylines write it: 记者黄雅婷／台北报导)
# (rules-25: the credit lines of a news page, 校对：吴磊, 摄影：龙俊杰, 图：…; rules-26: 文／蔡孟洁)
# rules-64: a role, then a Latin personal name (经销商Ramon Santos), or a Chinese name glossed in Latin (贸易商阮氏红
# （Nguyen Thi Hong）): both are the person, not a firm
_LATIN_NAME = r"[A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})?(?: [A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})?){1,2}"
_ROLE_LATIN = re.compile(r"(?:" + "|".join(_ROLES_ALL) + r")[ ：:]?(" + _LATIN_NAME + r")(?![A-Za-z])")
_ROLE_GLOSSED = re.compile(r"(?:" + "|".join(_ROLES_ALL) + r")([\u4e00-\u9fff]{2,4}?)"
                           r"(?=[（(][A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}[）)])")
_BYLINE_NAME = re.compile(r"(?:(?:作者|撰文|撰稿|文字|记者|文|编辑|责编|校对|审校|摄影|摄|图|通讯员"
                          r"|原创|审核|联系人|主编|统筹|出品人|制图|排版)[：:|｜/／\s]\s*"  # (rules-52: 原创 周启航)
                          r"|(?:(?<![\u4e00-\u9fff])|(?<=本报))记者)(" + _NAME + r")(?=[\s,，。）)（(／/]|$)")
# rules-7: a column byline on a line of its own, "财经评论 | 冯子健", "观点｜李明"
_COLUMN_BYLINE = re.compile(r"(?m)^[ \t]*[\u4e00-\u9fff]{1,8}[ \t]*[|｜][ \t]*(" + _NAME + r")[ \t]*$")
# rules-38: reporting verbs of a feature story after a bare name at a clause start (。刘长海介绍，…)
_MORE_SPEECH = ("介绍", "透露", "告诉", "回忆", "解释", "感叹", "补充", "提醒", "坦承", "算了一笔账")
# (rules-41: also right after a word for a trade or a group of people, 稻农彭文辉说, 工人李四表示)
# (rules-63: also after the closing quote of what the person said: “……，”郭晓雯说)
_SPEAKER_NAME = re.compile(r"(?:^|(?<=[，。：；\s“」”』的农民工商户员师长主生者]))(" + _NAME
                           + r")(?=(?:则|也|还|亦)?(?:"  # (rules-46: 李佳蓉 + 则表示)
                           + "|".join([*SPEECH_VERBS[:8], *_MORE_SPEECH]) + "))")
# rules-31: a title after the name (管华诗院士团队, 张三教授表示), after a clause boundary or 的
_NAME_TITLE = re.compile(r"(?:^|(?<=[，。：；\s“」的、]))(" + _NAME + r")(?=院士|教授|研究员|博士|先生|女士)")
# rules-35: the founder or leader of something, by the verb after 由 (由陆学森创办, 由王坚院士领衔)
_FOUNDER_NAME = re.compile(r"(?<=由)(" + _NAME + r")(?=创办|创立|创建|发起|领衔|带领|牵头|主导|执导|导演)")


# rules-48: an interviewee news names by surname and address only (28岁的陈小姐, 家长林女士, 梁伯告诉笔者)
# (rules-57: and by the family word a neighbour would use: 陈伯伯, 黄太, 王阿姨, 林阿嬷)
_ADDRESSED = re.compile(r"(?:^|(?<=[，。：；\s“「的、长民户主]))((?:" + _SUR + r")"
                        r"(?:小姐|先生|女士|太太|伯伯|阿伯|阿姨|阿嬷|奶奶|爷爷|婆婆|伯(?!伯)"
                        r"|太(?![太阳空多少过快慢久远近平大小高低好差重轻贵])))"
                        r"(?=[，。：；、\s”」（(]|表示|说|指|称|认为|坦言|告诉|今|在|也|则|透露|无奈|直言|的)")


# rules-49: a person a feature introduces by age (二十八岁的许思远; rules-54: without 的, 62岁黄美玲)
_AGED_NAME = re.compile(r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:多)?岁的?(" + _NAME + r")(?=[，。、：；\s]|"
                        + "|".join(SPEECH_VERBS[:8]) + r"|去年|今年|从|在|是|已|曾|每|还|也|则|和|与|一家|有|说)")
# rules-54: someone interviewed (经营茶餐厅的何志明 + 接受本报访问)
_INTERVIEWED = re.compile(r"(?<=[的，。\s])(" + _NAME + r")(?=接受(?:本报|记者|媒体|笔者)?(?:访问|采访|专访))")


# rules-56: a name the paper says it changed (李红霞（化名）, 王先生（均为化名）): only a person's name is so marked
_PSEUDONYM = re.compile(r"(?:^|(?<=[，。：；\s“「的、农民工商户员师长主生者人]))(" + _NAME + r")"
                        r"(?=[（(][^（）()\n]{0,10}化名[)）])")
# rules-56: a wire dateline after the reporter (中央社记者林雅琪台北3日电, 记者王伟北京5月3日电)
_DATELINE = re.compile(r"记者((?:" + _SUR + r")[\u4e00-\u9fff]{3,7}?)(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日电")
_DATELINE_PLACES = CITIES | COUNTRIES | PROVINCES


# each rule, its confidence, and the words one of which its match must contain (a cheap test that lets the slow
# scan of a surname before a lookahead be skipped)
_RULES = ((_ROLE_NAME, 0.75, ()), (_BYLINE_NAME, 0.75, ()), (_SPEAKER_NAME, 0.55, ()),
          (_NAME_TITLE, 0.6, ("院士", "教授", "研究员", "博士", "先生", "女士")), (_FOUNDER_NAME, 0.55, ("由",)),
          (_ADDRESSED, 0.5, ("小姐", "先生", "女士", "太", "伯", "阿", "奶奶", "爷爷", "婆婆")),
          (_AGED_NAME, 0.55, ("岁",)),
          (_INTERVIEWED, 0.55, ("接受",)), (_COLUMN_BYLINE, 0.7, ("|", "｜")), (_PSEUDONYM, 0.6, ("化名",)),
          (_ROLE_GLOSSED, 0.55, ("（", "(")))


def person_candidates(text: str) -> list[Candidate]:
    out = _dateline_names(text)
    for rx, conf, needs in _RULES:
        if needs and not any(word in text for word in needs):
            continue  # the rule's anchor word is absent: no need to scan the text
        for m in rx.finditer(text):
            name = m.group(1)
            if len(name) == 3 and name[2] in _NAME_FUNCTION_CHARS and rx is _ROLE_NAME:
                name = name[:2]  # rules-57: 副总经理 + 许敏 + 则把: the adverb after a two-character name
            elif len(name) == 3 and name[2] in "说称":
                name = name[:2]  # rules-61: 工人 + 李强 + 说，: the speech verb after a two-character name
            if len(name) == 3 and (name[1:] in SPEECH_VERBS or name[1:] in _MORE_SPEECH):
                continue  # rules-62: 业主 + 管坦言: a role's last character, then a speech verb, is no name
            end = m.start(1) + len(name)
            if _word_not_name(name) or end < len(text) and in_dictionary(text[m.start(1) : end + 1]):
                continue  # (rules-60: 何去何 + 从 is the idiom 何去何从, no name)
            if rx is _SPEAKER_NAME and m.start(1) > 0 and text[m.start(1) - 1] not in _CLAUSE_MARKS and (
                    in_dictionary(text[m.start(1) - 1] + name[:2]) or name[1] in _ADVERB_CHARS):
                continue  # rules-41: 工 + 程师 + 表示 is 工程师, 工 + 信局 is 工信局; 户 + 时更有: an adverb inside
            out.append(Candidate(m.start(1), m.start(1) + len(name), name, "Person", "person", conf))
    return out


# words that make a Latin name a body's, never a person's
ORG_WORDS = frozenset("Group Capital Bank Holdings Technology Technologies Tech Partners Fund Inc Ltd Limited Co "
                      "Corp Corporation Company Lab Labs Institute University College Association Council Authority "
                      "Office Ventures Investment Investments Securities Exchange Robotics Motors Energy Power"
                      .split())


def latin_person_candidates(text: str) -> list[Candidate]:
    """A Latin personal name right after a role word (工程师Arjun Mehta), typed Person over the Latin rule's firm."""
    if not any("A" <= ch <= "Z" for ch in text):
        return []
    return [Candidate(m.start(1), m.end(1), m.group(1), "Person", "person", 0.55) for m in _ROLE_LATIN.finditer(text)
            if not ORG_WORDS.intersection(m.group(1).split())]


def _dateline_names(text: str) -> list[Candidate]:
    """The reporter's name in a wire dateline: the characters before the city, which must be a known place
    (林雅琪 + 台北); a name is two or three characters, so at most two splits to try."""
    out = []
    for m in _DATELINE.finditer(text):
        run = m.group(1)
        for size in (3, 2):
            if run[size:] in _DATELINE_PLACES and not _word_not_name(run[:size]):
                out.append(Candidate(m.start(1), m.start(1) + size, run[:size], "Person", "person", 0.75))
                break
    return out


# rules-12: a surname-initial word that is a function word or a common verb / adverb (但也 + 说明, 负责人 + 解释)
_NAME_FUNCTION_CHARS = frozenset("也都就还又却则亦便即乃并")
_ADVERB_SURNAMES = frozenset("都也还就才再又")  # surnames that are also adverbs
_ADVERB_CHARS = frozenset("更也都就还又再才很太最")
_CLAUSE_MARKS = frozenset("，。：；“」的 \n\t")
_PRONOUN_CHARS = frozenset("他她它我你您们")
_SELF_WORDS = frozenset("笔者 记者 作者 本人 本报 大家 各位 外界 媒体 公众 自己 对方".split())
_NOT_NAME_TAGS = ("v", "d", "c", "p", "a", "u", "r", "y")
COMMON_NOUN_FREQ = 200
_COMMON_NOUN_FREQ2 = 20  # rules-48: no two-character personal name in the dev gold is a jieba noun this common
COMMON_VERB_FREQ = 1000


def _word_not_name(name: str) -> bool:
    """Whether a person rule's match is a word of another kind: a function word, a common noun or verb, a body."""
    if len(name) == 2 and name[1] in _NAME_FUNCTION_CHARS or name[0] in "和与及或但":  # (rules-38: 但 + 前者)
        return True  # (rules-25: 医生 + 和律师: a conjunction, not the surname 和)
    if name[1] in "了着著":  # rules-63: a verb and its aspect particle (青年 + 来了), no name
        return True
    if len(name) == 3 and name[2] in "界方们" :
        return True  # rules-46: 劳工界, 资方: a side or a trade, not a person
    if name[0] in _ADVERB_SURNAMES and (tag_of(name[1:]) or "").startswith(("a", "v", "d")):
        return True  # rules-40: 商户 + 都 + 乐观: an adverb before an adjective, not the surname 都
    if len(name) == 3 and (name[2] in _NAME_FUNCTION_CHARS or name[2] in "讯后时里内"):
        return True  # rules-51: 何伯 + 也, 南都 + 讯 (a paper's dispatch line); rules-54: 修正 + 后: no name ends so
    if name[1:] in _SELF_WORDS:
        return True  # rules-50: 教授 + 向笔者 + 表示: a preposition before the writer, not the surname 向
    if any(ch in _PRONOUN_CHARS for ch in name[1:]):
        return True  # rules-26: 但 + 他也: a pronoun is never part of a name
    if len(name) == 3 and tag_of(name[:2]) == "n" and frequency(name[:2]) >= COMMON_NOUN_FREQ:
        return True  # rules-32: 的 + 居民来 + 说: a common noun opens a phrase, not a three-character name
    if len(name) == 3 and (tag_of(name[:2]) or "").startswith(("v", "a")) and frequency(name[:2]) >= COMMON_VERB_FREQ:
        return True  # rules-35: 的 + 展示车 + 说: a common verb or adjective opens a phrase
    tag = tag_of(name)
    if len(name) == 3 and tag is not None and not tag.startswith("nr"):
        return True  # rules-48: a three-character word jieba knows as no name (买家 + 印花税)
    if tag == "n" and frequency(name) >= (COMMON_NOUN_FREQ if len(name) > 2 else _COMMON_NOUN_FREQ2):
        return True  # rules-17: 代表 + 全局: a common noun, no name (rules-48: any two-character noun, 商户)
    if tag in ("nt", "ns") or term_gazetteer().lookup(name):  # rules-21: 国科会 + 表示 is a body, not a person
        return True
    return tag is not None and tag.startswith(_NOT_NAME_TAGS)


# ---------------------------------------------------------------- rules-6: transliterated foreign names
# characters Chinese uses to transliterate foreign names (Scholz 朔尔茨, Szeged 塞格德, Dresden 德勒斯登)
_TRANSLIT = (
    "阿埃艾安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩尔法范菲费芬丰弗福富盖甘戈格贡古瓜哈海汉豪赫"
    "亨胡华霍基吉加贾杰金卡凯坎科克肯库夸奎拉莱兰朗劳勒雷里利莉连林琳卢鲁伦罗洛马迈麦曼梅蒙米明莫默姆穆纳奈南内尼宁努诺欧"
    "帕潘佩皮普奇琪乔切萨塞桑瑟森沙尚舍什施舒斯松苏索塔泰坦汤唐特滕提图托瓦万威韦维温沃乌伍西希谢辛休修雅亚扬耶伊因英尤"
    "约泽扎詹朱茨兹朔敦黎登龙那娜妮莎丽琼茜黛露珀葛"
)
# what may follow a transliterated name: punctuation, or a function word / speech verb opening the clause
_AFTER_FOREIGN = "(?=[^\u4e00-\u9fff]|[的在将也等和与及是为已曾则就都还于对称说表指认强访宣会]|$)"
_FOREIGN_ROLES = ("总理", "总统", "首相", "外长", "财长", "部长", "国务卿", "副总统", "主席", "首席执行官", "执行长",
                  "大使",
                  "议员", "行长", "总裁", "董事长", "创始人", "CEO")
_FOREIGN_PERSON = re.compile("(?:" + "|".join(_FOREIGN_ROLES) + ")([" + _TRANSLIT + "]{2,5}(?:·[" + _TRANSLIT
                             + "]{2,5})?)" + _AFTER_FOREIGN)
# (rules-56: a state's name ends at 州 / 邦, whatever follows: 印度 + 泰米尔纳德邦 + 扩建)
_FOREIGN_PLACE = re.compile("(?:" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + ")(?:([" + _TRANSLIT
                            + "]{2,6}?)([州邦])|([" + _TRANSLIT + "]{2,5}?)" + _AFTER_FOREIGN + ")")


def foreign_name_candidates(text: str) -> list[Candidate]:
    """A transliterated name after a role word is a person (总理朔尔茨); right after a country name it is a
    place in that country (匈牙利塞格德, 美国亚利桑那州). jieba splits such names into pieces (朔/尔茨)."""
    out = [Candidate(m.start(1), m.end(1), m.group(1), "Person", "person", 0.55)
           for m in _FOREIGN_PERSON.finditer(text)]
    for m in _FOREIGN_PLACE.finditer(text):
        group = 1 if m.group(1) else 3
        name = text[m.start(group) : m.end()]
        if name in COUNTRIES or name in CITIES:
            continue
        typ = "Province" if m.group(2) else "City"
        out.append(Candidate(m.start(group), m.end(), name, typ, "place", 0.5))
    return out


# ---------------------------------------------------------------- rules-56: names written with a middle dot
_DOTS = frozenset("·‧・•")
_HYPHENS = frozenset("-‐－")
_DOT_NAME_TAGS = frozenset("nr nrt nrfg ns nz oov ng g".split())
# more characters of Uyghur and Central Asian names (艾力·吐尔逊, 热依拉, 阿依古丽), which jieba tags as verbs
_DOT_TRANSLIT = frozenset(_TRANSLIT) | frozenset("依古丽买提力吐逊热合孜衣玉素甫吾坎汗江则娜尔乌别")
_DOT_PLACES = CITIES | COUNTRIES | PROVINCES


def _is_han(word: str, longest: int) -> bool:
    return 0 < len(word) <= longest and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _dot_side(tokens: Sequence[Token], i: int, step: int) -> list[Token]:
    """The tokens of one side of the dot, walking away from it: name-tagged words, transliteration-only
    words or single characters that are no function word, up to six characters."""
    side: list[Token] = []
    size = 0
    k = i + step
    while 0 <= k < len(tokens):
        tok = tokens[k]
        w = tok.word
        if not _is_han(w, 6 - size):
            break
        rare_noun = tok.tag == "n" and len(w) >= 3 and frequency(w) < COMMON_NOUN_FREQ * 2
        if not (tok.tag in _DOT_NAME_TAGS or all(ch in _DOT_TRANSLIT for ch in w) or rare_noun
                or len(w) == 1 and not tok.tag.startswith(_NOT_NAME_TAGS)):
            break
        if side and step > 0 and len(side[-1].word) > 1:
            nxt = tokens[k + 1].word if k + 1 < len(tokens) else ""
            if len(w) == 1 and w in _DOT_TRANSLIT and size + 1 <= 6 and not _is_han(nxt[:1], 1):
                side.append(tok)  # rules-60: one transliteration character the name ends in (哈尔 + 比/p + （)
            break  # the family name after the dot is one word (买买提, 马斯克)
        if side and step < 0 and len(w) > 1 and not all(ch in _DOT_TRANSLIT for ch in w):
            break  # a word further from the dot is a title or a noun (王储 + 穆罕默德)
        side.append(tok)
        size += len(w)
        k += step
    return side if step > 0 else side[::-1]


def dotted_name_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """A given name · a family name (阿依古丽·买买提, 埃隆·马斯克, 三 parts: 穆罕默德·本·萨勒曼): Uyghur, Tibetan and
    foreign names are written so, and jieba cuts them into name-tagged pieces. Two places joined by a dot
    (中国·哈尔滨, 横琴·澳门) are a slogan's style, not a person."""
    out: list[Candidate] = []
    dots = [k for k, tok in enumerate(tokens) if tok.word in _DOTS]
    i, n = (dots[0] if dots else len(tokens)), len(tokens)
    while i < n:
        if tokens[i].word not in _DOTS or i == 0:
            i += 1
            continue
        left, right = _dot_side(tokens, i, -1), _dot_side(tokens, i, 1)
        parts = [left, right]
        j = i + len(right) + 1  # a further dot and part go on the same name
        while right and j < n and tokens[j].word in _DOTS and (right := _dot_side(tokens, j, 1)):
            parts.append(right)
            j += len(right) + 1
        i = j
        sizes = [sum(len(t.word) for t in part) for part in parts]
        if sizes[0] < 2 or sizes[-1] < 2 or 0 in sizes:
            continue
        if any(t.word in _DOT_PLACES for part in parts for t in part):
            continue
        given = parts[0]
        if not any(t.tag.startswith("nr") for t in given) and not all(
                ch in _DOT_TRANSLIT for t in given for ch in t.word):
            continue  # the first part reads as no name (新华日报·交汇点, 中埃·泰达)
        first = i - sum(map(len, parts)) - len(parts) + 1
        if first >= 2 and tokens[first - 1].word in _HYPHENS and _is_han(tokens[first - 2].word, 3):
            first -= 2  # a hyphenated given name (让-吕克·贝尔纳)
        start, end = tokens[first].start, parts[-1][-1].end
        name = "".join(t.word for t in tokens[first:i])
        out.append(Candidate(start, end, name, "Person", "person", 0.55))
    return out

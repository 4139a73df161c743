"""rules-51: named events: fairs, expos, games, forums, festivals and races (第十五届全国运动会, 世界物联网博览会,
中国国际投资贸易洽谈会), typed `Event`; rules-58: referendums by their subject (核三重启公投); rules-63: disasters
by their date or the city they struck (0403大地震, 花莲地震).

jieba cuts an event's name into ordinary words (世界/n 物/zg 联网/nz 博览会/n), and words like 世界, 中国 or 国际 open
no firm's name, so the suffix rules leave them. Two slots leave room for nothing but an event's name: an edition
number (第十五届 …, 第七次 …) and a verb of holding or attending (举办 / 召开 / 出席 … + the name, or the name at a
clause's start + 在 X 举行 / 开幕). The name runs from the slot to the first event word (博览会, 运动会, 论坛,
普查 …) with no punctuation or function word on the way.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import CITIES, COUNTRIES, DISTRICTS, PROVINCES, REGIONS
from kg.extract.model import Candidate
from kg.extract.segment import tag_of

_HEADS = ("博览会", "展览会", "交易会", "洽谈会", "运动会", "全运会", "大会", "论坛", "峰会", "年会", "音乐节",
          "电影节", "艺术节", "文化节", "旅游节", "美食节", "购物节", "冰雪节", "光影节", "啤酒节", "灯会", "锦标赛",
          "大奖赛", "大赛", "马拉松", "博鳌论坛", "展销会", "推介会", "进博会", "广交会", "服贸会", "高交会", "文博会",
          "普查", "全会", "代表大会")  # (rules-53: 第七次全国人口普查, 二十届三中全会)
_HEAD = "|".join(sorted(_HEADS, key=len, reverse=True))
# a name: Han characters, Latin letters, digits and the brackets and dots of 中国（晋江）国际… / 2025…, no function word
_NAME = r"[0-9A-Za-z\u4e00-\u9fff（）()·・—-]"
_STOP = "的了在和与及等是将把被对为从向也都就还又并或而且这那该其"
# (rules-60: the edition's name opens with no verb of going: 第九次 + 来广交会 is a visit, not an event's name)
_EDITION = re.compile(rf"第[一二三四五六七八九十百零〇0-9]{{1,4}}[届次](?![来去到赴参出])"
                      rf"((?:(?![{_STOP}]){_NAME}){{1,16}}?(?:{_HEAD}))")
_HOLD = re.compile(rf"(?:举办|举行|召开|主办|承办|出席|参加|参展|亮相|开幕的|闭幕的|办好)"
                   rf"((?:(?![{_STOP}]){_NAME}){{2,16}}?"
                   rf"(?:{_HEAD}))")
# the name at a clause's start, then where and that it is held (中国国际投资贸易洽谈会 + 在厦门 + 举行)
_HELD = re.compile(rf"(?:^|(?<=[。，；：\n“「]))((?:(?![{_STOP}]){_NAME}){{2,20}}?(?:{_HEAD}))"
                   rf"(?=(?:在[\u4e00-\u9fff]{{1,8}})?(?:举行|开幕|举办|召开|落幕|闭幕|揭幕))")
# kinds of event, not names (一场论坛, 年度大会, 股东大会 …)
_KINDS = frozenset("论坛 大会 峰会 年会 股东大会 股东会 职工大会 代表大会 发布会 座谈会 研讨会 专题论坛 分论坛 主论坛 "
                   "高峰论坛 博览会 展览会 运动会 马拉松 大赛".split())


# rules-58: a referendum by its subject (核三重启公投, 反核公投): a vote on one question has a name of its own
_REFERENDUM = re.compile(r"([\u4e00-\u9fff]{2,8})(?:公投|公民投票)")
# what opens the clause before a referendum's subject: the subject starts after the last of these
_REFERENDUM_OPENERS = re.compile(rf"[{_STOP}仍应要会能可已才再不没未让]|举行|举办|进行|发起|推动|通过|提出|参加|参与"
                                 r"|支持|反对|关于|针对|台湾|全台")
_NOT_REFERENDUM_START = "一二三四五六七八九十两几多各首本该此这那上下今明去全每某次"


# rules-63: a disaster named by its date (0403大地震, 921大地震, 8·7水灾) or by the city it struck (花莲地震, 熊本地震);
# a province or a country only with 大 (台湾地震频繁 speaks of earthquakes in general)
_DISASTERS = "地震|震灾|水灾|风灾|海啸|洪灾"
_DATED_DISASTER = re.compile(rf"(?<![0-9０-９.])(?:[0-9]{{3,4}}|[0-9]{{1,2}}[·・.][0-9]{{1,2}})大?(?:{_DISASTERS})")
_PLACED_DISASTER = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(大)?(?:{_DISASTERS})")


def _disaster_candidates(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), m.group(), "Event", "place", 0.55) for m in _DATED_DISASTER.finditer(text)]
    for m in _PLACED_DISASTER.finditer(text):
        for size in (3, 2):  # the place's name right before: 的 + 花莲 + 地震, 日本 + 熊本 + 地震
            stem = text[max(0, m.start() - size) : m.start()]
            wide = stem in PROVINCES or stem in COUNTRIES or stem in REGIONS
            if m.group(1) and wide or not wide and (stem in CITIES or stem in DISTRICTS or tag_of(stem) == "ns"):
                out.append(Candidate(m.start() - size, m.end(), stem + m.group(), "Event", "place", 0.5))
                break
    return out


def event_candidates(text: str) -> list[Candidate]:
    """Named events after an edition number or a verb of holding or attending, as `Event` candidates."""
    out: list[Candidate] = _disaster_candidates(text) if any(w in text for w in ("震", "灾", "海啸")) else []
    for m in _EDITION.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), "Event", "place", 0.55))
    if "公投" in text or "公民投票" in text:
        for m in _REFERENDUM.finditer(text):
            cut = max((o.end() for o in _REFERENDUM_OPENERS.finditer(m.group(1))), default=0)
            start = m.start(1) + cut
            stem = text[start : m.end(1)]
            if len(stem) >= 2 and stem[0] not in _NOT_REFERENDUM_START \
                    and not (tag_of(stem) or "n").startswith(("v", "c", "d", "p", "r", "a")):  # (即使 / 尊重 + 公投)
                out.append(Candidate(start, m.end(), text[start : m.end()], "Event", "place", 0.5))
    for m in [*_HOLD.finditer(text), *_HELD.finditer(text)]:
        name = m.group(1)
        if name in _KINDS or name[:1] in "一两几多各首本该此":
            continue
        out.append(Candidate(m.start(1), m.end(1), name, "Event", "place", 0.5))
    return out

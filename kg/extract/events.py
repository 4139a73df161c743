"""rules-51: named events: fairs, expos, games, forums, festivals and races (第十五届全国运动会, 世界物联网博览会,
中国国际投资贸易洽谈会), typed `Event`.

jieba cuts an event's name into ordinary words (世界/n 物/zg 联网/nz 博览会/n), and words like 世界, 中国 or 国际 open
no firm's name, so the suffix rules leave them. Two slots leave room for nothing but an event's name: an edition
number (第十五届 …, 第七次 …) and a verb of holding or attending (举办 / 召开 / 出席 … + the name, or the name at a
clause's start + 在 X 举行 / 开幕). The name runs from the slot to the first event word (博览会, 运动会, 论坛,
普查 …) with no punctuation or function word on the way.
"""

from __future__ import annotations

import re

from kg.extract.model import Candidate

_HEADS = ("博览会", "展览会", "交易会", "洽谈会", "运动会", "全运会", "大会", "论坛", "峰会", "年会", "音乐节",
          "电影节", "艺术节", "文化节", "旅游节", "美食节", "购物节", "冰雪节", "光影节", "啤酒节", "灯会", "锦标赛",
          "大奖赛", "大赛", "马拉松", "博鳌论坛", "展销会", "推介会", "进博会", "广交会", "服贸会", "高交会", "文博会",
          "普查", "全会", "代表大会")  # (rules-53: 第七次全国人口普查, 二十届三中全会)
_HEAD = "|".join(sorted(_HEADS, key=len, reverse=True))
# a name: Han characters, Latin letters, digits and the brackets and dots of 中国（晋江）国际… / 2025…, no function word
_NAME = r"[0-9A-Za-z\u4e00-\u9fff（）()·・—-]"
_STOP = "的了在和与及等是将把被对为从向也都就还又并或而且这那该其"
_EDITION = re.compile(rf"第[一二三四五六七八九十百零〇0-9]{{1,4}}[届次]((?:(?![{_STOP}]){_NAME}){{1,16}}?(?:{_HEAD}))")
_HOLD = re.compile(rf"(?:举办|举行|召开|主办|承办|出席|参加|参展|亮相|开幕的|闭幕的|办好)"
                   rf"((?:(?![{_STOP}]){_NAME}){{2,16}}?"
                   rf"(?:{_HEAD}))")
# the name at a clause's start, then where and that it is held (中国国际投资贸易洽谈会 + 在厦门 + 举行)
_HELD = re.compile(rf"(?:^|(?<=[。，；：\n“「]))((?:(?![{_STOP}]){_NAME}){{2,20}}?(?:{_HEAD}))"
                   rf"(?=(?:在[\u4e00-\u9fff]{{1,8}})?(?:举行|开幕|举办|召开|落幕|闭幕|揭幕))")
# kinds of event, not names (一场论坛, 年度大会, 股东大会 …)
_KINDS = frozenset("论坛 大会 峰会 年会 股东大会 股东会 职工大会 代表大会 发布会 座谈会 研讨会 专题论坛 分论坛 主论坛 "
                   "高峰论坛 博览会 展览会 运动会 马拉松 大赛".split())


def event_candidates(text: str) -> list[Candidate]:
    """Named events after an edition number or a verb of holding or attending, as `Event` candidates."""
    out: list[Candidate] = []
    for m in _EDITION.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), "Event", "place", 0.55))
    for m in [*_HOLD.finditer(text), *_HELD.finditer(text)]:
        name = m.group(1)
        if name in _KINDS or name[:1] in "一两几多各首本该此":
            continue
        out.append(Candidate(m.start(1), m.end(1), name, "Event", "place", 0.5))
    return out

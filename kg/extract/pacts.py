"""rules-63: what two parties name together with a dash: trade pacts, their expos and institutes
(中国—东盟自由贸易区3.0版, 中国—海合会自由贸易协定, 中国—东盟博览会).

The dash is punctuation to jieba and to the suffix rules, which then find at best the half after it (东盟博览会) or
nothing (海 + 合 + 会 + 自由 + 贸易协定). Both sides must be a place or a bloc, and the name must end in a head that
says what the pair made; the type follows the head.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.model import Candidate

# blocs and groupings the news pairs with a country (中国—东盟, 中国—海合会)
_BLOCS = frozenset("东盟 欧盟 海合会 非盟 阿盟 上合组织 上海合作组织 金砖国家 拉共体 太平洋岛国 中东欧国家 阿拉伯国家 "
                   "中亚五国 南共市 亚太经合组织 欧亚经济联盟".split())
_HEADS = (("自由贸易协定", "Policy"), ("自贸协定", "Policy"), ("自由贸易区", "Policy"), ("自贸区", "Policy"),
          ("框架协议", "Policy"), ("合作协定", "Policy"), ("投资协定", "Policy"), ("伙伴关系协定", "Policy"),
          ("博览会", "Event"), ("峰会", "Event"), ("论坛", "Event"), ("研究院", "ResearchInstitute"),
          ("研究中心", "ResearchInstitute"), ("研究所", "ResearchInstitute"), ("班列", "Programme"),
          ("经济走廊", "Programme"), ("示范项目", "Programme"), ("信息港", "Programme"), ("口岸经济区", "Park"),
          ("经贸合作区", "Park"), ("产业园", "Park"), ("工业园", "Park"))
_HEAD = re.compile("(?:" + "|".join(sorted((h for h, _ in _HEADS), key=len, reverse=True)) + ")")
_TYPE = dict(_HEADS)
_DASH = re.compile(r"[—－–-]")
_NOT_INSIDE = frozenset("的了在和与及等是将把被对为从向也都就还又并或而这那该其")
_VERSION = re.compile(r"(?:[0-9](?:\.[0-9])?版|升级版)")


def pact_candidates(text: str, is_place: Callable[[str], bool]) -> list[Candidate]:
    """A place or a bloc, a dash, another, then up to eight characters of domain words and a head."""
    def party(s: str) -> bool:
        return s in _BLOCS or is_place(s)

    out: list[Candidate] = []
    for d in _DASH.finditer(text):
        k = d.start()
        left = next((n for n in (6, 5, 4, 3, 2) if k >= n and party(text[k - n : k])), None)
        if left is None:
            continue
        after = d.end()
        for n in (6, 5, 4, 3, 2):
            if not party(text[after : after + n]):
                continue
            end = None
            for stop in range(after + n, after + n + 9):  # the shortest run of domain words that reaches a head
                h = _HEAD.match(text, stop)
                if h is not None:
                    end = h.end()
                    typ = _TYPE[h.group()]
                    break
                if stop >= len(text) or not "\u4e00" <= text[stop] <= "\u9fff" or text[stop] in _NOT_INSIDE:
                    break
            if end is not None:
                v = _VERSION.match(text, end)
                end = v.end() if v and typ == "Policy" else end
                out.append(Candidate(k - left, end, text[k - left : end], typ, "suffix", 0.6))
            break
    return out

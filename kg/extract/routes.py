"""rules-48: railways, highways, bridges and freight trains named by the places they join (京沪高铁, 沪苏湖高铁,
港珠澳大桥, 中老铁路, 渝新欧, 中欧班列), national transfers named by their direction (西电东送, 东数西算) and (rules-52)
metro and light-rail lines (深圳地铁14号线, 澳门轻轨东线), typed `Programme` as the annotators type infrastructure
projects.

Chinese names a route by one-character abbreviations of its end points, then the kind of route. jieba cuts these
names at random (沪/j 苏/j 湖/ns 高铁/n, 港/j 珠/ng 澳/ns 大桥/ns), so the rule reads characters: two to four
abbreviation characters in a row, an optional section word (中线, 西部, 城际), then a route word. A character
before the run that is no abbreviation (新建铁路, 我国铁路, 全长大桥) leaves the run too short to be a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.model import Candidate

# the one-character names of provinces, cities and neighbouring countries that routes are named by
_ABBREVIATIONS = (
    "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕甘陇青宁新港澳台深广杭汉蓉雄珠哈长昆兰成厦福郑合"
    "绍甬温嘉湖锡常扬徐连烟威济石太包银西乌遵柳邕昌株潭衡岳宜襄武中欧老泰越俄"
)
_ROUTE_WORDS = "高速铁路|城际铁路|高速公路|铁路|高铁|城际|公路|大桥|干线|班列|运河|隧道|通道"
_ROUTE = re.compile(rf"(?<![{_ABBREVIATIONS}])([{_ABBREVIATIONS}]{{2,4}})"
                    rf"(中线|东线|西线|南线|北线|西部|东部|沿江|沿海)?({_ROUTE_WORDS})")
# one or two abbreviations, then (新 and) 欧, name a freight-train route to Europe (渝新欧, 郑新欧); three characters at
# least, so 中欧 alone (China-Europe, an adjective) is left to the route words (中欧班列)
_TO_EUROPE = re.compile(rf"(?<![{_ABBREVIATIONS}])([{_ABBREVIATIONS}]{{1,2}}新?欧)(?=班列|[、，。和与及（(“”」]|$)")


# national transfer programmes named by what they carry and which way (西电东送, 南水北调, 东数西算, 西氢东送)
_TRANSFER = re.compile(r"(?<![东西南北])([东西南北])([\u4e00-\u9fff])(?!\1)([东西南北])([送输调算运])")


# rules-52: a metro or light-rail line after its system (澳门轻轨东线, 地铁14号线, 轻轨氹仔线), with the city before it
_LINE = re.compile(r"(?:轻轨|地铁|捷运|轨道交通|港铁|城轨)(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})号线"
                   r"|(?:轻轨|地铁|捷运|港铁|城轨)(?![沿全专支干热主一])[\u4e00-\u9fff]{1,3}?线(?![路上下索])")


def route_candidates(text: str, is_place: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Named routes in (simplified) text, as `Programme` candidates."""
    out = []
    for m in _LINE.finditer(text):
        s = m.start()
        for k in (3, 2):  # the city whose system it is (澳门 + 轻轨东线, 广州 + 地铁3号线)
            if s >= k and is_place is not None and is_place(text[s - k : s]):
                s -= k
                break
        out.append(Candidate(s, m.end(), text[s : m.end()], "Programme", "place", 0.5))
    for m in _ROUTE.finditer(text):
        run = m.group(1)
        if len(set(run)) < 2:
            continue  # (港港: a repeated character is no pair of end points)
        out.append(Candidate(m.start(1), m.end(), m.group(), "Programme", "place", 0.5))
    for m in _TRANSFER.finditer(text):
        if m.group(2) not in "东西南北的和与":
            out.append(Candidate(m.start(), m.end(), m.group(), "Programme", "place", 0.5))
    for m in _TO_EUROPE.finditer(text):
        if len(m.group(1)) >= 3:
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "Programme", "place", 0.45))
    return out

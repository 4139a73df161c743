"""Stage 2a: sentence splitting with offsets, and recognising lines that are not prose.

Why: claims are sentences, and relation patterns must not cross sentence boundaries. Splits after
。！？；!?; (and runs of them), keeping a closing quote or bracket with its sentence, and at line
breaks. Headings, bylines, captions and notes about the text itself are marked so claims skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENT = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;…]+[”」』’\"）)]*|(?=\n)|$)")
_BYLINE = re.compile(
    r"^\s*(?:【?编者按】?[：:]?\s*本文|作者[：:]|撰文[：:]|文[／/|｜]|来源[：:]|出版[：:]|编辑[：:]|责编|责任编辑|"
    r"本报记者|记者\s|本文转载|本文仅代表|（本文|\(本文|图为|图片来源|原标题)"
)
_META = re.compile(r"仅代表(?:作者|个人)|作者本人观点|责编[：:]|本文转载自|版权所有|未经授权")
_CAPTION_END = re.compile(r"(?:^|[。.！!])\s*[（(][^（）()]{1,12}[)）]\s*$")
_TERMINAL = re.compile(r"[。！？；!?;…”」』]\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    prose: bool  # False for headings, bylines, captions, meta notes


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` (any script); offsets are into `text`, whitespace trimmed."""
    out: list[Sentence] = []
    multi = text.strip().count("\n") > 0  # a one-line text has no heading
    first_line = multi
    for line_m in re.finditer(r"[^\n]+", text):
        line = line_m.group()
        if not line.strip():
            continue
        base = line_m.start()
        stripped = line.strip()
        heading = (not _TERMINAL.search(stripped) and len(stripped) <= 40 and multi) or (
            first_line and len(stripped) <= 40)
        heading = heading or (first_line and not _TERMINAL.search(stripped))
        line_prose = not (heading or _BYLINE.match(line) or _CAPTION_END.search(stripped))
        first_line = False
        for m in _SENT.finditer(line):
            s, e = m.start(), m.end()
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            chunk = line[s:e]
            prose = line_prose and len(_HAN.findall(chunk)) >= 4 and not _META.search(chunk)
            out.append(Sentence(base + s, base + e, prose))
    return out

"""Untrusted text into a page without it ever becoming markup or script.

Why JSON in a `<script type="application/json">` block: the browser never parses its content as HTML
or JS, and escaping `<`, `>` and `&` as \\u escapes means no string can close the block (`</script>`) or
open a comment; U+2028/2029 and lone surrogates are escaped so the text is valid JS, JSON and UTF-8.
The page's script reads it with JSON.parse and puts strings into the DOM with textContent only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re

__all__ = ["json_for_script", "csp_hash"]

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04x}"


def json_for_script(obj: object) -> str:
    """Deterministic JSON (sorted keys, no NaN) that is safe inside an HTML script element."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _UNSAFE.sub(_escape, text)


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script or style and nothing else."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"

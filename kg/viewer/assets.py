"""The vis-network build, read from the installed pyvis package at build time (nothing is vendored here).

Why pyvis: it ships vis-network 9.1.2 (Apache-2.0 / MIT) as a file; we inline it into the page so the
viewer works offline, keep its licence header, and drop only the trailing source-map comment (a
reference to a file that does not exist beside the page).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.errors import KgError

__all__ = ["vis_network_js", "viewer_js", "viewer_css", "VIS_PATH"]

VIS_PATH = "templates/lib/vis-9.1.2/vis-network.min.js"
_LICENSE_MARKS = ("@license", "vis.js is dual licensed", "Apache 2.0", "MIT")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's minified JS with its licence header, checked to be safe to inline."""
    try:
        text = resources.files("pyvis").joinpath(VIS_PATH).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise KgError(f"cannot read vis-network from the pyvis package ({exc}); reinstall with `pip install -e .`",
                      path="pyvis/" + VIS_PATH) from exc
    head = text[:1200]
    if not all(mark in head for mark in _LICENSE_MARKS):
        raise KgError("vis-network build has no licence header; refusing to inline it", path="pyvis/" + VIS_PATH)
    lowered = text.lower()
    if "</script" in lowered or "<!--" in text:
        raise KgError("vis-network build contains '</script' or '<!--' and cannot be inlined",
                      path="pyvis/" + VIS_PATH)
    lines = text.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("//# sourceMappingURL="):
        lines = lines[:-1]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def viewer_js() -> str:
    return resources.files("kg.viewer").joinpath("static/viewer.js").read_text("utf-8")


@lru_cache(maxsize=1)
def viewer_css() -> str:
    return resources.files("kg.viewer").joinpath("static/viewer.css").read_text("utf-8")

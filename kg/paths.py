"""Where a project's folders are: the nearest folder (upwards from here) that holds `seeds/`."""

from __future__ import annotations

from pathlib import Path


def find_root(start: Path | None = None) -> Path:
    """The project root: the first folder from `start` upwards that has a `seeds/` folder, else `start`."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds").is_dir():
            return folder
    return here

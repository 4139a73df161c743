"""Export producers in forked processes, while the parent writes the RDF: the build's exports are independent.

A producer is a zero-argument callable returning {file name: text}. Forked children inherit the built dataset
without copying or pickling it, write their files into the export's temporary folder and report the names
over a pipe. Where forking is unsafe or impossible (no os.fork, or other threads running, e.g. inside a
server) producers run in this process, one after the other, with the same result.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from kg.errors import KgError

Producer = Callable[[], dict[str, str]]


def write_files(folder: Path, files: dict[str, str]) -> list[str]:
    for name, text in sorted(files.items()):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    return sorted(files)


def can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1 and os.environ.get("KG_SERIAL") != "1"


class Job:
    """A producer running in a child process (or already finished in this one)."""

    def __init__(self, producer: Producer, folder: Path) -> None:
        self._pid = 0
        self._names: list[str] = []
        if not can_fork():
            self._names = write_files(folder, producer())
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            status, payload = 0, b""
            try:
                payload = json.dumps(write_files(folder, producer())).encode()
            except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
                status, payload = 1, f"{type(exc).__name__}: {exc}".encode()
            with os.fdopen(write, "wb") as pipe:
                pipe.write(payload)
            os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def wait(self) -> list[str]:
        """The names the producer wrote; its error, if it failed."""
        if not self._pid:
            return self._names
        with os.fdopen(self._read, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if os.waitstatus_to_exitcode(status) != 0:
            raise KgError(f"an export failed: {payload.decode('utf-8', 'replace') or 'the process was killed'}")
        self._names = json.loads(payload)
        return self._names

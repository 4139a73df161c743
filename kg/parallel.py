"""Independent build steps in forked processes: SHACL while extraction runs, graph files and the viewer while
the RDF is written.

A job is a zero-argument callable whose result is JSON data (export producers return {file name: text} and
are wrapped to write their files and return the names). Forked children inherit the built dataset without
copying or pickling it and send the result over a pipe. Where forking is unsafe or impossible (no os.fork,
or other threads running, e.g. inside a server, or KG_SERIAL=1) the job runs in this process, with the same
result.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    """A callable running in a child process (or already finished in this one); `wait()` gives its result."""

    def __init__(self, fn: Callable[[], Any], what: str = "a build step") -> None:
        self._pid = 0
        self._what = what
        self._result: Any = None
        self._error: KgError | None = None
        if not can_fork():
            self._result = fn()
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            status, payload = 0, b""
            try:
                payload = json.dumps(fn()).encode()
            except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
                status, payload = 1, f"{type(exc).__name__}: {exc}".encode()
            with os.fdopen(write, "wb") as pipe:
                pipe.write(payload)
            os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def wait(self) -> Any:
        """The callable's result; its error, if it failed."""
        if self._pid:
            with os.fdopen(self._read, "rb") as pipe:
                payload = pipe.read()
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            if os.waitstatus_to_exitcode(status) != 0:
                message = payload.decode("utf-8", "replace") or "the process was killed"
                self._error = KgError(f"{self._what} failed: {message}")
            else:
                self._result = json.loads(payload)
        if self._error is not None:
            raise self._error
        return self._result


def produce_into(folder: Path, producer: Producer) -> Job:
    """Run an export producer as a job that writes its files into `folder` and returns their names."""
    return Job(lambda: write_files(folder, producer()), "an export")

"""Independent build steps in forked processes: SHACL while extraction runs, the extractor's text analysis while
its results become RDF, graph files and the viewer while the RDF is written.

A job is a zero-argument callable whose result is JSON data (export producers return {file name: text} and
are wrapped to write their files and return the names). Forked children inherit the built dataset without
copying or pickling it and send the result over a pipe. Where forking is unsafe or impossible (no os.fork,
or other threads running, e.g. inside a server, or KG_SERIAL=1) the job runs in this process, with the same
result.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from kg.errors import KgError

Producer = Callable[[], dict[str, str]]
T = TypeVar("T")
R = TypeVar("R")


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

        def child(pipe: BinaryIO) -> bool:
            try:
                payload, ok = json.dumps(fn()).encode(), True
            except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
                payload, ok = f"{type(exc).__name__}: {exc}".encode(), False
            pipe.write(payload)
            return ok

        self._pid, self._read = _fork(child)

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

    def cancel(self) -> None:
        """Stop the child now (its result is no longer wanted, e.g. the build failed meanwhile) and reap it."""
        if self._pid:
            _stop(self._pid)
            os.close(self._read)
            self._pid = 0
            self._error = KgError(f"{self._what} was cancelled")


def produce_into(folder: Path, producer: Producer) -> Job:
    """Run an export producer as a job that writes its files into `folder` and returns their names."""
    return Job(lambda: write_files(folder, producer()), "an export")


def streamed(fn: Callable[[T], R], items: Iterable[T], what: str = "a build step") -> Iterator[R]:
    """`fn` over `items`, computed one by one in a forked child and handed back in order as each is ready.

    Why: this process can turn each result into rows while the child computes the next (two cores, one
    pipeline). Results travel pickled, so they should be small next to the work that made them. Without a
    fork (see can_fork) it is a plain in-process map, with the same results.
    """
    items = list(items)
    if len(items) < 2 or not can_fork():
        for item in items:
            yield fn(item)
        return
    def child(pipe: BinaryIO) -> bool:
        try:
            for item in items:  # pickled before writing: a result that cannot be pickled is reported as such
                pipe.write(pickle.dumps((True, fn(item)), protocol=pickle.HIGHEST_PROTOCOL))
            return True
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
            pickle.dump((False, f"{type(exc).__name__}: {exc}"), pipe)
            return False

    pid, read = _fork(child)
    try:
        with os.fdopen(read, "rb") as pipe:
            for _ in items:
                try:
                    ok, value = pickle.load(pipe)
                except (EOFError, pickle.UnpicklingError):
                    raise KgError(f"{what} failed: the process was killed") from None
                if not ok:
                    raise KgError(f"{what} failed: {value}")
                yield value
    finally:  # done, failed, or abandoned by the caller: never leave the child behind
        _stop(pid)


def _fork(child: Callable[[BinaryIO], bool]) -> tuple[int, int]:
    """Fork; the child runs `child(pipe)` and exits (0 when it returns True), whatever happens, a closed pipe
    included, so it can never run on into the parent's code. Returns the child's pid and the read end."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as pipe:
                status = 0 if child(pipe) else 1
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _stop(pid: int) -> None:
    """Kill a child whose work is no longer wanted (or that has finished) and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)

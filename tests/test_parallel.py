"""Export producers in forked children: same files as in-process, errors reported, nothing half-written."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.errors import KgError, ValidationError
from kg.export import write_exports
from kg.namespaces import KGR
from kg.parallel import Job, can_fork, produce_into, streamed
from kg.quads import QuadDataset, lit


def _files() -> dict[str, str]:
    return {"a.txt": f"from pid {os.getpid() > 0}\n浦东\n", "sub/b.csv": "x,y\n"}


def _fails() -> dict[str, str]:
    raise RuntimeError("the viewer broke")


def _tiny() -> QuadDataset:
    ds = QuadDataset()
    ds.sink(KGR["g"]).add((KGR["s"], KGR["p"], lit("值", "zh-Hans")))
    return ds


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")
def test_forked_producer_writes_what_inline_would(tmp_path: Path, monkeypatch):
    (tmp_path / "fork").mkdir()
    (tmp_path / "inline").mkdir()
    job = produce_into(tmp_path / "fork", _files)
    assert job._pid  # really a child process
    assert job.wait() == ["a.txt", "sub/b.csv"]
    monkeypatch.setenv("KG_SERIAL", "1")
    assert produce_into(tmp_path / "inline", _files).wait() == ["a.txt", "sub/b.csv"]
    for name in ("a.txt", "sub/b.csv"):
        assert (tmp_path / "fork" / name).read_bytes() == (tmp_path / "inline" / name).read_bytes()


@pytest.mark.parametrize("serial", ["0", "1"])
def test_failing_producer_leaves_old_exports(tmp_path: Path, monkeypatch, serial: str):
    monkeypatch.setenv("KG_SERIAL", serial)
    out = tmp_path / "exports"
    write_exports(_tiny(), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises((KgError, RuntimeError), match="the viewer broke"):
        write_exports(QuadDataset(), out, producers=[_files, _fails])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not (out / "a.txt").exists()


@pytest.mark.parametrize("serial", ["0", "1"])
def test_job_returns_its_result_or_its_error(monkeypatch, serial: str):
    monkeypatch.setenv("KG_SERIAL", serial)
    assert Job(lambda: {"n": [1, 2], "s": "浦东"}).wait() == {"n": [1, 2], "s": "浦东"}
    with pytest.raises((KgError, RuntimeError), match="the viewer broke"):
        Job(_fails).wait()


def _square_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _breaks_at_three(n: int) -> int:
    if n == 3:
        raise ValueError("document 3 is unreadable")
    return n


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")
def test_streamed_computes_in_a_child_in_order_as_inline_would(monkeypatch):
    forked = list(streamed(_square_pid, range(50)))
    assert [v for v, _ in forked] == [n * n for n in range(50)]
    assert {pid for _, pid in forked} != {os.getpid()}  # really another process
    monkeypatch.setenv("KG_SERIAL", "1")
    assert [v for v, _ in streamed(_square_pid, range(50))] == [n * n for n in range(50)]


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")
def test_streamed_error_names_the_step_after_the_good_results():
    got = []
    with pytest.raises(KgError, match=r"extraction failed: ValueError: document 3 is unreadable"):
        for v in streamed(_breaks_at_three, range(6), "extraction"):
            got.append(v)
    assert got == [0, 1, 2]


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")
def test_streamed_abandoned_early_leaves_no_child():
    gen = streamed(_square_pid, range(10_000))
    assert next(gen)[0] == 0
    gen.close()  # the caller failed (or stopped): the child is killed and reaped
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def _never_in_time() -> dict[str, str]:
    time.sleep(60)
    return {"graph.html": "late\n"}


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and a single thread")
def test_failed_check_stops_the_children_and_keeps_the_old_exports(tmp_path: Path):
    """The build validates while the export children work: a failed check must not wait for them, nor write."""
    out = tmp_path / "exports"
    out.mkdir()
    (out / "kg.nt").write_text("old\n", encoding="utf-8")

    def check():
        raise ValidationError("the built graph is invalid; exports left unchanged")

    started = time.monotonic()
    with pytest.raises(ValidationError, match="exports left unchanged"):
        write_exports(_tiny(), out, producers=[_never_in_time], check=check)
    assert time.monotonic() - started < 30  # the child was stopped, not waited for
    assert sorted(p.name for p in out.iterdir()) == ["kg.nt"]  # no temp folder, nothing new
    assert (out / "kg.nt").read_text(encoding="utf-8") == "old\n"
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # and no child left behind


def test_passing_check_writes_everything(tmp_path: Path):
    calls = []
    written = write_exports(_tiny(), tmp_path, producers=[_files], check=lambda: calls.append("checked"))
    assert calls == ["checked"]
    assert {p.name for p in written} >= {"kg.nt", "kg.nq", "a.txt", "b.csv"}

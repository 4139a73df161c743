"""`kg view`: open, print, write filtered views; bad input gives a clear message and exit 2."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_mini_project

from kg.cli import main

DOC3 = "003_9b9fa22beda634b6"


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    return write_mini_project(tmp_path / "proj")


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_no_open_prints_the_export_path(proj):
    assert run("--root", str(proj), "build").exit_code == 0
    r = run("--root", str(proj), "view", "--no-open")
    assert r.exit_code == 0, r.output
    assert r.output.strip() == str(proj / "exports" / "graph.html")


def test_view_opens_the_default_browser(proj, tmp_path):
    assert run("--root", str(proj), "build").exit_code == 0
    log = tmp_path / "opened.txt"
    browser = tmp_path / "fake-browser"
    browser.write_text(f"#!/bin/sh\necho \"$1\" > {log}\n")
    browser.chmod(browser.stat().st_mode | stat.S_IEXEC)
    r = run("--root", str(proj), "view", env={**os.environ, "BROWSER": str(browser)})
    assert r.exit_code == 0, r.output
    assert log.read_text().strip() == (proj / "exports" / "graph.html").as_uri()


def test_filtered_view_to_file(proj, tmp_path):
    out = tmp_path / "v.html"
    r = run("--root", str(proj), "view", "--out", str(out), "--doc", DOC3, "--type", "actor", "--type", "claim",
            "--no-open")
    assert r.exit_code == 0, r.output
    assert r.output.strip() == str(out)
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', out.read_text("utf-8"), re.S).group(1))
    assert data["meta"]["filters"] == {"docs": [DOC3], "types": ["actor", "claim"]}
    assert data["nodes"] and all(n["c"] in ("actor", "claim") for n in data["nodes"])


def test_missing_export_says_to_build(proj):
    r = run("--root", str(proj), "view", "--no-open")
    assert r.exit_code == 2
    assert "graph.html does not exist; run `kg build` first" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("args, message", [
    (["--doc", "nope"], "--doc 'nope': no such document; known: 000_10dcf77b5b804d02, 003_9b9fa22beda634b6"),
    (["--type", "Bogus"], "--type 'Bogus': unknown type; use one of: ActorGroup"),
    (["--out", "/nonexistent-dir/x.html"], "--out /nonexistent-dir/x.html: folder /nonexistent-dir does not exist"),
])
def test_bad_input(proj, args, message):
    r = run("--root", str(proj), "view", *args, "--no-open")
    assert r.exit_code == 2, r.output
    assert message in r.output
    assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit)

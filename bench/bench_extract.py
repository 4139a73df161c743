"""Extraction throughput on one core: chars/s over synthetic documents in both scripts, plus the dev gold.

Run: .venv/bin/python bench/bench_extract.py [--docs 200] [--profile]
Prints chars/s (goal >= 100k chars/s) for the whole pipeline and for the gazetteer alone. jieba's one-off
dictionary load is done before timing (it is once per process).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_corpus import COMPANIES, PLACES, generate  # noqa: E402

from kg.extract import extract  # noqa: E402
from kg.gazetteer import Gazetteer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--profile", action="store_true", help="profile with pyinstrument (if installed)")
    args = ap.parse_args()
    docs = generate(args.docs, seed=1)
    gaz = Gazetteer([(f"c-{c}", "Company", [c]) for c in COMPANIES] + [(f"p-{p}", "City", [p]) for p in PLACES])
    extract("预热：合肥市发展和改革委员会表示。", gaz)  # load jieba once, outside the timing
    chars = sum(len(t) for _, t in docs)
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    t0 = time.perf_counter()
    n_ent = 0
    for doc_id, text in docs:
        n_ent += len(extract(text, gaz, doc_id=doc_id).entities)
    dt = time.perf_counter() - t0
    if profiler:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
    print(f"extract:   {args.docs} docs, {chars} chars in {dt:.2f} s = {chars / dt:,.0f} chars/s ({n_ent} entities)")
    big = "".join(t for _, t in docs)
    t0 = time.perf_counter()
    hits = len(gaz.find(big))
    dt = time.perf_counter() - t0
    print(f"gazetteer: {len(big)} chars in {dt:.3f} s = {len(big) / dt:,.0f} chars/s ({hits} matches)")


if __name__ == "__main__":
    main()

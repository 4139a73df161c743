"""Extraction throughput on one core: chars/s over synthetic documents in both scripts, plus real text.

Run: .venv/bin/python bench/bench_extract.py [--docs 200] [--repeat 3] [--profile]
Prints chars/s (goal >= 100k chars/s) for the whole pipeline and for the gazetteer alone, both by process
CPU time (`time.process_time()`, the stable figure on a shared machine) and by wall clock; with --repeat the
best run counts. jieba's one-off dictionary load is done before timing (it is once per process).
Synthetic text repeats its template phrases, which the segmenter's block cache rewards; the "real" line
(dev gold + seed texts, block cache emptied before every document) is the figure for unrepetitive prose.
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
from kg.extract.segment import clear_cache  # noqa: E402
from kg.gazetteer import Gazetteer  # noqa: E402


def _timed(fn) -> tuple[float, float, object]:
    """(cpu seconds, wall seconds, result) of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - c0, time.perf_counter() - w0, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest (by CPU time) is reported")
    ap.add_argument("--profile", action="store_true", help="profile one run with pyinstrument (if installed)")
    args = ap.parse_args()
    docs = generate(args.docs, seed=1)
    gaz = Gazetteer([(f"c-{c}", "Company", [c]) for c in COMPANIES] + [(f"p-{p}", "City", [p]) for p in PLACES])
    extract("预热：合肥市发展和改革委员会表示。", gaz)  # load jieba once, outside the timing
    chars = sum(len(t) for _, t in docs)

    def run() -> int:
        return sum(len(extract(text, gaz, doc_id=doc_id).entities) for doc_id, text in docs)

    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        run()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
    runs = [_timed(run) for _ in range(max(1, args.repeat))]
    cpu, wall, n_ent = min(runs, key=lambda r: r[0])
    all_cpu = ", ".join(f"{chars / r[0]:,.0f}" for r in runs)
    print(f"extract:   {args.docs} docs, {chars} chars: CPU {cpu:.2f} s = {chars / cpu:,.0f} chars/s "
          f"(wall {wall:.2f} s = {chars / wall:,.0f} chars/s; {n_ent} entities; CPU chars/s per run: {all_cpu})")
    root = Path(__file__).resolve().parent.parent
    real = [p.read_text(encoding="utf-8") for p in sorted((root / "gold" / "dev" / "src").glob("*.txt"))
            + sorted((root / "seeds" / "documents").glob("*.txt"))]
    if real:
        def run_real() -> int:
            n = 0
            for text in real:
                clear_cache()
                n += len(extract(text, gaz).entities)
            return n

        real_chars = sum(map(len, real))
        cpu, wall, _ = min((_timed(run_real) for _ in range(max(3, args.repeat))), key=lambda r: r[0])
        print(f"real:      {len(real)} texts (dev gold + seeds), {real_chars} chars: CPU {cpu:.2f} s = "
              f"{real_chars / cpu:,.0f} chars/s (wall {real_chars / wall:,.0f} chars/s; cold segmenter cache)")
    big = "".join(t for _, t in docs)
    cpu, wall, hits = min((_timed(lambda: len(gaz.find(big))) for _ in range(max(1, args.repeat))),
                          key=lambda r: r[0])
    print(f"gazetteer: {len(big)} chars: CPU {cpu:.3f} s = {len(big) / cpu:,.0f} chars/s "
          f"(wall {len(big) / wall:,.0f} chars/s; {hits} matches)")


if __name__ == "__main__":
    main()

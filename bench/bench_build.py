"""`kg build` time for N added documents (synthetic, both scripts) on top of the curated seeds.

Goal (issue 5): 1,000 documents in <= 60 s, growing linearly. Prints seconds per stage and docs/s.
Usage: python bench/bench_build.py [N ...]   (default: 100 1000)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_corpus import generate  # noqa: E402

from kg.build import add_extracted, add_statistics, export_producers, load_corpus, origins, paused_gc  # noqa: E402
from kg.export import write_exports  # noqa: E402
from kg.parallel import Job  # noqa: E402
from kg.rdf import build_dataset  # noqa: E402
from kg.validate import Violation, shacl_dataset, validate_dataset  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def make_project(n: int) -> Path:
    root = Path(tempfile.mkdtemp(prefix=f"kg-bench-{n}-"))
    shutil.copytree(REPO / "seeds", root / "seeds")
    docs = root / "seeds" / "documents"
    for doc_id, text in generate(n, seed=7):
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        meta = {"id": doc_id, "title": text.splitlines()[0], "language": "zh-Hans" if int(doc_id[-1]) % 2 == 0
                else "zh-Hant", "author": {"name": "陈立新"}, "publisher": {"name": "测试日报"}, "date": "2025-01"}
        (docs / f"{doc_id}.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return root


def bench(n: int) -> dict[str, float]:
    root = make_project(n)
    with paused_gc():  # as kg build does
        return _stages(root)


def _stages(root: Path) -> dict[str, float]:
    try:
        times = {}
        t = time.perf_counter()
        corpus = load_corpus(root / "seeds")
        times["load + curation"] = time.perf_counter() - t
        t = time.perf_counter()
        ds = build_dataset(corpus)
        where = origins(corpus)
        times["rdf"] = time.perf_counter() - t
        t = time.perf_counter()
        shacl = Job(lambda: [asdict(v) for v in shacl_dataset(ds, where)], "SHACL")  # as kg build does
        add_extracted(ds, corpus)
        times["extract (SHACL of the curated graphs forked meanwhile)"] = time.perf_counter() - t
        t = time.perf_counter()
        ds.rows()
        times["sort"] = time.perf_counter() - t
        t = time.perf_counter()
        add_statistics(ds)
        times["stats"] = time.perf_counter() - t
        t = time.perf_counter()
        checked: list[float] = []

        def check() -> None:  # as kg build does: validation runs while the export children work
            start = time.perf_counter()
            report = validate_dataset(ds, where, shacl_extracted=False,
                                      shacl=[Violation(**v) for v in shacl.wait()])
            assert report.conforms, report.text()[:2000]
            checked.append(time.perf_counter() - start)

        write_exports(ds, root / "exports", producers=export_producers(ds, corpus), check=check)
        times["exports (forked: half the RDF, graph files, viewer; quote checks and SHACL joined meanwhile)"] = \
            time.perf_counter() - t
        times["checks"] = checked[0]
        times["triples"] = len(ds)
        times["chars"] = sum(len(d.text) for d in corpus.documents.values())
        return times
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(sizes: list[int]) -> None:
    for n in sizes:
        t = bench(n)
        apart = ("triples", "chars", "checks")
        total = sum(v for k, v in t.items() if k not in apart)
        stages = "  ".join(f"{k} {v:.1f}s" for k, v in t.items() if k not in apart)
        print(f"{n} documents, {int(t['chars'])} chars, {int(t['triples'])} quads: total {total:.1f} s "
              f"({n / total:.1f} docs/s)\n    {stages}\n    (of the exports' time, the checks took "
              f"{t['checks']:.1f}s)", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000])

"""Load time, RSS and median latency of every bundled question, pyoxigraph vs rdflib, at 10k / 100k / 1M triples.

    python bench/bench_query.py                      # 10k 100k 1M; rdflib up to 100k (it takes minutes at 1M)
    python bench/bench_query.py --sizes 10000 --rdflib-max 10000000
    python bench/bench_query.py --sizes 1000000 --rdflib-max 0 --runs 31   # the 50 ms goal, Oxigraph only
    python bench/bench_query.py --sizes 1000000 --rdflib-max 1000000 --questions claims-about speakers

Goal: every question <= 50 ms median at 1M triples on Oxigraph, and >= 10x faster than rdflib.
Generated graphs are cached in --cache as SIZE-DIGEST.nq, the digest taken over the generator's code.

"kg json ms" is the goal figure: kg.query.answer(store, text, "json"), exactly what `kg query --format json` runs
once the graph is loaded (its 30 s time limit, the query in a worker thread, Oxigraph writing the SPARQL JSON as it
evaluates; `kg serve` takes the same path for JSON/XML/CSV/TSV answers). "rows ms" is kg.query.run_query making the
answer into Python terms (what `--format table` formats from; ~1.4 us per term, large for answers of 2k+ rows), and
"json ms" Oxigraph's serializer called directly, without the time limit: the floor for "kg json ms".
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_graph import generate  # noqa: E402

from kg.namespaces import KGR  # noqa: E402
from kg.query import QUERY_PREFIXES, answer, bundled_questions, load_files, run_query  # noqa: E402


def generator_digest() -> str:
    """A digest of the code that shapes the generated graph: a cached graph from an older generator (e.g. one
    without kgo:appearsIn or the statistics graph) would time the questions against data they no longer expect."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in (here / "gen_graph.py", here.parent / "kg" / "stats.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def median_ms(fn, runs: int, warm_up: bool = True, budget: float = float("inf")) -> float:
    """Median wall time of `runs` calls; stops early once the calls made so far took `budget` seconds (rdflib at
    100k+ triples needs seconds to minutes per question, so its figure is then the median of fewer runs)."""
    if warm_up:
        fn()
    times: list[float] = []
    while len(times) < runs and sum(times) < budget:
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def timed_ms(fn) -> float:
    """Wall time of one call, in milliseconds."""
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def native_json(store: ox.Store, text: str) -> bytes:
    """The answer serialised by Oxigraph itself (same dataset rules as run_query: the union of the graphs)."""
    answer = store.query(text, prefixes=QUERY_PREFIXES, base_iri=str(KGR), use_default_graph_as_union=True)
    return answer.serialize(format=ox.QueryResultsFormat.JSON)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="skip rdflib above this many triples")
    parser.add_argument("--runs", type=int, default=21, help="Oxigraph runs per question (other work shares the CPU)")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="rdflib runs per question (no warm-up)")
    parser.add_argument("--rdflib-budget", type=float, default=60.0, help="stop timing one rdflib question after this "
                        "many seconds (then fewer runs)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kg-bench"))
    parser.add_argument("--questions", nargs="+", metavar="NAME", help="only these bundled questions (rdflib needs "
                        "minutes and gigabytes for some of them at 1M triples)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    questions = {name: q.render() for name, q in bundled_questions().items()
                 if not args.questions or name in args.questions}
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())
    for size in args.sizes:
        path = args.cache / f"{size}-{generator_digest()}.nq"
        if not path.exists():
            path.write_bytes(ox.serialize(generate(size), format=ox.RdfFormat.N_QUADS))
        before = rss_mb()
        t = time.perf_counter()
        store = load_files([path])
        print(f"\n== {len(store)} triples: pyoxigraph load {time.perf_counter() - t:.2f} s, "
              f"+{rss_mb() - before:.0f} MB RSS")
        ds = None
        if size <= args.rdflib_max:
            before = rss_mb()
            t = time.perf_counter()
            ds = Dataset(default_union=True)
            ds.parse(path, format="nquads")
            print(f"   rdflib load {time.perf_counter() - t:.2f} s, +{rss_mb() - before:.0f} MB RSS")
        print(f"   {'question':26} {'rows':>6} {'kg json ms':>11} {'rows ms':>8} {'json ms':>8} {'rdflib ms':>10} "
              f"{'ratio':>7}")
        for name, text in questions.items():
            rows = len(run_query(store, text, timeout=None))  # also warms the store's caches up
            # Interleaved, so load from other work on the machine falls on every column alike.
            times: dict[str, list[float]] = {"kg": [], "rows": [], "json": []}
            for _ in range(args.runs):
                times["kg"].append(timed_ms(lambda text=text, store=store: answer(store, text, "json")))
                times["rows"].append(timed_ms(lambda text=text, store=store: run_query(store, text, timeout=None)))
                times["json"].append(timed_ms(lambda text=text, store=store: native_json(store, text)))
            kg_ms, rows_ms, json_ms = (statistics.median(t) for t in times.values())
            line = f"   {name:26} {rows:6d} {kg_ms:11.1f} {rows_ms:8.1f} {json_ms:8.1f}"
            if ds is not None:
                rl_ms = median_ms(lambda text=text, ds=ds: list(ds.query(prologue + text, base=str(KGR))),
                                  args.rdflib_runs, warm_up=False, budget=args.rdflib_budget)
                print(f"{line} {rl_ms:10.1f} {rl_ms / kg_ms:6.0f}x", flush=True)
            else:
                print(f"{line} {'-':>10} {'-':>7}", flush=True)
        store = ds = None  # free before the next size


if __name__ == "__main__":
    main()

"""Train and measure the rules-10 concept-layer classifier (kg/extract/concept_model.py) on the dev gold.

Run from the repository root:
    .venv/bin/python gold/dev/train_concepts.py            # leave-one-document-out curve, then write the weights
    .venv/bin/python gold/dev/train_concepts.py --folds 5  # 5-fold by document instead
    .venv/bin/python gold/dev/train_concepts.py --no-write # measure only

Why this shape: a document is the unit of generalisation (a new article brings new words), so every figure is
measured on documents the weights never saw -- train without the document(s), extract them with those weights
through the whole pipeline and score with kg.evaluate (what `kg eval` does, with the same curated gazetteer),
once per threshold; the threshold is the one with the best pooled held-out entity F1. The shipped weights are
then trained on all dev gold files (never on the seeds' curation, so `kg eval --leave-one-out` stays honest).

Labels: a candidate label (kg.extract.concept_model.units) is positive when one of its occurrences overlaps a
gold concept-layer mention by half the shorter span, or its label equals a gold concept-layer label (the
matching rule of kg.evaluate), and that gold entity is not already matched by the rules alone -- a second
prediction for an entity the rules found is a false positive. Concept layer: the entities of `<name>.json` not
in `named/<name>.json`. Model: L2-regularised logistic regression fitted by Newton's method (numpy, training
only; the runtime reads the JSON and takes a dot product).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.build import load_corpus  # noqa: E402
from kg.evaluate import PRF, _match_entities, _norm_label, load_gold, score  # noqa: E402
from kg.extract import _tokens, concept_model, extract  # noqa: E402
from kg.extract.mentions import rule_candidates  # noqa: E402
from kg.mentions import curated_gazetteer  # noqa: E402
from kg.textnorm import normalize  # noqa: E402

HERE = Path(__file__).resolve().parent
THRESHOLDS = [round(0.30 + 0.05 * k, 2) for k in range(14)] + [1.01]  # 1.01: the classifier off
L2 = 2.0


def documents(gaz) -> list[dict]:
    """Each gold file with its candidate units, their labels and the rules-only prediction's score."""
    docs = []
    for path in sorted(HERE.glob("*.json")):
        gold = load_gold(path)
        named_ids = {e["id"] for e in json.loads((HERE / "named" / path.name).read_text(encoding="utf-8"))["entities"]}
        concept_model.ENABLED = False
        doc = gold.get("document") or {}
        pred = extract(gold["text"], gaz, author=doc.get("author"), doc_id=doc.get("id")).to_json()
        matched = set(_match_entities(gold["entities"], pred["entities"]).values())
        open_gold = [g for k, g in enumerate(gold["entities"]) if k not in matched and g["id"] not in named_ids]
        spans = [(m["start"], m["end"]) for g in open_gold for m in g["mentions"]]
        labels = {_norm_label(g["label"]) for g in open_gold}
        norm = normalize(gold["text"])
        cands, toks, _ = rule_candidates(norm.text, _tokens(norm.text), gaz)
        units = concept_model.units(norm.text, toks, cands)
        ys = []
        for u in units:
            orig = [norm.to_original(s, e) for s, e in u.spans]
            hit = _norm_label(u.label) in labels or any(_close(o, g) for o in orig for g in spans)
            ys.append(1 if hit else 0)
        docs.append({"name": path.stem, "gold": gold, "units": units, "y": ys,
                     "concept_gold": sum(1 for g in gold["entities"] if g["id"] not in named_ids),
                     "open": len(open_gold)})
    return docs


def _close(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least half of the longer span (kg.evaluate accepts half of the shorter: a fragment such
    as 成果 inside 科技成果转化 would match, but teaching the classifier fragments costs precision elsewhere)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= max(a[1] - a[0], b[1] - b[0])


def fit(docs: list[dict], l2: float = L2) -> dict:
    """Logistic regression on the units of `docs` (features seen in at least two documents)."""
    seen: dict[str, set[str]] = {}
    for d in docs:
        for u in d["units"]:
            for f in u.features:
                seen.setdefault(f, set()).add(d["name"])
    names = sorted(f for f, ds in seen.items() if len(ds) >= 2)
    index = {f: k for k, f in enumerate(names)}
    rows = [u for d in docs for u in d["units"]]
    y = np.array([v for d in docs for v in d["y"]], dtype=float)
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, u in enumerate(rows):
        for f in u.features:
            k = index.get(f)
            if k is not None:
                x[r, k] = 1.0
    w = np.zeros(len(names) + 1)
    reg = np.full(len(names) + 1, l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(50):  # Newton's method: gradient and Hessian of the penalised log loss
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    weights = {f: round(float(w[k]), 4) for f, k in index.items() if abs(w[k]) >= 1e-4}
    return {"bias": round(float(w[-1]), 4), "weights": weights}


def evaluate(doc: dict, model: dict | None, gaz, threshold: float) -> PRF:
    """Entity P/R/F1 of the whole pipeline on one gold document with these weights at this threshold."""
    concept_model.ENABLED = model is not None and threshold <= 1.0
    if concept_model.ENABLED:
        concept_model.set_model({**model, "threshold": threshold})
    g = doc["gold"]
    meta = g.get("document") or {}
    pred = extract(g["text"], gaz, author=meta.get("author"), doc_id=meta.get("id")).to_json()
    concept_model.ENABLED = False
    return score(g, pred).entities


def curve(docs: list[dict], folds: int, gaz, l2: float = L2) -> dict[float, dict[str, PRF]]:
    """Held-out PRF per threshold, per document (train on the other folds, extract the held-out ones)."""
    groups = [[d for k, d in enumerate(docs) if k % folds == f] for f in range(folds)] if folds < len(docs) \
        else [[d] for d in docs]
    out: dict[float, dict[str, PRF]] = {t: {} for t in THRESHOLDS}
    for held in groups:
        model = fit([d for d in docs if d not in held], l2)
        for d in held:
            for t in THRESHOLDS:
                out[t][d["name"]] = evaluate(d, model, gaz, t)
    return out


def total(prfs: list[PRF]) -> PRF:
    acc = PRF()
    for p in prfs:
        acc = acc + p
    return acc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=0, help="0: leave one document out")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty (default %(default)s)")
    args = ap.parse_args()
    c0 = time.process_time()
    corpus = load_corpus(ROOT / "seeds")
    gaz = curated_gazetteer(corpus.curation.entities)
    docs = documents(gaz)
    n_units = sum(len(d["units"]) for d in docs)
    n_pos = sum(sum(d["y"]) for d in docs)
    print(f"{len(docs)} documents, {n_units} candidate labels, {n_pos} positive; concept-layer gold "
          f"{sum(d['concept_gold'] for d in docs)}, of which unmatched by the rules {sum(d['open'] for d in docs)}")
    folds = args.folds or len(docs)
    res = curve(docs, folds, gaz, args.l2)
    label = "leave-one-document-out" if folds == len(docs) else f"{folds}-fold by document"
    print(f"\n{label}, entity scores of the whole pipeline on held-out documents (1.01 = classifier off):")
    print(f"{'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5}")
    best = None
    for t in THRESHOLDS:
        p = total(list(res[t].values()))
        print(f"{t:9.2f} {p.precision:6.3f} {p.recall:6.3f} {p.f1:6.3f} {p.tp:5d} {p.n_pred:5d}")
        if t <= 1.0 and (best is None or p.f1 > best[1].f1):
            best = (t, p)
    off = total(list(res[1.01].values()))
    t, p = best
    print(f"\nbest threshold {t:.2f}: F1 {p.f1:.3f} (P {p.precision:.3f} R {p.recall:.3f}) vs rules only "
          f"{off.f1:.3f} (P {off.precision:.3f} R {off.recall:.3f})")
    print("per document at that threshold (F1 rules only -> with classifier):")
    for d in docs:
        print(f"  {d['name']:<24} {res[1.01][d['name']].f1:.3f} -> {res[t][d['name']].f1:.3f}")
    model = fit(docs, args.l2)
    ins = total([evaluate(d, model, gaz, t) for d in docs])
    print(f"in-sample (weights trained on all {len(docs)} files, scored on the same files): F1 {ins.f1:.3f} "
          f"(P {ins.precision:.3f} R {ins.recall:.3f})")
    if not args.no_write:
        out = {"about": "rules-10 concept-layer classifier; written by gold/dev/train_concepts.py from the dev gold",
               "trained_on": [d["name"] for d in docs], "threshold": t, "l2": args.l2,
               "cross_validated": {"scheme": label, "f1": round(p.f1, 4), "precision": round(p.precision, 4),
                                   "recall": round(p.recall, 4), "rules_only_f1": round(off.f1, 4)},
               **model}
        path = ROOT / "kg" / "data" / "concept_model.json"
        path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(model['weights'])} weights)")
    print(f"CPU {time.process_time() - c0:.1f} s")


if __name__ == "__main__":
    main()

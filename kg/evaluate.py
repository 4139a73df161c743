"""Scoring an extraction against a gold annotation: precision / recall / F1 for entities, claims, relations.

Gold file format: the JSON shape of `Extraction.to_json()` plus the source text, either inline as
`"text"` or as `"text_file"` (a path relative to the gold file). Offsets are code-point offsets into that
text. Only the fields used below are required:
    {"document": {"id": ..., "author": ...}, "text": "...",
     "entities": [{"id", "label", "type", "mentions": [{"start", "end", "text"}]}],
     "claims": [{"id", "start", "end", "stance"}],
     "relations": [{"subject", "predicate", "object"}]}

Matching (one-to-one, greedy, best pairs first):
- entities: a predicted and a gold entity match when their normalised labels are equal (simplified script,
  ASCII lower case, quotes and spaces removed) or when some predicted mention and some gold mention overlap
  by at least half of the shorter span. Overall scores ignore type; `by_type` counts a match for type T
  when both sides have type T (precision over predicted T, recall over gold T); `typed` is the overall
  score requiring equal types.
- claims: spans overlap by at least half of the shorter span; `stance_accuracy` is over matched pairs.
- relations: (subject, predicate, object) equal after mapping predicted entity ids to the gold entities
  they were matched with.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import match_key

__all__ = ["PRF", "Scores", "score", "load_gold", "overlap_ok"]


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold}


@dataclass
class Scores:
    entities: PRF = field(default_factory=PRF)
    entities_typed: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=dict)
    claims: PRF = field(default_factory=PRF)
    stance_agree: int = 0
    relations: PRF = field(default_factory=PRF)
    documents: int = 1

    @property
    def stance_accuracy(self) -> float:
        return self.stance_agree / self.claims.tp if self.claims.tp else 0.0

    def __add__(self, other: Scores) -> Scores:
        by_type = dict(self.by_type)
        for t, prf in other.by_type.items():
            by_type[t] = by_type.get(t, PRF()) + prf
        return Scores(self.entities + other.entities, self.entities_typed + other.entities_typed, by_type,
                      self.claims + other.claims, self.stance_agree + other.stance_agree,
                      self.relations + other.relations, self.documents + other.documents)

    def to_json(self) -> dict:
        return {"documents": self.documents, "entities": self.entities.to_json(),
                "entities_typed": self.entities_typed.to_json(),
                "by_type": {t: p.to_json() for t, p in sorted(self.by_type.items())},
                "claims": self.claims.to_json(), "stance_accuracy": round(self.stance_accuracy, 4),
                "relations": self.relations.to_json()}

    def to_table(self) -> str:
        rows = [("entities", self.entities), ("entities (typed)", self.entities_typed), ("claims", self.claims),
                ("relations", self.relations)]
        rows += [(f"  {t}", p) for t, p in sorted(self.by_type.items())]
        out = [f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
        for name, p in rows:
            out.append(f"{name:24} {p.precision:6.3f} {p.recall:6.3f} {p.f1:6.3f} "
                       f"{p.tp:5d} {p.n_pred:5d} {p.n_gold:5d}")
        out.append(f"stance accuracy on matched claims: {self.stance_accuracy:.3f}   documents: {self.documents}")
        return "\n".join(out)


def load_gold(path: str | Path) -> dict:
    """Read a gold file; a `text_file` is resolved relative to the gold file and inlined as `text`."""
    path = Path(path)
    gold = json.loads(path.read_text(encoding="utf-8"))
    if "text" not in gold and "text_file" in gold:
        gold["text"] = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    return gold


def _norm_label(s: str) -> str:
    return re.sub(r"[\s“”「」『』\"'《》]", "", match_key(s or ""))


def overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap as a fraction of the shorter span (0 when below one half)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if inter <= 0 or shorter <= 0:
        return 0.0
    frac = inter / shorter
    return frac if frac >= 0.5 else 0.0


def _greedy(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    used_p, used_g, out = set(), set(), {}
    for _, p, g in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        out[p] = g
    return out


def _match_entities(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    gl = defaultdict(list)
    for gi, g in enumerate(gold):
        gl[_norm_label(g.get("label", ""))].append(gi)
    gspans = [(gi, (m["start"], m["end"])) for gi, g in enumerate(gold) for m in g.get("mentions", [])]
    gspans.sort(key=lambda x: x[1])
    pairs = []
    for pi, p in enumerate(pred):
        for gi in gl.get(_norm_label(p.get("label", "")), []):
            pairs.append((2.0, pi, gi))
        best: dict[int, float] = {}
        for m in p.get("mentions", []):
            span = (m["start"], m["end"])
            for gi, gs in gspans:
                if gs[0] >= span[1]:
                    break
                f = overlap_ok(span, gs)
                if f:
                    best[gi] = max(best.get(gi, 0.0), f)
        pairs.extend((f, pi, gi) for gi, f in best.items())
    return _greedy(pairs)


def score(gold: dict, predicted: dict) -> Scores:
    """Score one predicted extraction (the `to_json()` dict) against one gold dict."""
    ge, pe = gold.get("entities", []), predicted.get("entities", [])
    em = _match_entities(ge, pe)
    s = Scores()
    s.entities = PRF(len(em), len(pe), len(ge))
    s.entities_typed = PRF(sum(1 for p, g in em.items() if pe[p].get("type") == ge[g].get("type")), len(pe), len(ge))
    types = {e.get("type") for e in ge} | {e.get("type") for e in pe}
    for t in sorted(x for x in types if x):
        tp = sum(1 for p, g in em.items() if pe[p].get("type") == t and ge[g].get("type") == t)
        s.by_type[t] = PRF(tp, sum(1 for e in pe if e.get("type") == t), sum(1 for e in ge if e.get("type") == t))
    gc, pc = gold.get("claims", []), predicted.get("claims", [])
    pairs = []
    for pi, p in enumerate(pc):
        for gi, g in enumerate(gc):
            f = overlap_ok((p["start"], p["end"]), (g["start"], g["end"]))
            if f:
                pairs.append((f, pi, gi))
    cm = _greedy(pairs)
    s.claims = PRF(len(cm), len(pc), len(gc))
    s.stance_agree = sum(1 for p, g in cm.items() if pc[p].get("stance") == gc[g].get("stance"))
    id_map = {pe[p]["id"]: ge[g]["id"] for p, g in em.items()}
    gold_rel = {(r["subject"], r["predicate"], r["object"]) for r in gold.get("relations", [])}
    pred_rel = {(id_map.get(r["subject"], r["subject"]), r["predicate"], id_map.get(r["object"], r["object"]))
                for r in predicted.get("relations", [])}
    s.relations = PRF(len(gold_rel & pred_rel), len(pred_rel), len(gold_rel))
    return s

import json
from pathlib import Path

from kg.evaluate import load_gold, overlap_ok, score

GOLD = {
    "text": "合肥市发改委表示，蔚来落户合肥。",
    "entities": [
        {"id": "hefei", "label": "合肥", "type": "City", "mentions": [{"start": 13, "end": 15, "text": "合肥"}]},
        {"id": "nio", "label": "蔚来", "type": "Company", "mentions": [{"start": 9, "end": 11, "text": "蔚来"}]},
    ],
    "claims": [{"id": "c1", "start": 0, "end": 16, "stance": "asserts"}],
    "relations": [{"subject": "nio", "predicate": "located-in", "object": "hefei"}],
}


def test_overlap():
    assert overlap_ok((0, 4), (2, 10)) == 1.0 - 0.5
    assert overlap_ok((0, 4), (3, 10)) == 0.0


def test_perfect_and_partial():
    pred = {
        "entities": [
            {"id": "x-合肥", "label": "合肥", "type": "City", "mentions": [{"start": 0, "end": 2}]},
            {"id": "x-蔚來", "label": "蔚來", "type": "Company", "mentions": []},  # label match across scripts
            {"id": "x-发改委", "label": "发改委", "type": "GovernmentBody", "mentions": [{"start": 2, "end": 5}]},
        ],
        "claims": [{"id": "p1", "start": 9, "end": 16, "stance": "denies"}, {"id": "p2", "start": 0, "end": 3}],
        "relations": [{"subject": "x-蔚來", "predicate": "located-in", "object": "x-合肥"}],
    }
    s = score(GOLD, pred)
    assert (s.entities.tp, s.entities.n_pred, s.entities.n_gold) == (2, 3, 2)
    assert s.by_type["City"].tp == 1 and s.by_type["GovernmentBody"].precision == 0.0
    assert s.claims.tp == 1 and s.claims.precision == 0.5 and s.stance_accuracy == 0.0
    assert s.relations.tp == 1
    assert "entities" in s.to_table() and s.to_json()["relations"]["f1"] == 1.0
    total = s + s
    assert total.entities.tp == 4 and total.documents == 2


def test_empty_prediction():
    s = score(GOLD, {"entities": [], "claims": [], "relations": []})
    assert s.entities.f1 == 0.0 and s.entities.recall == 0.0


def test_load_gold_text_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text("文本", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"text_file": "a.txt", "entities": []}), encoding="utf-8")
    assert load_gold(tmp_path / "a.json")["text"] == "文本"


def test_dev_gold_files_are_consistent():
    for p in sorted(Path(__file__).parent.parent.joinpath("gold", "dev").glob("*.json")):
        g = load_gold(p)
        for e in g["entities"]:
            for m in e["mentions"]:
                assert g["text"][m["start"]:m["end"]] == m["text"]
        for c in g["claims"]:
            assert g["text"][c["start"]:c["end"]] == c["text"]

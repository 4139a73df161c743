"""Every export parses back, in rdflib and in Oxigraph, to the graph we built; rebuilds are byte-identical."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, BNode, Dataset, Graph, URIRef

from kg.build import build
from kg.export import FORMATS, jsonld, serialize, write_rdf
from kg.namespaces import KGO, KGR, PREFIXES
from kg.oxi import from_ox
from kg.quads import QuadDataset, lit, typed

REPO = Path(__file__).resolve().parents[1]
OX = {"kg.ttl": ox.RdfFormat.TURTLE, "kg.nt": ox.RdfFormat.N_TRIPLES, "kg.trig": ox.RdfFormat.TRIG,
      "kg.nq": ox.RdfFormat.N_QUADS, "kg.jsonld": ox.RdfFormat.JSON_LD, "kg.rdf": ox.RdfFormat.RDF_XML}
QUADS = {"kg.trig", "kg.nq", "kg.jsonld"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Dataset]:
    from conftest import write_mini_project

    root = write_mini_project(tmp_path_factory.mktemp("export") / "proj")
    result = build(root)
    return root / "exports", result.dataset


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _graphs(ds: Dataset) -> dict[str, set]:
    out: dict[str, set] = {}
    for s, p, o, c in ds.quads((None, None, None, None)):
        out.setdefault(str(getattr(c, "identifier", c)), set()).add((s, p, o))
    return out


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_export_round_trips_through_rdflib(built, name):
    out, ds = built
    path = out / name
    if name in QUADS:
        back = Dataset()
        back.parse(path, format={"kg.trig": "trig", "kg.nq": "nquads", "kg.jsonld": "json-ld"}[name],
                   **({"base": out.as_uri() + "/"} if name == "kg.jsonld" else {}))
        assert _graphs(back) == _graphs(ds)
    else:
        back = Graph().parse(path, format={"kg.ttl": "turtle", "kg.nt": "nt", "kg.rdf": "xml"}[name])
        assert set(back) == set(_union(ds))  # no blank nodes, so isomorphic means equal


def test_no_blank_nodes(built):
    _, ds = built
    assert not [t for t in ds.quads((None, None, None, None)) if any(isinstance(x, BNode) for x in t[:3])]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_export_round_trips_through_oxigraph(built, name):
    out, ds = built
    expected = _graphs(ds) if name in QUADS else {"": set(_union(ds))}
    data = (out / name).read_bytes()
    if name == "kg.jsonld":  # our @context is a separate published file: inline it for a reader with no web
        doc = json.loads(data)
        doc["@context"] = json.loads((out / "context.jsonld").read_text("utf-8"))["@context"]
        data = json.dumps(doc).encode()
    got: dict[str, set] = {}
    for q in ox.parse(data, format=OX[name]):
        key = "" if name not in QUADS else str(from_ox(q.graph_name)) if not isinstance(
            q.graph_name, ox.DefaultGraph) else "urn:x-rdflib:default"
        got.setdefault(key, set()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    assert got == expected


def test_context_is_published_beside_the_jsonld(built):
    out, _ = built
    assert '"@context": "context.jsonld"' in (out / "kg.jsonld").read_text("utf-8")
    assert '"kgo": "https://w3id.org/kgcn/ontology#"' in (out / "context.jsonld").read_text("utf-8")


def _build_in_subprocess(root: Path, out: Path, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "kg", "--root", str(root), "build", "--out", str(out)],
                   check=True, env=env, capture_output=True)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_rebuild_is_byte_identical_whatever_the_hash_seed(mini: Path, tmp_path: Path):
    first = _build_in_subprocess(mini, tmp_path / "a", "1")
    second = _build_in_subprocess(mini, tmp_path / "b", "4242")
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_committed_exports_are_fresh(tmp_path: Path):
    """Fails when seeds/ or the code changed and `kg build` was not re-run before committing."""
    fresh = tmp_path / "fresh"
    build(REPO, fresh)
    committed = REPO / "exports"
    names = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
    stale = [n for n in names
             if not (committed / n).is_file() or (committed / n).read_bytes() != (fresh / n).read_bytes()]
    assert stale == [], f"exports/ is stale for {stale}; run `kg build` and commit exports/"


def test_failed_build_leaves_previous_exports(mini: Path):
    from kg.errors import KgError

    out = mini / "exports"
    build(mini)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (mini / "seeds/curation/entities/mini.yaml").write_text("entities: [\n", encoding="utf-8")
    with pytest.raises(KgError):
        build(mini)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


RAPPER_SYNTAX = {"kg.ttl": "turtle", "kg.nt": "ntriples", "kg.trig": "trig", "kg.nq": "nquads", "kg.rdf": "rdfxml"}


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian raptor2-utils) not installed")
@pytest.mark.parametrize("name", sorted(RAPPER_SYNTAX))
def test_rapper_parses_every_export(built, name):
    """An independent parser (Raptor, C) agrees on the triple count; it has no JSON-LD reader."""
    out, ds = built
    proc = subprocess.run(["rapper", "-i", RAPPER_SYNTAX[name], "-c", str(out / name)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    quads = {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in ds.quads((None, None, None, None))}
    expected = len(quads) if name in QUADS else len({q[:3] for q in quads})
    assert f"returned {expected} triples" in proc.stderr


def test_seed_texts_are_byte_identical_to_the_shared_originals():
    shared = REPO.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this clone")
    originals = sorted(shared.glob("*.txt"))
    assert originals
    for original in originals:
        assert (REPO / "seeds" / "documents" / original.name).read_bytes() == original.read_bytes()


# Predicates include IRIs spelled like the compact form of others ("kgo:a", "rdf:type"): JSON-LD gives both
# one key, so their values merge, even with another predicate sorting between them (https://zz.example/p).
KGO_A, KGO_B = URIRef(str(KGO) + "a"), URIRef(str(KGO) + "b")
PREDICATES = [KGO_A, URIRef("kgo:a"), URIRef("https://zz.example/p"), RDF.type, URIRef("rdf:type"), KGO_B]
NODES = st.builds(lambda s: KGR[f"n/{s}"], st.text(alphabet="ab/中-", min_size=1, max_size=3))
OBJECTS = st.one_of(NODES, st.sampled_from([KGO_A, KGO_B, URIRef("https://zz.example/E")]),
                    st.builds(lit, st.text(max_size=6), st.sampled_from([None, "zh-Hans", "en"])),
                    st.builds(lambda n: typed(str(n), "nonNegativeInteger"), st.integers(0, 99)),
                    st.builds(lambda n: typed(str(n), "https://zz.example/type"), st.integers(0, 9)))
ROWS = st.lists(st.tuples(st.sampled_from([None, KGR["g1"], URIRef("https://zz.example/g")]), NODES,
                          st.sampled_from(PREDICATES), OBJECTS), max_size=30)


def _dataset(rows) -> QuadDataset:
    ds = QuadDataset()
    for g, s, p, o in rows:
        ds.sink(g).add((s, p, o))
    return ds


def _reference_jsonld(ds: QuadDataset) -> str:
    """The JSON-LD spelled out: a dict per node in row order, encoded by json (what jsonld() must equal)."""
    prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

    def compact(key: str) -> str:
        if key[0] != "<":
            return key
        iri = key[1:-1]
        return next((f"{p}:{iri[len(ns):]}" for p, ns in prefixes if iri.startswith(ns) and len(iri) > len(ns)), iri)

    def value(o: str):
        if o[0] == "<":
            return {"@id": compact(o)}
        t = ds.term(o)
        if t.language:
            return {"@value": t.value, "@language": t.language}
        if t.datatype.value.endswith("#string"):
            return t.value
        return {"@value": t.value, "@type": compact(f"<{t.datatype.value}>")}

    graphs: dict[str, dict[str, dict[str, list]]] = {}
    for g, s, not_type, p, o in ds.rows():
        props = graphs.setdefault(g, {}).setdefault(s, {"@id": compact(s)})
        key, v = ("@type", compact(o)) if not not_type and o[0] != '"' else (compact(p), value(o))
        props.setdefault(key, []).append(v)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = ['{"@context": "context.jsonld", "@graph": [']
    for i, (g, nodes) in enumerate(graphs.items()):
        lines.append(f'{{"@id": {encode(compact(g))}, "@graph": [' if g else '{"@graph": [')
        lines.append(",\n".join(encode(node) for node in nodes.values()))
        lines.append("]}" + ("," if i < len(graphs) - 1 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


@settings(max_examples=200, deadline=None)
@given(ROWS)
def test_jsonld_is_the_nodes_encoded_by_json(rows):
    ds = _dataset(rows)
    assert jsonld(ds) == _reference_jsonld(ds)
    json.loads(jsonld(ds))


@settings(max_examples=25, deadline=None)
@given(ROWS)
def test_streamed_files_are_what_serialize_gives(tmp_path_factory, rows):
    ds = _dataset(rows)
    for names in (list(FORMATS), ["kg.ttl", "kg.trig", "kg.rdf"]):  # with and without N-Triples/N-Quads beside
        folder = tmp_path_factory.mktemp("rdf")
        assert write_rdf(ds, folder, names) == sorted(names)
        for name in names:
            assert (folder / name).read_bytes() == serialize(ds, name).encode("utf-8"), name

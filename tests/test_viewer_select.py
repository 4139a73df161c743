"""kg.viewer.select: what the viewer draws, read from a real built dataset (mini project + hostile extras)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_mini_project
from rdflib import RDF, SKOS, Literal, URIRef
from rdflib.namespace import PROV

from kg.build import build
from kg.namespaces import KGO, KGR, SCHEMA
from kg.quads import QuadDataset
from kg.rdf import ENTITIES_GRAPH, document_iri, extracted_graph
from kg.viewer.select import select_graph, subset, type_names

DOC3 = "003_9b9fa22beda634b6"
DOC0 = "000_10dcf77b5b804d02"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>window.__pwned=1</script>"
XSS_ATTR = '"><svg onload=window.__pwned=2>'
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def hostile_dataset(root: Path) -> QuadDataset:
    """The mini project's graph plus an entity, an extracted claim and an extracted relation full of markup."""
    write_mini_project(root)
    ds = build(root, write=False).dataset
    ent = ds.sink(ENTITIES_GRAPH)
    x = KGR["entity/xss-actor"]
    for cls in (KGO.Company, KGO.Actor, SCHEMA.Corporation):
        ent.add((x, RDF.type, cls))
    ent.add((x, SKOS.prefLabel, Literal(XSS_IMG, lang="zh-Hans")))
    ent.add((x, SKOS.prefLabel, Literal(XSS_SCRIPT, lang="zh-Hant")))
    ent.add((x, SKOS.prefLabel, Literal(XSS_ATTR, lang="en")))
    ent.add((x, SKOS.altLabel, Literal("<b onmouseover=alert(1)>惡意</b>")))
    ent.add((x, SCHEMA.description, Literal("<script>window.__pwned=3</script>\u2028", lang="en")))
    g = ds.sink(extracted_graph(DOC3))
    c = KGR["claim/x-extracted"]
    for p, o in ((RDF.type, KGO.Claim), (RDF.type, SCHEMA.Claim), (SCHEMA.text, Literal(XSS_SCRIPT + " 浦東")),
                 (KGO.speaker, x), (KGO.stance, KGO.Asserts), (SCHEMA.about, KGR["entity/deepseek"]),
                 (KGO.provenance, KGO.Extracted), (KGO.confidence, Literal("0.42", datatype=DECIMAL)),
                 (KGO.inDocument, document_iri(DOC3)), (KGO.machineGenerated, Literal(False)),
                 (PROV.wasDerivedFrom, document_iri(DOC3))):
        g.add((c, p, o))
    rel = KGR["relation/x"]
    g.add((x, KGO.funds, KGR["entity/deepseek"]))
    for p, o in ((RDF.type, KGO.ActorRelation), (RDF.subject, x), (RDF.predicate, KGO.funds),
                 (RDF.object, KGR["entity/deepseek"]), (KGO.provenance, KGO.Extracted),
                 (KGO.confidence, Literal("0.61", datatype=DECIMAL)), (KGO.rationale, Literal(XSS_IMG)),
                 (KGO.inDocument, document_iri(DOC3))):
        g.add((rel, p, o))
    return ds


@pytest.fixture(scope="module")
def vg(tmp_path_factory):
    return select_graph(hostile_dataset(tmp_path_factory.mktemp("sel") / "proj"))


def by_id(vg):
    return {n.id: n for n in vg.nodes}


def test_entities_have_both_scripts_and_english(vg):
    n = by_id(vg)["entity/pudong-sci-tech-group"]
    assert (n.kind, n.type, n.category) == ("entity", "StateCapital", "actor")
    # zh-Hant was not curated: it is filled by OpenCC so the 繁 switch has a label
    assert n.labels == ("浦东科创集团", "浦東科創集團", "Pudong Sci-Tech Group")
    assert n.docs == (DOC3,)
    assert by_id(vg)["entity/deepseek"].aliases == ("DeepSeek", "Deepseek")


def test_claims_carry_quote_speaker_stance_and_machine_flag(vg):
    c = by_id(vg)["claim/003-state-capital-late-stage"]
    assert c.info["exact"] == "張江的國有資本(如浦東科創集團)偏好中後期項目"
    assert c.labels[0] == "张江的国有资本(如浦东科创集团)偏好中后期项目"  # 简 view of a 繁 quote
    assert c.info["speaker"] == "entity/deepseek"
    assert c.info["stance"] == "asserts"
    assert c.machine is True and c.provenance == "curated" and c.confidence is None
    assert c.info["source"] == [f"content/{DOC3}/deepseek-answer"]
    assert by_id(vg)["claim/000-against-targeted-subsidies"].machine is False


def test_edges_of_every_kind(vg):
    edges = {(e.source, e.relation, e.target): e for e in vg.edges}
    dispute = edges[("claim/000-against-targeted-subsidies", "disputes", "claim/003-tailored-subsidies")]
    assert dispute.kind == "claim-relation" and dispute.rationale == "subsidies"
    assert set(dispute.docs) == {DOC0, DOC3}
    located = edges[("entity/pudong-sci-tech-group", "located-in", "entity/hangzhou")]
    assert located.kind == "actor-relation" and located.quotes == ("浦東科創集團",)
    assert edges[("entity/deepseek", "says", "claim/003-tailored-subsidies")].kind == "speaker"
    assert edges[("claim/003-tailored-subsidies", "about", "entity/hangzhou")].kind == "about"


def test_extracted_facts_are_marked_with_confidence(vg):
    c = by_id(vg)["claim/x-extracted"]
    assert (c.provenance, c.confidence) == ("extracted", 0.42)
    e = next(e for e in vg.edges if e.relation == "funds")
    assert (e.provenance, e.confidence, e.docs) == ("extracted", 0.61, (DOC3,))
    assert by_id(vg)["entity/xss-actor"].labels == (XSS_IMG, XSS_SCRIPT, XSS_ATTR)


def test_documents_and_generated_content(vg):
    doc = next(d for d in vg.docs if d.id == DOC3)
    assert doc.language == "zh-Hant" and doc.author == "entity/song-yasi"
    assert doc.sources[0]["generatedBy"] == ["entity/deepseek"]
    assert doc.sources[0]["relayedBy"] == ["entity/song-yasi"]


def test_subset_by_document_and_type(vg):
    only3 = subset(vg, docs=[DOC3])
    assert all(DOC3 in n.docs for n in only3.nodes)
    assert "claim/000-against-targeted-subsidies" not in only3.node_ids()
    assert {d.id for d in only3.docs} == {DOC3}
    claims = subset(vg, types=["claim"])
    assert {n.kind for n in claims.nodes} == {"claim"}
    assert {e.kind for e in claims.edges} == {"claim-relation"}
    actors = subset(vg, types=["actor", "City"])
    assert {n.category for n in actors.nodes} == {"actor", "place"}
    assert all(e.source in actors.node_ids() and e.target in actors.node_ids() for e in actors.edges)


def test_type_names_cover_types_categories_and_claim():
    names = type_names()
    assert {"Company", "StateCapital", "actor", "policy", "claim"} <= set(names)


def test_real_seed_graph():
    """Stable facts of the curated seeds as the viewer sees them."""
    from conftest import REPO

    nodes = by_id(seed := select_graph(build(REPO, write=False).dataset))
    assert nodes["entity/deepseek"].labels[0] == "深度求索"
    pudong = nodes["entity/pudong-sci-tech-group"]
    assert pudong.labels[:2] == ("浦东科创集团", "浦東科創集團") and pudong.category == "actor"
    about_pudong = [e.source for e in seed.edges if e.target == pudong.id and e.kind == "about"]
    assert about_pudong and all(nodes[c].machine for c in about_pudong)  # DeepSeek's relayed answer
    assert any(e.kind == "claim-relation" and e.relation in ("refutes", "disputes", "qualifies") for e in seed.edges)


def test_loaded_dataset_selects_like_the_build(tmp_path):
    """select_graph reads an rdflib Dataset (a loaded kg.nq / kg.trig) to the same view as the build's rows."""
    from rdflib import Dataset

    ds = hostile_dataset(tmp_path / "proj")
    loaded = Dataset()
    loaded.parse(data=ds.nquads(), format="nquads")
    built, read = select_graph(ds), select_graph(loaded)
    assert built.nodes and built.edges and built.docs
    assert (built.nodes, built.edges, built.docs) == (read.nodes, read.edges, read.docs)

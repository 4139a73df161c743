"""The ontology defines every term the code uses, with labels, comment, domain and range; shapes parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.namespaces import KGO
from kg.rdf import ontology_graph
from kg.validate import shapes_graph
from kg.vocab import ACTOR_RELATIONS, CLAIM_RELATIONS, ENTITY_TYPES

REPO = Path(__file__).resolve().parents[1]
ONTO = ontology_graph()
TERMS = [URIRef(t) for t in dir(KGO)]


def test_root_files_are_the_packaged_ones():
    for name in ("ontology.ttl", "shapes.ttl"):
        assert (REPO / name).read_bytes() == (REPO / "kg" / "data" / name).read_bytes()


@pytest.mark.parametrize("term", TERMS, ids=[t.split("#")[1] for t in TERMS])
def test_every_own_term_is_documented(term):
    langs = {lit.language for lit in ONTO.objects(term, RDFS.label) if isinstance(lit, Literal)}
    assert {"en", "zh-Hans"} <= langs
    assert (term, RDFS.comment, None) in ONTO
    kinds = set(ONTO.objects(term, RDF.type))
    if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert (term, RDFS.domain, None) in ONTO and (term, RDFS.range, None) in ONTO
    else:
        assert kinds, f"{term} has no rdf:type"


def test_no_undeclared_kgo_terms_in_the_ontology():
    used = {t for t in ONTO.all_nodes() if isinstance(t, URIRef) and t.startswith(str(KGO._NS))}
    assert used <= set(TERMS)


def test_vocab_maps_onto_declared_terms():
    for own, category, _ in ENTITY_TYPES.values():
        assert (own, RDF.type, OWL.Class) in ONTO and (category, RDF.type, OWL.Class) in ONTO
    for prop in (*ACTOR_RELATIONS.values(), *CLAIM_RELATIONS.values()):
        assert (prop, RDF.type, OWL.ObjectProperty) in ONTO


def test_no_blank_nodes_in_the_ontology():
    assert not [t for t in ONTO if any(not isinstance(x, (URIRef, Literal)) for x in t)]


def test_shapes_parse_and_target_our_classes():
    shapes = shapes_graph()
    sh = "http://www.w3.org/ns/shacl#"
    targets = set(shapes.objects(None, URIRef(sh + "targetClass")))
    assert {KGO.Claim, KGO.Mention, KGO.ClaimRelation, KGO.ActorRelation, KGO.Document} <= targets
    assert isinstance(shapes, Graph)

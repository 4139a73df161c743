"""The vocabularies the writers and readers use per quad, with each term made once.

An rdflib Namespace attribute (`OA.exact`) builds and validates a new URIRef on every use (~1 µs), and the
build's writers and the viewer/analytics indexes use them millions of times. Import these names from here
instead of from rdflib or kg.namespaces in such code.
"""

from __future__ import annotations

from rdflib import RDF as _RDF
from rdflib import RDFS as _RDFS
from rdflib import SKOS as _SKOS
from rdflib import URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV

from kg.namespaces import KGO as _KGO
from kg.namespaces import OA as _OA
from kg.namespaces import SCHEMA as _SCHEMA


class CachedTerms:
    """Attribute access to a namespace's terms, each made once: `OA.exact` on an rdflib Namespace builds and
    validates a new URIRef per access (~1 µs), which the build's writers do millions of times."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


RDF = CachedTerms(_RDF)
RDFS = CachedTerms(_RDFS)
SKOS = CachedTerms(_SKOS)
PROV = CachedTerms(_PROV)
DCTERMS = CachedTerms(_DCTERMS)
KGO = CachedTerms(_KGO)
OA = CachedTerms(_OA)
SCHEMA = CachedTerms(_SCHEMA)

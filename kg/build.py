"""The pipeline in one place: seeds -> documents -> curation -> mentions -> RDF -> validation -> exports."""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import URIRef

from kg.curation import load_curation
from kg.errors import ValidationError
from kg.export import write_exports
from kg.extracted import add_activity, corpus_claims, extract_document, extraction_graph, to_extract
from kg.mentions import curated_gazetteer, find_mentions
from kg.model import Corpus, Document
from kg.namespaces import GRAPH, KGO
from kg.parallel import Job, streamed
from kg.quads import QuadDataset
from kg.rdf import build_dataset, claim_iri, entity_iri, extracted_graph
from kg.sources import load_documents
from kg.stats import STATS_GRAPH, statement_counts
from kg.validate import Report, Violation, shacl_dataset, validate_dataset

EXTRACTED_GRAPHS = f"<{GRAPH}extracted/"

# Modules that add files to exports/ beside the RDF: each defines `export_files(ds, corpus) -> {name: text}`.
# (keep sorted; a module listed here is part of every build)
EXPORTERS: tuple[str, ...] = (
    "kg.graphfiles",
    "kg.viewer",
)


def export_producers(ds: QuadDataset, corpus: Corpus) -> list[Callable[[], dict[str, str]]]:
    """One producer per exporter module: graph files, the HTML viewer … (everything besides the RDF)."""
    return [functools.partial(importlib.import_module(name).export_files, ds, corpus) for name in EXPORTERS]


def load_corpus(seeds: Path) -> Corpus:
    """Documents and their curation, fully checked (every quote found, every id resolved)."""
    documents = load_documents(seeds)
    curation = load_curation(seeds, documents)
    curated = {d: documents[d] for d in sorted(curation.curated_documents)}
    curation.mentions = find_mentions(curated, curated_gazetteer(curation.entities))
    return Corpus(documents=documents, curation=curation)


def origins(corpus: Corpus) -> dict[str, str]:
    """Node IRI -> the curation file:line it came from, so validation errors point at what to edit."""
    out = {str(entity_iri(e.id)): e.origin for e in corpus.curation.entities.values()}
    out.update({str(claim_iri(c.id)): c.origin for c in corpus.curation.claims.values()})
    return out


Progress = Callable[[int, int, Document], None]  # (done, total, document just finished)


def add_extracted(ds: QuadDataset, corpus: Corpus, progress: Progress | None = None) -> list[str]:
    """Extract every document without curation into graph/extracted/<doc> of `ds` (curated facts win).

    Returns the extracted document ids.
    """
    docs = to_extract(corpus)
    if not docs:
        return []
    gazetteer = curated_gazetteer(corpus.curation.entities)
    targets = corpus_claims(corpus)
    curated_claims = frozenset(corpus.curation.claims)
    add_activity(ds.sink(GRAPH["extracted/activity"]))
    # the text analysis runs in a forked child, one document ahead of the RDF made here from its results
    found = streamed(functools.partial(extract_document, gazetteer=gazetteer, claims=targets), docs, "extraction")
    with contextlib.closing(found):  # an error here stops the child at once, whoever keeps the exception
        for done, (doc, ex) in enumerate(zip(docs, found, strict=True), 1):
            extraction_graph(doc, ex, corpus.curation.entities, ds.sink(extracted_graph(doc.id)), curated_claims)
            if progress:
                progress(done, len(docs), doc)
    return [d.id for d in docs]


@dataclass
class BuildResult:
    dataset: QuadDataset
    corpus: Corpus
    report: Report
    written: list[Path] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)

    def _extracted_counts(self) -> str:
        key = self.dataset.key
        kinds = {key(KGO.Claim): "claims", key(KGO.Mention): "mentions", key(KGO.ActorRelation): "relations",
                 key(KGO.ClaimRelation): "claim relations"}
        counts = Counter({name: 0 for name in kinds.values()})
        for g, _, not_type, _, o in self.dataset.rows():
            if not not_type and o in kinds and g.startswith(EXTRACTED_GRAPHS):
                counts[kinds[o]] += 1
        return ", ".join(f"{n} {name}" for name, n in counts.items())

    def summary(self) -> str:
        cur = self.corpus.curation
        by_type = Counter(e.type for e in cur.entities.values())
        per_doc = Counter(c.document for c in cur.claims.values())
        cross = sum(1 for r in cur.claim_relations
                    if cur.claims[r.source].document != cur.claims[r.target].document)
        triples = len(self.dataset)
        graphs = len(self.dataset.graph_names())
        lines = [
            f"documents: {len(self.corpus.documents)}",
            f"entities: {len(cur.entities)} ({', '.join(f'{t} {n}' for t, n in sorted(by_type.items()))})",
            f"claims: {len(cur.claims)} ({', '.join(f'{d} {n}' for d, n in sorted(per_doc.items()))})",
            f"claim relations: {len(cur.claim_relations)} ({cross} across documents)",
            f"actor relations: {len(cur.actor_relations)}",
            f"mentions: {len(cur.mentions)}",
            f"extracted documents: {len(self.extracted)}"
            + (f" ({self._extracted_counts()})" if self.extracted else ""),
            f"triples: {triples} in {graphs} named graphs",
        ]
        return "\n".join(lines)


def add_statistics(ds: QuadDataset) -> None:
    """graph/stats (kg.stats): statement counts per document and each entity's document count, read by questions
    instead of recounting."""
    sink = ds.sink(URIRef(STATS_GRAPH.value))
    for q in statement_counts(ds):
        sink.add((q.subject, q.predicate, q.object))


def load_dataset(seeds: Path, progress: Progress | None = None) -> tuple[Corpus, QuadDataset, list[str]]:
    """The whole graph, curated and extracted, unvalidated: what analytics and queries read from seeds/."""
    corpus = load_corpus(seeds)
    ds = build_dataset(corpus)
    extracted = add_extracted(ds, corpus, progress)
    add_statistics(ds)
    return corpus, ds, extracted


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while the build makes millions of small tuples and terms.

    The collector would rescan them again and again (it costs ~30% of extraction and half of the rdflib view
    at 300 documents) and finds almost nothing: the build's data lives until the build ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(root: Path, out: Path | None = None, write: bool = True,
          progress: Progress | None = None, full_validation: bool = False) -> BuildResult:
    """Build and validate the graph; write exports only when it is valid (old exports stay otherwise)."""
    with paused_gc():
        return _build(root, out, write, progress, full_validation)


def _build(root: Path, out: Path | None, write: bool, progress: Progress | None,
           full_validation: bool) -> BuildResult:
    corpus = load_corpus(root / "seeds")
    ds = build_dataset(corpus)
    where = origins(corpus)
    # the shapes over the curated graphs need nothing extraction makes: run them meanwhile, in a child
    shacl = None if full_validation else Job(lambda: [asdict(v) for v in shacl_dataset(ds, where)], "SHACL")
    try:
        extracted = add_extracted(ds, corpus, progress)
        add_statistics(ds)
        result = BuildResult(dataset=ds, corpus=corpus, report=Report(), extracted=extracted)

        def validate() -> None:
            shacl_found = None if shacl is None else [Violation(**v) for v in shacl.wait()]
            result.report = validate_dataset(ds, where, shacl_extracted=full_validation, shacl=shacl_found)
            if not result.report.conforms:
                raise ValidationError("the built graph is invalid; exports left unchanged\n" + result.report.text())

        if write:  # validation runs while the export children work; a failure stops them and writes nothing
            result.written = write_exports(ds, out or root / "exports", producers=export_producers(ds, corpus),
                                           check=validate)
        else:
            validate()
        return result
    finally:  # whatever failed on the way, the SHACL child is not left running
        if shacl is not None:
            shacl.cancel()

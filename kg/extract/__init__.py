"""Extraction: Chinese commentary -> entities, claims, actor relations and claim relations, with offsets.

Pipeline (one module per stage, offsets kept end to end):
1. kg.textnorm.normalize — simplified view + map back to original offsets;
2. sentences (split) / segment (jieba) / mentions (gazetteer + rules + segmenter; optionally ner, a tagger);
3. resolve — mentions -> entities with curated or `x-<simplified label>` ids;
4. claims — prose sentences with speaker, about, stance;
5. claim_links — supports / disputes / qualifies / refutes against the corpus;
6. relations — actor relations from verb patterns.
`extract()` never raises on text input: empty, non-Chinese, emoji, combining marks and very large texts
give a correct (possibly empty) result; every offset indexes the text exactly as given.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from kg.extract import layers, ner
from kg.extract.claim_links import link_claims, polarity_of
from kg.extract.claims import detect_claims
from kg.extract.model import (
    Claim,
    ClaimRelation,
    CorpusClaim,
    Entity,
    Extraction,
    Mention,
    Relation,
)
from kg.extract.passes import detect
from kg.extract.relations import detect_relations
from kg.extract.resolve import entity_id_for, ordinances_as_laws, propagate, resolve
from kg.extract.segment import tokenize
from kg.extract.sentences import split_sentences
from kg.gazetteer import Gazetteer
from kg.textnorm import detect_script, normalize

__all__ = ["extract", "Extraction", "Entity", "Mention", "Claim", "Relation", "ClaimRelation", "CorpusClaim",
           "polarity_of", "entity_id_for", "EXTRACTOR_VERSION", "extractor_version"]

EXTRACTOR_VERSION = "rules-64"
_CHUNK = 200_000  # jieba and the rules run per chunk of whole lines, so memory stays flat on huge texts


def _doc_key(text: str, doc_id: str | None) -> str:
    return doc_id or "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _tokens(text: str):
    """jieba tokens for the whole simplified text, segmented chunk by chunk at line breaks."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + _CHUNK)
        if end < n:
            nl = text.rfind("\n", pos, end)
            end = nl + 1 if nl > pos else end
        out.extend(tokenize(text[pos:end], pos))
        pos = end
    return out


def extractor_version() -> str:
    """The rules version, plus the statistical tagger (KG_NER) and the concept layer (KG_CONCEPTS) when on: each
    changes the output, so the provenance names it."""
    return EXTRACTOR_VERSION + ner.version_tag() + layers.version_tag()


def extract(text: str, gazetteer: Gazetteer | None = None, *, author: str | None = None,
            doc_id: str | None = None, corpus_claims: Sequence[CorpusClaim] = ()) -> Extraction:
    """Run the whole pipeline on one document (offsets into `text` exactly as given)."""
    text = text if isinstance(text, str) else str(text)
    key = _doc_key(text, doc_id)
    norm = normalize(text)
    document = {"id": key, "author": author, "script": detect_script(text), "chars": len(text),
                "extractor": extractor_version()}
    if not text.strip():
        return Extraction(document)
    ntext = norm.text
    tokens = _tokens(ntext)
    sentences = split_sentences(ntext)
    chosen = propagate(ntext, detect(ntext, tokens, gazetteer))
    if document["script"] == "zh-Hant":
        ordinances_as_laws(chosen)
    entities, assigned = resolve(norm, chosen, gazetteer)
    claims = detect_claims(norm, sentences, assigned, author, key)
    relations = detect_relations(norm, sentences, assigned)
    claim_relations = link_claims(claims, corpus_claims)
    return Extraction(document, entities, claims, relations, claim_relations)

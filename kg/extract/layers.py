"""Which layers of entities the extractor reports: the named layer always, the concept layer on request.

Why a switch: the named layer (actors, places, named policies, laws, programmes) is what the graph's users
look for and what a reader would mark as an entity of a text; the concept layer (generic concepts, sectors,
policy instruments, actor groups found by shape or from the term lexicon: 产业政策, 制造业, 定向补贴, 民营企业)
is recalled at about a fifth on unseen text and, where the reference marks names only, every concept
candidate is a false positive (measured: gold/dev/README.md, "rules-11"). Curated entities follow the same
layers when the gazetteer finds them in new text: a curated name always, a curated concept with the concept
layer (curation itself is never filtered). Turn the concept layer on with `kg extract / eval / build --concepts`
or KG_CONCEPTS=1 (which `kg build`'s extraction workers inherit).
"""

from __future__ import annotations

import os

from kg.errors import UsageError
from kg.extract.model import Candidate
from kg.extract.terms import CONCEPT_TERMS

__all__ = ["CONCEPT_TYPES", "use", "concepts_on", "keep", "version_tag"]

# Types of the concept layer. Rule candidates of these types found by shape (source "concept") are concept-layer;
# a named association typed ActorGroup by its suffix (中国钢铁工业协会, source "suffix") is not. Built-in terms
# carry their layer in kg.extract.terms (产业政策 and 地方政府 are concept-layer whatever their type).
CONCEPT_TYPES = frozenset({"Concept", "Sector", "PolicyInstrument", "Technology", "ActorGroup"})
_GENERIC_BODY_ENDS = ("部门", "机关")
_ENV = "KG_CONCEPTS"
_chosen: list[bool | None] = [None]  # set by use(); None -> the environment variable decides


def use(concepts: bool | None) -> None:
    """Report the concept layer in this process (None: back to the environment variable)."""
    _chosen[0] = concepts


def concepts_on() -> bool:
    """Whether concept-layer candidates are reported (default: no)."""
    if _chosen[0] is not None:
        return _chosen[0]
    value = (os.environ.get(_ENV) or "").strip().lower()
    if value in ("", "0", "no", "false", "off"):
        return False
    if value in ("1", "yes", "true", "on"):
        return True
    raise UsageError(f"{_ENV}={value!r} is not a yes/no value; use {_ENV}=1 to report the concept layer "
                     f"(or unset {_ENV})")


def keep(candidate: Candidate, concepts: bool) -> bool:
    """Whether a mention candidate belongs to the reported layers."""
    if concepts:
        return True
    if candidate.label in CONCEPT_TERMS:  # a concept-layer term whichever rule found it (沿海地区 by its 区 too)
        return False
    if candidate.source == "concept":
        # (rules-53: a body named by its field, 铁路部门 / 文旅部门 / 司法机关, is generic: no dev annotator marks one)
        return candidate.type not in CONCEPT_TYPES and not candidate.label.endswith(_GENERIC_BODY_ENDS)
    if candidate.source == "gazetteer":  # a curated concept, a curated label that is a concept-layer term, or
        # an alias that quantifies over a kind (各地, 各个地方) or leaves the referent unnamed (某AI初创企业)
        return candidate.type not in CONCEPT_TYPES and not candidate.label.startswith(("各", "某"))
    return True


def version_tag() -> str:
    """Suffix for the extractor version when the concept layer is on (its output differs)."""
    return "+concepts" if concepts_on() else ""

"""Data objects that flow through the extraction pipeline and the JSON shape other tools read.

Why one module: every stage shares these, and `Extraction.to_json()` is a contract (see kg.extract).
Internal stages work on the simplified view (offsets into `NormalizedText.text`); only `Extraction`
holds original-text offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.vocab import ENTITY_TYPES as _VOCAB_TYPES

# The entity type vocabulary shared with curation (one source of truth: kg.vocab).
ENTITY_TYPES = frozenset(_VOCAB_TYPES)
PLACE_TYPES = frozenset({"Country", "Province", "City", "District", "Region", "Park", "PilotZone"})
POLICY_TYPES = frozenset(
    {"Law", "Regulation", "ImplementingRule", "Reform", "Programme", "Policy", "PolicyInstrument", "Fund"}
)
ACTOR_TYPES = frozenset(
    {"Person", "Company", "Investor", "StateCapital", "GovernmentBody", "ResearchInstitute", "University",
     "MediaOutlet", "ActorGroup", "Fund"}
)
PREDICATES = frozenset(
    "funds invests-in implements issues regulates regulated-by located-in founded-in founded-by part-of "
    "benefits-from favours criticises advocates coordinates cooperates-with applies-to competes-with".split()
)
STANCES = ("asserts", "denies", "hedges", "questions")
CLAIM_RELATIONS = ("supports", "disputes", "qualifies", "refutes")


@dataclass
class Candidate:
    """A mention candidate on the simplified text, before overlap resolution."""

    start: int
    end: int
    label: str  # simplified, normalised label
    type: str
    source: str  # gazetteer | title | quote | suffix | latin | person | place | declared | … | propagated
    confidence: float
    entity_id: str | None = None  # set when the gazetteer (curation) knows the entity


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    id: str
    label: str
    type: str
    confidence: float
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type, "confidence": round(self.confidence, 3),
                "mentions": [m.to_json() for m in self.mentions]}


@dataclass
class Claim:
    id: str
    text: str
    start: int
    end: int
    speaker: str | None
    about: list[str]
    stance: str
    confidence: float

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker,
                "about": list(self.about), "stance": self.stance, "confidence": round(self.confidence, 3)}


@dataclass(frozen=True)
class CorpusClaim:
    """A claim already in the corpus, as claim linking needs it.

    polarity: +1 the claim speaks for / positively of its subject, -1 against / negatively, 0 neutral or
    unknown. `polarity_of(text, stance)` in kg.extract.claim_links computes it for new text.
    """

    id: str
    text: str
    about: tuple[str, ...] = ()
    stance: str = "asserts"
    polarity: int = 0


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    confidence: float
    start: int
    end: int

    def to_json(self) -> dict:
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "confidence": round(self.confidence, 3), "start": self.start, "end": self.end}


@dataclass
class ClaimRelation:
    claim: str
    relation: str
    other: str
    confidence: float

    def to_json(self) -> dict:
        return {"claim": self.claim, "relation": self.relation, "other": self.other,
                "confidence": round(self.confidence, 3)}


@dataclass
class Extraction:
    document: dict
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    claim_relations: list[ClaimRelation] = field(default_factory=list)

    def to_json(self) -> dict:
        """The contract shape: document, entities, claims, relations, claim_relations (sorted, stable)."""
        return {
            "document": dict(self.document),
            "entities": [e.to_json() for e in sorted(self.entities, key=lambda e: e.id)],
            "claims": [c.to_json() for c in sorted(self.claims, key=lambda c: (c.start, c.end, c.id))],
            "relations": [r.to_json() for r in sorted(
                self.relations, key=lambda r: (r.start, r.subject, r.predicate, r.object))],
            "claim_relations": [r.to_json() for r in sorted(
                self.claim_relations, key=lambda r: (r.claim, r.other, r.relation))],
        }

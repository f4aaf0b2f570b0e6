"""Plain data classes that flow through graphkit: documents, actors, issues, relations.

``Extraction.to_json()`` is exactly the contract of the evaluation GUIDE (actors,
issues, relations with evidence), extended with ``mode``, ``rule`` and ``verb``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


def normalise_text(text: str) -> str:
    """Unicode NFC, unified line ends, trailing spaces and blank-line runs removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.rstrip() for ln in text.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def document_id(text: str) -> str:
    """A document's id: the first 32 hex digits of the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


@dataclass
class Document:
    """One news document. ``id`` is a hash of the normalised text."""

    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD) or ""
    path: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        self.text = normalise_text(self.text)
        if not self.id:
            self.id = document_id(self.text)
        if not self.title:
            first = self.text.split("\n", 1)[0].strip()
            self.title = first[:80] + ("…" if len(first) > 80 else "")

    def meta(self) -> dict[str, str]:
        """Everything but the text."""
        return {k: v for k, v in asdict(self).items() if k != "text"}


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # one of ontology.ACTOR_KINDS
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Issue:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    document: str  # document id
    sentence: str
    quote: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# A relation's rule names a learned model, not a hand rule, when it starts with this.
MODEL_RULE_PREFIX = "model:"
ENCODER_RULE = MODEL_RULE_PREFIX + "stance-encoder"  # graphkit/extract/encoder.py's claims


@dataclass
class Relation:
    source: str
    target: str
    type: str
    polarity: int
    confidence: float = 0.5
    mode: str = "asserted"  # one of ontology.MODES
    rule: str = ""  # the lexicon entry or pattern that produced it
    verb: str = ""  # the word used in the text
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [e.to_json() for e in self.evidence]
        return d


@dataclass
class Extraction:
    """What the extractor found in one or more documents."""

    actors: list[Actor] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    documents: list[dict[str, str]] = field(default_factory=list)  # Document.meta()

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "actors": [a.to_json() for a in self.actors],
            "issues": [i.to_json() for i in self.issues],
            "relations": [r.to_json() for r in self.relations],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            actors=[Actor(**a) for a in data.get("actors", [])],
            issues=[Issue(**i) for i in data.get("issues", [])],
            relations=[
                Relation(
                    **{k: v for k, v in r.items() if k != "evidence"},
                    evidence=[Evidence(**e) for e in r.get("evidence", [])],
                )
                for r in data.get("relations", [])
            ],
            documents=list(data.get("documents", [])),
        )

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def issue_ids(self) -> set[str]:
        return {i.id for i in self.issues}

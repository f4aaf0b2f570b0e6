"""The ontology: the fixed node kinds and relation types shared by every part of graphkit.

Labels and relationship types written to Neo4j come only from these lists.
"""

from __future__ import annotations

ACTOR_KINDS: tuple[str, ...] = ("Person", "Organization", "Group", "Location")
NODE_LABELS: tuple[str, ...] = ("Actor", *ACTOR_KINDS, "Issue", "Document", "Claim")

# Interaction types (actor -> actor) and their polarity.
INTERACTIONS: dict[str, int] = {
    "SUPPORTS": 1,
    "COOPERATES_WITH": 1,
    "CRITICIZES": -1,
    "OPPOSES": -1,
    "THREATENS": -1,
    "SUES": -1,
    "CLASHES_WITH": -1,
    "COERCES": -1,
    "ORDERS": 0,
}
SYMMETRIC: frozenset[str] = frozenset({"CLASHES_WITH"})

AFFILIATIONS: tuple[str, ...] = ("MEMBER_OF", "LEADS", "HOLDS_ROLE", "PART_OF", "APPOINTED_BY")

# Stance types (actor -> issue) and their polarity.
STANCES: dict[str, int] = {"SUPPORTS": 1, "OPPOSES": -1}

RELATION_TYPES: tuple[str, ...] = tuple(dict.fromkeys([*INTERACTIONS, *AFFILIATIONS, *STANCES]))

MODES: tuple[str, ...] = ("asserted", "reported", "hypothetical", "negated")
# Modes that count towards typed edges, maps and weights by default.
COUNTED_MODES: tuple[str, ...] = ("asserted", "reported")


def polarity(rel_type: str) -> int:
    """The sign of a relation type (0 for affiliations and ORDERS)."""
    return INTERACTIONS.get(rel_type, 0)


def category(rel_type: str, target_is_issue: bool = False) -> str:
    """'stance', 'affiliation' or 'interaction'."""
    if target_is_issue:
        return "stance"
    if rel_type in AFFILIATIONS:
        return "affiliation"
    return "interaction"


def check_label(label: str) -> str:
    """Return ``label`` if it is an ontology node label, else raise ValueError."""
    if label not in NODE_LABELS:
        raise ValueError(f"not an ontology label: {label!r}")
    return label


def check_type(rel_type: str) -> str:
    """Return ``rel_type`` if it is an ontology relation type, else raise ValueError."""
    if rel_type not in RELATION_TYPES:
        raise ValueError(f"not an ontology relation type: {rel_type!r}")
    return rel_type

"""Resolve an extraction's actors against the actors a store already holds.

An actor whose id is new to the store but whose name or an alias is a stored actor's
name or alias (same kind) takes the stored id, so the same actor under different names
across loads is one node.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .model import Extraction


def norm_name(name: str) -> str:
    """Lower-cased, accents, punctuation, possessive 's and a leading 'the' removed."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"'s\b", "", s.replace("\u2019", "'"))
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def alias_index(actors: Iterable[Mapping]) -> dict[str, tuple[str, str]]:
    """Normalised name/alias -> (id, kind). Ambiguous aliases (two actors) are left out."""
    index: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for a in actors:
        for n in [a["name"], *(a.get("aliases") or [])]:
            k = norm_name(n)
            if not k:
                continue
            if k in index and index[k][0] != a["id"]:
                ambiguous.add(k)
            index.setdefault(k, (a["id"], a["kind"]))
    for k in ambiguous:
        del index[k]
    return index


def resolve(ext: Extraction, known: Mapping[str, tuple[str, str]]) -> Extraction:
    """Return ``ext`` with actor ids mapped onto the known actors where names agree."""
    known_ids = {v[0] for v in known.values()}
    mapping: dict[str, str] = {}
    for a in ext.actors:
        if a.id in known_ids:
            continue
        for n in [a.name, *a.aliases]:
            hit = known.get(norm_name(n))
            if hit and hit[1] == a.kind:
                mapping[a.id] = hit[0]
                break
    if not mapping:
        return ext
    merged: dict[str, object] = {}
    for a in ext.actors:
        new_id = mapping.get(a.id, a.id)
        if new_id in merged:
            m = merged[new_id]
            m.aliases = sorted(set(m.aliases) | set(a.aliases) | {a.name} - {m.name})
            m.roles = sorted(set(m.roles) | set(a.roles))
            m.mentions += a.mentions
        else:
            merged[new_id] = replace(a, id=new_id, aliases=list(a.aliases), roles=list(a.roles))
    relations = [replace(r, source=mapping.get(r.source, r.source),
                         target=mapping.get(r.target, r.target)) for r in ext.relations]
    return replace(ext, actors=list(merged.values()), relations=relations)

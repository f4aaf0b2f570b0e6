"""Shared helpers for the extractor tests (sentences written for the tests, not from eval)."""

from __future__ import annotations

from graphkit.extract import extract
from graphkit.model import Document, Extraction


def run(text: str) -> Extraction:
    """The rules alone: these helpers serve the rule-family tests (the stance encoder, which
    adds its own claims to pairs the rules leave open, has test_extract_encoder.py)."""
    return extract(Document(text=text), encoder=False)


def rels(ex: Extraction, counted: bool = True) -> set[tuple[str, str, str]]:
    """(source, type, target) of the relations, without negated ones when ``counted``."""
    return {(r.source, r.type, r.target) for r in ex.relations
            if not counted or r.mode != "negated"}


def find(ex: Extraction, source: str, rel_type: str, target: str):
    return [r for r in ex.relations if (r.source, r.type, r.target) == (source, rel_type, target)]

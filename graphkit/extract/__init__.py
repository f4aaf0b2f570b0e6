"""Extraction: documents to actors, issues and relations with evidence.

Public API:
    extract(doc: Document, encoder: bool = True) -> Extraction
    extract_many(docs: Iterable[Document], jobs: int = 1, batch_size: int = 32,
                 encoder: bool = True) -> Iterator[Extraction]
    merge(extractions: list[Extraction]) -> Extraction

Rules and vocabularies are data (``data/gazetteer.yaml``, ``data/issues.yaml``,
``data/lexicon.yaml``; folder overridable with ``$GRAPHKIT_DATA``); so is the stance encoder
that reads what the rules leave open (``data/models/stance-encoder``, or ``$GRAPHKIT_ENCODER``;
``encoder=False`` leaves it out).
"""

from .pipeline import extract, extract_many, get_nlp, merge

__all__ = ["extract", "extract_many", "merge", "get_nlp"]

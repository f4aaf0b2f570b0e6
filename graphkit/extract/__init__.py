"""Extraction: documents to actors, issues and relations with evidence.

Public API:
    extract(doc: Document) -> Extraction
    extract_many(docs: Iterable[Document], jobs: int = 1, batch_size: int = 32) -> Iterator[Extraction]
    merge(extractions: list[Extraction]) -> Extraction

Rules and vocabularies are data (``data/gazetteer.yaml``, ``data/issues.yaml``,
``data/lexicon.yaml``; folder overridable with ``$GRAPHKIT_DATA``).
"""

from .pipeline import extract, extract_many, get_nlp, merge

__all__ = ["extract", "extract_many", "merge", "get_nlp"]

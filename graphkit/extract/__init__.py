"""Extraction: documents to actors, issues and relations with evidence.

Public API (owned by the extractor module):
    extract(doc: Document) -> Extraction
    extract_many(docs: Iterable[Document], jobs: int = 1, batch_size: int = 32) -> Iterator[Extraction]
"""

"""Loading: read documents, extract, resolve and store them, one transaction per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

from .documents import Item
from .errors import GraphkitError
from .model import Document, Extraction
from .store.base import Store


@dataclass
class LoadSummary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    actors: int = 0
    claims: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # {path, reason}

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "documents": self.documents}


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_safely(docs: list[Document], jobs: int = 1) -> list[Extraction | str]:
    """Extract a batch; a document whose extraction fails gets its one-line reason instead."""
    from .extract import extract, extract_many

    try:
        return list(extract_many(docs, jobs=jobs))
    except Exception:  # noqa: BLE001 - isolate the failing document below
        out: list[Extraction | str] = []
        for d in docs:
            try:
                out.append(extract(d))
            except Exception as exc:  # noqa: BLE001 - reported per document
                out.append(f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}")
        return out


def load_items(
    store: Store | None,
    items: Iterable[Item],
    *,
    jobs: int = 1,
    force: bool = False,
    batch_size: int = 64,
    on_item: Callable[[Item, str], None] | None = None,
) -> LoadSummary:
    """Load read items into ``store`` (``None`` is a dry run: extract, write nothing).

    ``on_item(item, status)`` is called once per item (status new, unchanged, replaced,
    failed, or would-load in a dry run), for progress bars and logs.
    """
    summary = LoadSummary()
    seen: set[str] = set()

    def fail(item: Item, reason: str) -> None:
        summary.failed += 1
        summary.failures.append({"path": item.path, "reason": reason})
        if on_item:
            on_item(item, "failed")

    for batch in _batches(items, batch_size):
        todo: list[Item] = []
        for item in batch:
            if item.doc is None:
                fail(item, item.error or "unreadable")
            elif item.doc.id in seen or (store is not None and not force
                                         and store.has_document(item.doc.id)):
                summary.unchanged += 1
                if on_item:
                    on_item(item, "unchanged")
            else:
                seen.add(item.doc.id)
                todo.append(item)
        if not todo:
            continue
        results = extract_safely([i.doc for i in todo], jobs=jobs)
        for item, ext in zip(todo, results, strict=True):
            if isinstance(ext, str):
                fail(item, ext)
                continue
            if store is None:
                summary.new += 1
                summary.actors += len(ext.actors)
                summary.claims += len(ext.relations)
                if on_item:
                    on_item(item, "would-load")
                continue
            try:
                res = store.add(item.doc, ext, force=force)
            except GraphkitError:
                raise  # the store itself is gone: stop, a re-run finishes the job
            except ValueError as exc:
                fail(item, f"invalid extraction: {exc}")
                continue
            setattr(summary, res.status, getattr(summary, res.status) + 1)
            summary.actors += res.actors
            summary.claims += res.claims
            if on_item:
                on_item(item, res.status)
    return summary

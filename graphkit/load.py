"""Loading: read documents, extract, resolve and store them, one transaction per document.

Documents stream through: the reader yields them one at a time, the extractor works on a
bounded window of them (in ``jobs`` processes), and each is written as soon as its
extraction is ready, so memory does not grow with the number of documents and a load
that is stopped at any point keeps every document written so far. Re-running the same
command finishes the job: documents already stored are recognised by the hash of their
text and skipped before extraction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from .documents import Item
from .errors import GraphkitError
from .model import Document, Extraction
from .store.base import Store

Extractor = Callable[[Iterable[Document], int], Iterator[Extraction]]


@dataclass
class LoadSummary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # {path, reason}
    error: str = ""  # why the load stopped early (the store went away), else ""
    actor_ids: set[str] = field(default_factory=set, repr=False)  # distinct actors written

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    @property
    def actors(self) -> int:
        """Distinct actors in the documents written (not a sum over documents)."""
        return len(self.actor_ids)

    def to_json(self) -> dict[str, Any]:
        out = {**asdict(self), "actors": self.actors, "documents": self.documents}
        del out["actor_ids"]
        return out


class LoadAborted(GraphkitError):
    """The store failed mid-load; ``summary`` says what was done before."""

    def __init__(self, message: str, summary: LoadSummary) -> None:
        super().__init__(message)
        self.summary = summary


def default_extractor(docs: Iterable[Document], jobs: int, encoder: bool = True
                      ) -> Iterator[Extraction]:
    from .extract import extract_many

    return extract_many(docs, jobs=jobs, encoder=encoder)


def extractor_for(encoder: bool = True) -> Extractor:
    """graphkit's extractor, with the stance encoder or the rules alone. The encoder is
    loaded here, so that a missing or broken model stops the run before any document."""
    if encoder:
        from .extract.encoder import load_encoder

        load_encoder()
    return partial(default_extractor, encoder=encoder)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"extraction failed: {type(exc).__name__}" + (f": {text[:200]}" if text else "")


def extract_stream(items: Iterable[Item], extractor: Extractor, jobs: int = 1
                   ) -> Iterator[tuple[Item, Extraction | str]]:
    """(item, extraction) for every item with a document, in order; a document whose
    extraction raises gets its one-line reason instead, and the others still go through.

    ``items`` is consumed lazily, as the extractor asks for documents."""
    source = iter(items)
    pending: deque[Item] = deque()

    def feed() -> Iterator[Document]:
        for item in source:
            pending.append(item)
            yield item.doc

    while True:
        stream: Iterator[Extraction] | None = None
        try:
            stream = extractor(feed(), jobs)
            for ext in stream:
                yield pending.popleft(), ext
            return
        except GraphkitError:
            raise
        except Exception as exc:  # noqa: BLE001 - find the document(s) at fault one by one
            if not pending:  # not any document's fault: the extractor itself is broken
                raise GraphkitError(_reason(exc)) from None
            while pending:
                item = pending.popleft()
                try:
                    yield item, next(iter(extractor([item.doc], 1)))
                except GraphkitError:
                    raise
                except Exception as exc:  # noqa: BLE001 - reported per document
                    yield item, _reason(exc)
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()


def load_items(
    store: Store | None,
    items: Iterable[Item],
    *,
    jobs: int = 1,
    force: bool = False,
    on_item: Callable[[Item, str], None] | None = None,
    extractor: Extractor | None = None,
    writers: int = 4,
    encoder: bool = True,
) -> LoadSummary:
    """Load read items into ``store`` (``None`` is a dry run: extract, write nothing).

    ``on_item(item, status)`` is called once per item (status new, unchanged, replaced,
    failed, or would-load in a dry run), for progress bars and logs. If the store fails
    (a GraphkitError: unreachable, shut down), loading stops with ``LoadAborted``, whose
    summary counts what was stored before; running the same load again finishes the job.

    ``writers`` documents are written at once, each in its own transaction (Neo4j; SQLite
    writes one at a time); the graph is the one a sequential load gives (``Store.add_many``).
    """
    summary = LoadSummary()
    seen: set[str] = set()
    extractor = extractor or extractor_for(encoder)

    def note(item: Item, status: str) -> None:
        if on_item:
            on_item(item, status)

    def fail(item: Item, reason: str) -> None:
        summary.failed += 1
        summary.failures.append({"path": item.path, "reason": reason})
        note(item, "failed")

    def todo() -> Iterator[Item]:
        for item in items:
            if item.doc is None:
                fail(item, item.error or "unreadable")
            elif item.doc.id in seen or (store is not None and not force
                                         and store.has_document(item.doc.id)):
                summary.unchanged += 1
                note(item, "unchanged")
            else:
                seen.add(item.doc.id)
                yield item

    def extracted() -> Iterator[tuple[Item, Document, Extraction]]:
        for item, ext in extract_stream(todo(), extractor, jobs):
            if isinstance(ext, str):
                fail(item, ext)
            elif store is None:
                summary.new += 1
                summary.actor_ids.update(a.id for a in ext.actors)
                summary.claims += len(ext.relations)
                note(item, "would-load")
            else:
                yield item, item.doc, ext

    try:
        if store is None:
            for _ in extracted():
                pass
            return summary
        for item, res in store.add_many(extracted(), force=force, writers=writers):
            if isinstance(res, ValueError):
                fail(item, f"invalid extraction: {str(res)[:200]}")
                continue
            setattr(summary, res.status, getattr(summary, res.status) + 1)
            summary.actor_ids.update(res.actor_ids)
            summary.claims += res.claims
            note(item, res.status)
    except GraphkitError as exc:
        summary.error = str(exc)
        raise LoadAborted(str(exc), summary) from None
    return summary


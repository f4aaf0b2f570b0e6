"""The store contract, and the row preparation both stores share.

A store adds one document's extraction in one transaction, replaces a document's
claims when it is loaded again (or when a changed text arrives under the same url),
reads the whole graph back as networkx, and lists documents and actors.
"""

from __future__ import annotations

import hashlib
import json
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Container, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import networkx as nx

from ..model import Document, Extraction
from ..ontology import ACTOR_KINDS, COUNTED_MODES, check_type
from ..resolve import norm_name, resolve

T = TypeVar("T")

# How long a store trusts its cached index of actor names before reading it again (another
# load may have added actors meanwhile); its own writes keep the cache current.
ALIAS_TTL = 10.0


@dataclass
class AddResult:
    """What ``Store.add`` did with one document."""

    document: str
    status: str  # "new", "unchanged" or "replaced"
    actors: int = 0
    claims: int = 0
    replaced: list[str] = field(default_factory=list)  # ids of documents it replaced
    actor_ids: list[str] = field(default_factory=list)  # the (resolved) actors it wrote


@dataclass
class Rows:
    """One document's extraction flattened into the rows a store writes."""

    document: dict[str, Any]
    actors: list[dict[str, Any]]
    issues: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    mentions: list[dict[str, Any]]  # {actor, count}


def claim_id(doc_id: str, index: int, rel: dict[str, Any]) -> str:
    key = json.dumps([doc_id, index, rel["source"], rel["target"], rel["type"]])
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def prepare_rows(doc: Document, ext: Extraction) -> Rows:
    """Validate an extraction against the ontology and flatten it into rows."""
    issue_ids = ext.issue_ids()
    actors = []
    for a in ext.actors:
        if a.kind not in ACTOR_KINDS:
            raise ValueError(f"actor {a.id!r} has kind {a.kind!r}, not one of {ACTOR_KINDS}")
        actors.append({"id": a.id, "name": a.name, "kind": a.kind,
                       "aliases": sorted(set(a.aliases) - {a.name}), "roles": sorted(set(a.roles)),
                       "mentions": int(a.mentions or 0)})
    actor_ids = {a["id"] for a in actors}
    both = sorted(actor_ids & issue_ids)
    if both:
        raise ValueError(f"{both[0]!r} is both an actor and an issue: give them different ids")
    claims = []
    for i, r in enumerate(ext.relations):
        check_type(r.type)
        if r.source not in actor_ids or r.target not in actor_ids | issue_ids:
            continue  # a claim is made by an actor, about an actor or issue the extraction defines
        ev = r.evidence[0] if r.evidence else None
        claims.append({
            "id": "", "source": r.source, "target": r.target, "type": r.type,
            "target_is_issue": r.target in issue_ids, "polarity": int(r.polarity),
            "confidence": float(r.confidence), "mode": r.mode, "rule": r.rule, "verb": r.verb,
            "sentence": ev.sentence if ev else "", "quote": ev.quote if ev else "",
        })
        claims[-1]["id"] = claim_id(doc.id, i, claims[-1])
    now = datetime.now(UTC).isoformat(timespec="seconds")
    return Rows(
        document={**doc.meta(), "loaded_at": now},
        actors=actors,
        issues=[{"id": x.id, "name": x.name, "aliases": list(x.aliases)} for x in ext.issues],
        claims=claims,
        mentions=[{"actor": a["id"], "count": max(a["mentions"], 1)} for a in actors],
    )


class AliasIndex:
    """``resolve.alias_index`` kept up to date incrementally as actors are written."""

    def __init__(self, actors: list[dict[str, Any]] = ()) -> None:
        self.index: dict[str, tuple[str, str]] = {}
        self.ids: dict[str, str] = {}
        self.ambiguous: set[str] = set()
        for a in actors:
            self.add(a["id"], a["kind"], [a["name"], *(a.get("aliases") or [])])

    def add(self, actor_id: str, kind: str, names: list[str]) -> None:
        kind = self.ids.setdefault(actor_id, kind)
        for n in names:
            k = norm_name(n)
            if not k or k in self.ambiguous:
                continue
            hit = self.index.get(k)
            if hit is None:
                self.index[k] = (actor_id, kind)
            elif hit[0] != actor_id:
                del self.index[k]
                self.ambiguous.add(k)


def _made_by(rows: Rows) -> list[str]:
    """The actor ids and ("issue:"-prefixed) issue ids a document's rows write."""
    return [a["id"] for a in rows.actors] + ["issue:" + i["id"] for i in rows.issues]


class Store(ABC):
    """The contract every store keeps. Use as a context manager or call ``close()``."""

    uri: str

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, doc: Document, ext: Extraction, *, force: bool = False) -> AddResult:
        """Add one document's extraction in one transaction.

        The same text again is "unchanged" (nothing is written unless ``force``); a text
        whose url is already stored under another id replaces that document. Whether the
        document is already stored is decided inside the write transaction, so two loads
        of the same document at once store it once.
        """
        ext = resolve(ext, self._alias_index())
        rows = prepare_rows(doc, ext)
        status, replaced = self._write(rows, force)
        if status != "unchanged":
            self._remember_actors(rows.actors, forget=bool(replaced))
        return self._result(rows, status, replaced)

    # Whether ``_write`` may run in several threads at once (each its own transaction).
    concurrent_writes = False

    def add_many(self, entries: Iterable[tuple[T, Document, Extraction]], *,
                 force: bool = False, writers: int = 1, replacing: Container[str] = ()
                 ) -> Iterator[tuple[T, AddResult | ValueError]]:
        """``add`` each (key, document, extraction), yielding (key, result) in input order;
        an invalid extraction yields its ValueError and the others go on.

        With ``writers`` > 1 (stores with ``concurrent_writes``) up to that many documents
        are written at once, each in its own transaction, and the graph is the one a
        sequential load gives: documents are resolved in input order against the actors of
        every document before them; one that uses an actor or issue an unfinished document
        creates waits for it; one that replaces a stored document (its id in ``replacing``,
        a url seen before in ``entries``, or ``force``) is written alone. At most
        ``2 * writers`` documents are in flight. A store error is raised after the documents
        in flight have finished."""
        writers = max(1, writers) if self.concurrent_writes else 1
        if writers == 1:
            for key, doc, ext in entries:
                try:
                    yield key, self.add(doc, ext, force=force)
                except ValueError as exc:
                    yield key, exc
            return
        pool = ThreadPoolExecutor(writers, thread_name_prefix="graphkit-writer")
        flight: deque[tuple[T, Rows, Future]] = deque()
        creators: dict[str, Future] = {}  # actor/issue id -> the unfinished document making it
        seen_urls: set[str] = set()  # a url again in one load replaces: written alone
        made: set[str] = set()  # issues written in this load (the few there are)
        error: BaseException | None = None

        def finish(key: T, rows: Rows | None, fut: Future) -> tuple[T, Any] | None:
            nonlocal error
            if rows is None:  # an invalid extraction, kept in order
                return key, fut.exception()
            for k in _made_by(rows):
                if creators.get(k) is fut:
                    del creators[k]
                    if k.startswith("issue:"):
                        made.add(k)
            try:
                status, replaced = fut.result()
            except BaseException as exc:  # noqa: BLE001 - re-raised once the others finish
                error = error or exc
                return None
            if status == "replace":  # written alone below, with nothing else in flight
                while flight:
                    finish_next()
                if error:
                    return None
                try:
                    status, replaced = self._write(rows, force)
                except BaseException as exc:  # noqa: BLE001
                    error = exc
                    return None
                self._aliases = None
            return key, self._result(rows, status, replaced)

        yield_later: list[tuple[T, AddResult]] = []

        def finish_next() -> Future:
            """Finish the oldest document in flight; its result waits in ``yield_later``."""
            key, rows, fut = flight.popleft()
            done = finish(key, rows, fut)
            if done:
                yield_later.append(done)
            return fut

        try:
            for key, doc, ext in entries:
                if error:
                    break
                try:
                    before = self._aliases
                    index = self._alias_index()
                    if self._aliases is not before:  # read again: keep the unfinished ones
                        for _, r, _ in flight:
                            if r is not None:
                                self._remember_actors(r.actors, forget=False)
                    rows = prepare_rows(doc, resolve(ext, index))
                except ValueError as exc:
                    failed: Future = Future()
                    failed.set_exception(exc)
                    flight.append((key, None, failed))
                    rows = None
                if rows is not None:
                    ids = _made_by(rows)
                    wait = {creators[k] for k in ids if k in creators}
                    url = rows.document["url"]
                    alone = force or doc.id in replacing or url in seen_urls
                    if url:
                        seen_urls.add(url)
                    if alone:
                        wait = {f for _, _, f in flight}
                    while wait and flight:  # finish in order up to the last one waited for
                        wait.discard(finish_next())
                    if error:
                        break
                    if alone:  # nothing else in flight: write it here, then go on
                        try:
                            status, replaced = self._write(rows, force)
                        except BaseException as exc:  # noqa: BLE001
                            error = exc
                            break
                        self._remember_actors(rows.actors, forget=bool(replaced))
                        yield_later.append((key, self._result(rows, status, replaced)))
                        yield from yield_later
                        yield_later.clear()
                        continue
                    known = self._aliases.ids if self._aliases is not None else {}
                    fut = pool.submit(self._write, rows, force, False)
                    for k in ids:
                        if k not in known and k not in made and k not in creators:
                            creators[k] = fut
                    self._remember_actors(rows.actors, forget=False)
                    flight.append((key, rows, fut))
                while len(flight) >= 2 * writers:
                    finish_next()
                yield from yield_later
                yield_later.clear()
            while flight:
                finish_next()
            yield from yield_later
        finally:
            for _, _, fut in flight:
                fut.cancel()
            pool.shutdown(wait=True)
        if error:
            raise error

    def _result(self, rows: Rows, status: str, replaced: list[str]) -> AddResult:
        if status == "unchanged":
            return AddResult(rows.document["id"], "unchanged")
        return AddResult(rows.document["id"], status, len(rows.actors), len(rows.claims),
                         replaced, [a["id"] for a in rows.actors])

    # The alias index used to resolve new extractions, cached: reading every actor for every
    # document would make a long load quadratic.
    _aliases: AliasIndex | None = None
    _aliases_at: float = 0.0

    def _alias_index(self) -> dict[str, tuple[str, str]]:
        if self._aliases is None or time.monotonic() - self._aliases_at > ALIAS_TTL:
            self._aliases = AliasIndex(self._actor_names())
            self._aliases_at = time.monotonic()
        return self._aliases.index

    def _remember_actors(self, actors: list[dict[str, Any]], forget: bool) -> None:
        if forget or self._aliases is None:
            self._aliases = None  # a replacement may have dropped actors: read them again
            return
        for a in actors:
            self._aliases.add(a["id"], a["kind"], [a["name"], *a["aliases"]])

    def graph(self, modes: tuple[str, ...] = COUNTED_MODES) -> nx.MultiDiGraph:
        """The whole graph as networkx (see ``graphkit.graph``)."""
        from ..graph import build_graph

        data = self._graph_rows()
        return build_graph(data["actors"], data["issues"], data["claims"], data["documents"],
                           data["mentions"], modes)

    @abstractmethod
    def init(self) -> None:
        """Create the schema (idempotent)."""

    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    def actor_aliases(self) -> dict[str, tuple[str, str]]:
        """Normalised name or alias -> (actor id, kind), for resolving new extractions."""
        return AliasIndex(self._actor_names()).index

    @abstractmethod
    def _actor_names(self) -> list[dict[str, Any]]:
        """Every actor's id, name, kind and aliases."""

    @abstractmethod
    def _write(self, rows: Rows, force: bool) -> tuple[str, list[str]]:
        """Write one document in one transaction: ("unchanged", []) if its id is stored and
        not ``force``, else ("new" or "replaced", ids of the documents it replaced)."""

    @abstractmethod
    def _graph_rows(self) -> dict[str, Any]:
        """actors, issues, claims (with source, target and document fields), documents,
        mentions (actor id -> set of document ids)."""

    @abstractmethod
    def documents(self) -> list[dict[str, Any]]:
        """Every document's metadata with its claim count, newest load first."""

    @abstractmethod
    def actors(self) -> list[dict[str, Any]]:
        """Every actor with its kind, aliases, mentions and document count."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts: documents, actors, issues, claims, edges, single_source_edges."""

    @abstractmethod
    def reset(self) -> None:
        """Delete everything graphkit wrote."""

    @abstractmethod
    def close(self) -> None: ...

"""The embedded default store: one SQLite file, no server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import GraphkitError
from ..ontology import COUNTED_MODES
from .base import Rows, Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, published TEXT, path TEXT,
    loaded_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
    roles TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE TABLE IF NOT EXISTS issues (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL, target TEXT NOT NULL, target_is_issue INTEGER NOT NULL,
    type TEXT NOT NULL, polarity INTEGER NOT NULL, confidence REAL, mode TEXT, rule TEXT,
    verb TEXT, sentence TEXT, quote TEXT
);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document);
CREATE INDEX IF NOT EXISTS claims_pair ON claims(source, target, type);
CREATE TABLE IF NOT EXISTS mentions (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (document, actor)
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor);
"""


class SQLiteStore(Store):
    """Everything in one file; each document is written in one ``BEGIN IMMEDIATE`` transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.uri = str(self.path)
        if self.path.is_dir():
            raise GraphkitError(f"{self.path} is a folder: give a file path for the SQLite store")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA foreign_keys=ON")
            self.con.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise GraphkitError(f"cannot open {self.path} as a graphkit store: {exc}") from None
        self.con.row_factory = sqlite3.Row
        self.init()

    def init(self) -> None:
        try:
            self.con.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise GraphkitError(f"{self.path} is not a graphkit store: {exc}") from None

    def close(self) -> None:
        self.con.close()

    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def _actor_names(self) -> list[dict[str, Any]]:
        return [{**dict(r), "aliases": json.loads(r["aliases"])}
                for r in self.con.execute("SELECT id, name, kind, aliases FROM actors")]

    def _actor_rows(self) -> list[dict[str, Any]]:
        return [{**dict(r), "aliases": json.loads(r["aliases"]), "roles": json.loads(r["roles"])}
                for r in self.con.execute("SELECT * FROM actors ORDER BY id")]

    def _write(self, rows: Rows, force: bool) -> tuple[str, list[str]]:
        d = rows.document
        con = self.con
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise GraphkitError(f"{self.path} is busy ({exc}): another process holds it; "
                                "try again") from None
        try:
            # (a UNION, so that each side is an index lookup, not a scan of all documents)
            replaced = [r[0] for r in con.execute(
                "SELECT id FROM documents WHERE id=? UNION "
                "SELECT id FROM documents WHERE url=? AND url<>''", (d["id"], d["url"]))]
            if d["id"] in replaced and not force:
                con.execute("ROLLBACK")
                return "unchanged", []
            self._write_tx(rows, replaced)
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise GraphkitError(f"cannot write to {self.path}: {exc}") from None
            raise
        return ("replaced" if replaced else "new"), replaced

    def _write_tx(self, rows: Rows, replaced: list[str]) -> None:
        """The writes of one document, inside the open transaction."""
        d = rows.document
        con = self.con
        for old in replaced:
            con.execute("DELETE FROM claims WHERE document=?", (old,))
            con.execute("DELETE FROM mentions WHERE document=?", (old,))
            con.execute("DELETE FROM documents WHERE id=?", (old,))
        con.execute(
            "INSERT INTO documents (id, title, source, url, published, path, loaded_at) "
            "VALUES (:id, :title, :source, :url, :published, :path, :loaded_at)", d)
        for a in rows.actors:
            old = con.execute("SELECT name, aliases, roles FROM actors WHERE id=?",
                              (a["id"],)).fetchone()
            if old:
                aliases = set(json.loads(old["aliases"])) | set(a["aliases"]) | {a["name"]}
                roles = set(json.loads(old["roles"])) | set(a["roles"])
                con.execute("UPDATE actors SET aliases=?, roles=? WHERE id=?",
                            (json.dumps(sorted(aliases - {old["name"]})), json.dumps(sorted(roles)),
                             a["id"]))
            else:
                con.execute("INSERT INTO actors VALUES (?, ?, ?, ?, ?)",
                            (a["id"], a["name"], a["kind"], json.dumps(a["aliases"]),
                             json.dumps(a["roles"])))
        for i in rows.issues:
            con.execute("INSERT OR IGNORE INTO issues VALUES (?, ?, ?)",
                        (i["id"], i["name"], json.dumps(i["aliases"])))
        con.executemany(
            "INSERT INTO claims VALUES (:id, :document, :source, :target, :target_is_issue,"
            " :type, :polarity, :confidence, :mode, :rule, :verb, :sentence, :quote)",
            [{**c, "document": d["id"]} for c in rows.claims])
        con.executemany("INSERT INTO mentions VALUES (?, ?, ?)",
                        [(d["id"], m["actor"], m["count"]) for m in rows.mentions])
        if replaced:
            self._drop_orphans()

    def _drop_orphans(self) -> None:
        self.con.execute("DELETE FROM actors WHERE id NOT IN (SELECT actor FROM mentions)")
        self.con.execute(
            "DELETE FROM issues WHERE id NOT IN (SELECT target FROM claims WHERE target_is_issue)")

    def _graph_rows(self) -> dict[str, Any]:
        docs = [dict(r) for r in self.con.execute(
            "SELECT id, title, source, url, published, path, loaded_at FROM documents ORDER BY id")]
        claims = [dict(r) for r in self.con.execute(
            "SELECT c.*, d.title, d.url, d.published, d.source AS outlet FROM claims c "
            "JOIN documents d ON d.id = c.document ORDER BY c.document, c.id")]
        mentions: dict[str, set[str]] = {}
        for r in self.con.execute("SELECT actor, document FROM mentions"):
            mentions.setdefault(r[0], set()).add(r[1])
        issues = [{**dict(r), "aliases": json.loads(r["aliases"])}
                  for r in self.con.execute("SELECT * FROM issues ORDER BY id")]
        return {"actors": self._actor_rows(), "issues": issues, "claims": claims,
                "documents": docs, "mentions": mentions}

    def documents(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.con.execute(
            "SELECT d.id, d.title, d.source, d.url, d.published, d.path, d.loaded_at, "
            "(SELECT count(*) FROM claims c WHERE c.document = d.id) AS claims "
            "FROM documents d ORDER BY d.loaded_at DESC, d.id")]

    def actors(self) -> list[dict[str, Any]]:
        counts = {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT actor, sum(count), count(DISTINCT document) FROM mentions GROUP BY actor")}
        return [{**a, "mentions": counts.get(a["id"], (0, 0))[0],
                 "documents": counts.get(a["id"], (0, 0))[1]} for a in self._actor_rows()]

    def stats(self) -> dict[str, Any]:
        one = lambda q: self.con.execute(q).fetchone()[0]  # noqa: E731
        modes = ",".join(f"'{m}'" for m in COUNTED_MODES)
        edges = self.con.execute(
            "SELECT count(*), sum(n_sources = 1) FROM (SELECT count(DISTINCT coalesce(NULLIF("
            "d.source, ''), d.id)) AS n_sources FROM claims c JOIN documents d ON d.id=c.document "
            f"WHERE c.mode IN ({modes}) GROUP BY c.source, c.target, c.type)").fetchone()
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "actors": one("SELECT count(*) FROM actors"),
            "issues": one("SELECT count(*) FROM issues"),
            "claims": one("SELECT count(*) FROM claims"),
            "edges": edges[0] or 0,
            "single_source_edges": edges[1] or 0,
        }

    def reset(self) -> None:
        self._aliases = None
        self.con.execute("BEGIN IMMEDIATE")
        for t in ("claims", "mentions", "documents", "actors", "issues"):
            self.con.execute(f"DELETE FROM {t}")
        self.con.execute("COMMIT")

"""Stores: the embedded SQLite default and Neo4j, behind one contract (``store.base.Store``)."""

from __future__ import annotations

import os

from ..errors import GraphkitError
from .base import AddResult, Store

DEFAULT_DB = "graphkit.db"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")

__all__ = ["AddResult", "Store", "open_store", "is_neo4j", "DEFAULT_DB"]


def is_neo4j(db: str) -> bool:
    return db.lower().startswith(NEO4J_SCHEMES)


def open_store(
    db: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Store:
    """Open the store named by ``db`` (a path or a bolt/neo4j URI), else ``$GRAPHKIT_DB``,
    else ``./graphkit.db``. Neo4j credentials default to NEO4J_USERNAME / NEO4J_PASSWORD /
    NEO4J_DATABASE, as Neo4j's own tools use them."""
    db = db or os.environ.get("GRAPHKIT_DB") or DEFAULT_DB
    if is_neo4j(db):
        from .neo4j import Neo4jStore

        return Neo4jStore(
            db,
            user=user or os.environ.get("NEO4J_USERNAME") or "neo4j",
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
            database=database or os.environ.get("NEO4J_DATABASE") or None,
        )
    if "://" in db:
        raise GraphkitError(
            f"unsupported store {db!r}: give a file path or a bolt:// or neo4j:// URI"
        )
    from .sqlite import SQLiteStore

    return SQLiteStore(db)

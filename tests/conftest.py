"""Shared fixtures: both stores, the real Neo4j started by scripts/test, a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "la-national-guard.txt"


def neo4j_settings() -> dict[str, str] | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return {"uri": uri, "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", "")}


@pytest.fixture(scope="session")
def neo4j_conf() -> dict[str, str]:
    """The real Neo4j's settings; the suite fails (not skips) under scripts/test without it."""
    conf = neo4j_settings()
    if conf is None:
        if os.environ.get("GRAPHKIT_REQUIRE_NEO4J"):
            pytest.fail("NEO4J_URI is not set although scripts/test should have started Neo4j")
        pytest.skip("no Neo4j: run the suite with scripts/test (it starts one)")
    return conf


@pytest.fixture
def neo4j_store(neo4j_conf):
    from graphkit.store.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_conf["uri"], user=neo4j_conf["user"], password=neo4j_conf["password"])
    store.reset()
    store.init()
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path):
    from graphkit.store.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "graph.db")
    yield store
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """Each contract test runs once against each store."""
    return request.getfixturevalue(f"{request.param}_store")


def make_doc(text: str, **meta: str) -> Document:
    return Document(text=text, **meta)


def make_extraction(doc: Document, actors: list[tuple[str, str, str]],
                    relations: list[tuple], issues: list[tuple[str, str]] = ()) -> Extraction:
    """A hand-written extraction: actors (id, name, kind); relations
    (source, target, type, polarity[, mode[, quote[, confidence[, rule]]]]); issues (id, name)."""
    rels = []
    for r in relations:
        s, t, typ, pol, *rest = r
        mode = rest[0] if rest else "asserted"
        quote = rest[1] if len(rest) > 1 else ""
        conf = rest[2] if len(rest) > 2 else 0.8
        rule = rest[3] if len(rest) > 3 else "test"
        rels.append(Relation(s, t, typ, pol, conf, mode, rule, typ.lower(),
                             [Evidence(doc.id, f"{s} {typ} {t}.", quote)]))
    return Extraction(
        actors=[Actor(i, n, k, aliases=[n.split()[-1]] if k == "Person" else [], mentions=1)
                for i, n, k in actors],
        issues=[Issue(i, n) for i, n in issues], relations=rels, documents=[doc.meta()])

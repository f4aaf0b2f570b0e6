"""Crash safety on both stores: SIGKILL mid-load, two loads at once, Neo4j stopping mid-load.

Each load runs ``graphkit load`` in a subprocess through the real extractor, over short
documents. A small wrapper (``SLOW``) sleeps inside each document's write transaction, so
that a kill lands while a transaction is open.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("graphkit.extract")

SLOW = """
import sys, time
import graphkit.store.neo4j as n, graphkit.store.sqlite as s
delay = float(sys.argv.pop(1))
orig_n, orig_s = n.write_document, s.SQLiteStore._write_tx
def write_document(tx, *a, **k):
    out = orig_n(tx, *a, **k); time.sleep(delay); return out
def _write_tx(self, *a, **k):
    out = orig_s(self, *a, **k); time.sleep(delay); return out
n.write_document, s.SQLiteStore._write_tx = write_document, _write_tx
from graphkit.cli.main import cli
cli(prog_name="graphkit")
"""

PEOPLE = ["Gavin Newsom", "Donald Trump", "Karen Bass", "Tom Homan", "Pete Hegseth",
          "Kristi Noem", "Alex Padilla", "Rob Bonta"]
VERBS = ["criticized", "praised", "sued", "threatened", "condemned", "supported"]
OUTLETS = ["AP", "Reuters", "LA Times", ""]


def make_corpus(folder: Path, n: int = 40, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 3 + 1) % len(PEOPLE)]
        if a == b:
            b = PEOPLE[(i + 1) % len(PEOPLE)]
        text = f"{a} {VERBS[i % len(VERBS)]} {b} on day {i}. The dispute continued."
        (folder / f"doc{i:03}.jsonl").write_text(
            f'{{"text": "{text}", "source": "{OUTLETS[i % 4]}", "date": "2025-06-{1 + i % 28:02}"}}\n')
    return folder


def graphkit(db: str, *args: str, delay: float = 0.0, env: dict | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-c", SLOW, str(delay), "--db", db, "load", *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)


def snapshot(store) -> dict:
    """Everything a clean load determines (not load times)."""
    g = store.graph()
    edges = sorted((u, v, k, d["weight"], d["documents"], d["sources"], d["first_seen"],
                    d["last_seen"]) for u, v, k, d in g.edges(keys=True, data=True))
    out = {"stats": store.stats(), "edges": edges,
           "documents": sorted(d["id"] for d in store.documents()),
           "actors": sorted((a["id"], a["documents"]) for a in store.actors())}
    if hasattr(store, "driver"):  # the typed edges analysts query, and no duplicates at all
        out["typed"] = sorted(tuple(r.values()) for r in store._read(
            "MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['BY', 'TARGET', 'FROM', 'MENTIONS'] "
            "RETURN a.id AS a, type(r) AS t, b.id AS b, r.weight AS w, r.documents AS d, "
            "r.sources AS s, r.first_seen AS f, r.last_seen AS l"))
        dup = store._read("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n "
                          "WHERE n > 1 AND t <> 'MENTIONS' RETURN count(*) AS n")
        out["duplicate_relationships"] = dup[0]["n"]
    return out


def db_of(store) -> str:
    return store.uri


def wait_for_documents(store, proc: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = store.stats()["documents"]
        if n >= at_least:
            return n
        if proc.poll() is not None:
            pytest.fail(f"load ended before it could be interrupted: {proc.communicate()}")
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the load wrote nothing in time")


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def settled_documents(store, quiet: float = 1.0, timeout: float = 30) -> int:
    """Documents stored once the server has settled the killed client's transactions: with
    several writers, a commit the client sent just before SIGKILL can land a moment later."""
    n, since = store.stats()["documents"], time.monotonic()
    deadline = since + timeout
    while time.monotonic() - since < quiet and time.monotonic() < deadline:
        time.sleep(0.1)
        m = store.stats()["documents"]
        if m != n:
            n, since = m, time.monotonic()
    return n


def test_sigkill_mid_load_then_rerun_equals_one_clean_load(store, tmp_path):
    folder = make_corpus(tmp_path / "in")
    db = db_of(store)
    rc, out, err = finish(graphkit(db, str(folder)))
    assert rc == 0, err
    clean = snapshot(store)
    assert clean["stats"]["documents"] == 40 and clean["stats"]["edges"] > 5
    store.reset()

    proc = graphkit(db, str(folder), delay=0.15)
    wait_for_documents(store, proc, 8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = settled_documents(store)
    assert 8 <= partial < 40
    rc, out, err = finish(graphkit(db, str(folder), "--json"))
    assert rc == 0, err
    assert f'"unchanged": {partial}' in out
    again = snapshot(store)
    assert again == clean
    assert again.get("duplicate_relationships", 0) == 0


def test_two_loads_at_once_over_overlapping_files(store, tmp_path):
    a = make_corpus(tmp_path / "a", 25, 0)
    b = make_corpus(tmp_path / "b", 25, 15)  # documents 15..24 are in both
    db = db_of(store)
    procs = [graphkit(db, str(a), delay=0.02), graphkit(db, str(b), delay=0.02)]
    results = [finish(p) for p in procs]
    assert all(rc == 0 for rc, _, _ in results), results
    both = snapshot(store)
    store.reset()
    for folder in (a, b):
        rc, _, err = finish(graphkit(db, str(folder)))
        assert rc == 0, err
    sequential = snapshot(store)
    assert both["stats"]["documents"] == 40
    assert both == sequential
    assert both.get("duplicate_relationships", 0) == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.neo4j
def test_neo4j_stopping_mid_load_is_one_line_and_rerun_finishes(neo4j_conf, tmp_path):
    from graphkit import neo4j_local
    from graphkit.store.neo4j import Neo4jStore

    home = ROOT / ".neo4j-crash"
    password = "crash-test-password"
    bolt, http = free_port(), free_port()
    try:
        info = neo4j_local.start(home, bolt, http, password=password, quiet=True)
    except neo4j_local.Neo4jLocalError as exc:
        pytest.fail(f"could not start the throwaway Neo4j: {exc}")
    env = {"NEO4J_PASSWORD": password, "NEO4J_USERNAME": "neo4j",
           "GRAPHKIT_NEO4J_RETRY_TIME": "3"}
    folder = make_corpus(tmp_path / "in")
    try:
        store = Neo4jStore(info.bolt_uri, password=password)
        store.reset()
        proc = graphkit(info.bolt_uri, str(folder), delay=0.3, env=env)
        wait_for_documents(store, proc, 3)
        store.close()
        neo4j_local.stop(home)
        rc, out, err = finish(proc, timeout=120)
        assert rc != 0
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert "Traceback" not in err
        assert len(lines) == 1 and lines[0].startswith("Error: "), err
        assert "run the same command again" in lines[0]
        info = neo4j_local.start(home, bolt, http, password=password, quiet=True)
        rc, out, err = finish(graphkit(info.bolt_uri, str(folder), env=env))
        assert rc == 0, err
        store = Neo4jStore(info.bolt_uri, password=password)
        s = store.stats()
        assert s["documents"] == 40
        snap = snapshot(store)
        assert snap["duplicate_relationships"] == 0
        store.close()
    finally:
        neo4j_local.stop(home)

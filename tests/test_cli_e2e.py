"""End to end through the real command line: the seed article into both stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

GRAPHKIT = [sys.executable, "-m", "graphkit.cli"]


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
        check: bool = True) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([*GRAPHKIT, *args], capture_output=True, text=True, env=full_env,
                          cwd=cwd or ROOT, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"graphkit {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture
def neo4j_db(neo4j_store, neo4j_conf):
    """A clean Neo4j and the --db value that points at it."""
    return neo4j_conf["uri"]


@pytest.mark.neo4j
def test_seed_into_neo4j(neo4j_db, neo4j_store):
    out = run("--db", neo4j_db, "load", str(SEED), "--json")
    summary = json.loads(out.stdout)
    assert summary["new"] == 1 and summary["failed"] == 0
    driver = neo4j_store.driver
    rows, _, _ = driver.execute_query(
        "MATCH (:Person {name: 'Gavin Newsom'})-[:CRITICIZES]->(b) RETURN b.name AS name")
    assert "Donald Trump" in [r["name"] for r in rows]
    rows, _, _ = driver.execute_query(
        "MATCH (c:Claim {type: 'CRITICIZES'})-[:BY]->(:Person {name: 'Gavin Newsom'}), "
        "(c)-[:TARGET]->(:Person {name: 'Donald Trump'}), (c)-[:FROM]->(d:Document) "
        "RETURN c.sentence AS sentence, c.quote AS quote, d.id AS doc")
    assert rows, "no claim behind Newsom CRITICIZES Trump"
    assert any("Newsom" in r["sentence"] and r["sentence"] in SEED.read_text() for r in rows)
    rows, _, _ = driver.execute_query(
        "MATCH (:Person {name: 'Donald Trump'})-[r:ORDERS]->(:Organization {name: 'National Guard'}) "
        "RETURN r.weight AS w")
    assert rows and rows[0]["w"] >= 1


@pytest.mark.neo4j
def test_loading_twice_changes_no_count(neo4j_db, neo4j_store):
    run("--db", neo4j_db, "load", str(SEED))
    first = json.loads(run("--db", neo4j_db, "stats", "--json").stdout)["counts"]
    again = json.loads(run("--db", neo4j_db, "load", str(SEED), "--json").stdout)
    assert (again["new"], again["unchanged"]) == (0, 1)
    assert json.loads(run("--db", neo4j_db, "stats", "--json").stdout)["counts"] == first
    forced = json.loads(run("--db", neo4j_db, "load", str(SEED), "--force", "--json").stdout)
    assert forced["replaced"] == 1
    assert json.loads(run("--db", neo4j_db, "stats", "--json").stdout)["counts"] == first
    rows, _, _ = neo4j_store.driver.execute_query(
        "MATCH (n) RETURN count(n) AS nodes")
    nodes = rows[0]["nodes"]
    run("--db", neo4j_db, "load", str(SEED), "--force")
    rows, _, _ = neo4j_store.driver.execute_query("MATCH (n) RETURN count(n) AS nodes")
    assert rows[0]["nodes"] == nodes


def test_demo_on_the_embedded_store_needs_no_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "GRAPHKIT_"))}
    env.update(GRAPHKIT_DB=str(tmp_path / "demo.db"), GRAPHKIT_DEMO_OUT=str(tmp_path / "out"))
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "demo")], capture_output=True,
                          text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "out" / "map.html").read_text()
    assert "Gavin Newsom" in html
    assert "strongest conflicts:" in proc.stdout
    assert "Donald Trump" in proc.stdout
    assert (tmp_path / "demo.db").exists()


def test_extract_prints_the_evaluation_contract():
    out = json.loads(run("extract", "--format", "json", str(SEED)).stdout)
    assert set(out) >= {"actors", "issues", "relations"}
    names = {a["name"] for a in out["actors"]}
    assert {"Donald Trump", "Gavin Newsom", "Karen Bass"} <= names
    for r in out["relations"]:
        assert {"source", "target", "type", "polarity", "confidence", "evidence"} <= set(r)
        assert r["evidence"] and r["evidence"][0]["sentence"]


def test_query_on_the_embedded_store_says_how_to_get_neo4j(tmp_path):
    proc = run("--db", str(tmp_path / "x.db"), "query", "-e", "RETURN 1", check=False)
    assert proc.returncode != 0
    assert "Neo4j" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unreachable_neo4j_is_one_clear_line(tmp_path):
    proc = run("--db", "bolt://127.0.0.1:1", "stats", check=False,
               env={"NEO4J_PASSWORD": "whatever-123"})
    assert proc.returncode == 1
    err = proc.stderr.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "bolt://127.0.0.1:1" in err and "neo4j-local start" in err and "docker compose" in err


@pytest.mark.neo4j
def test_wrong_password_is_one_clear_line(neo4j_conf):
    proc = run("--db", neo4j_conf["uri"], "stats", check=False,
               env={"NEO4J_PASSWORD": "not-the-password", "NEO4J_USERNAME": "neo4j"})
    assert proc.returncode == 1
    err = proc.stderr.strip()
    assert len(err.splitlines()) == 1 and "password" in err
    assert "not-the-password" not in err


def test_reset_asks_first(tmp_path):
    db = str(tmp_path / "r.db")
    run("--db", db, "load", str(SEED))
    proc = run("--db", db, "db", "reset", check=False)
    assert proc.returncode != 0 and "--yes" in proc.stderr
    assert json.loads(run("--db", db, "stats", "--json").stdout)["counts"]["documents"] == 1
    run("--db", db, "db", "reset", "--yes")
    assert json.loads(run("--db", db, "stats", "--json").stdout)["counts"]["documents"] == 0


@pytest.mark.neo4j
def test_map_min_confidence_on_a_loaded_graph(neo4j_db, neo4j_store, tmp_path):
    run("--db", neo4j_db, "load", str(SEED))
    counts = {}
    for cut in ("0", "0.8"):
        out = tmp_path / f"map-{cut}.html"
        said = run("--db", neo4j_db, "map", "-o", str(out), "--min-confidence", cut).stdout
        counts[cut] = int(said.split(" nodes, ")[1].split(" edges")[0])
        html = out.read_text(encoding="utf-8")
        data = json.loads(html.split('id="graphkit-data">', 1)[1].split("</script>", 1)[0])
        confs = [c["confidence"] for e in data["edges"] for c in e["claims"]]
        assert confs and min(confs) >= float(cut)
    assert 0 < counts["0.8"] < counts["0"]

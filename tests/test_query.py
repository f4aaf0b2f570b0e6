"""The query runner (graphkit.query) and ``graphkit query``: parameters, read-only runs,
errors, output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.errors import GraphkitError
from graphkit.query import format_rows, library, parse_param, parse_value, resolve_query, run_query

from .test_cypher_library import load_corpus

TRICKY = ["'; MATCH (n) DETACH DELETE n //", "{", "}", "\\", "\\\\", '"', "'", "a'b\"c",
          "$actor", "RETURN 1; CREATE (x)", "{actor: 1}", "[", "Bo Lee' OR 1=1 //"]


# -- parameters (no database) ---------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("42", 42), ("-7", -7), ("3.5", 3.5), ("1e3", 1000.0), ("true", True), ("false", False),
    ("null", None), ("2025-06-07", "2025-06-07"), ("Gavin Newsom", "Gavin Newsom"),
    ('["negated", "hypothetical"]', ["negated", "hypothetical"]), ('{"a": [1, 2]}', {"a": [1, 2]}),
    ('"42"', "42"), ("007", "007"), ("", ""), ("nan", "nan"), ("True", "True"),
    *[(t, t) for t in TRICKY if t not in ('"',)],
])
def test_parse_value(text, value):
    assert parse_value(text) == value


def test_parse_param():
    assert parse_param("actor=Gavin Newsom") == ("actor", "Gavin Newsom")
    assert parse_param("$limit=5") == ("limit", 5)
    assert parse_param("q=a=b") == ("q", "a=b")
    for bad in ("noequals", "=x", "1x=2", "a b=3"):
        with pytest.raises(GraphkitError):
            parse_param(bad)


def test_resolve_query_by_name_file_or_path(tmp_path):
    assert resolve_query("critics").name == "critics"
    assert resolve_query("critics.cypher").name == "critics"
    f = tmp_path / "mine.cypher"
    f.write_text("// Title: t\n// Question: q\n// Parameters: none\n// Columns:\n//   n -- one\n"
                 "RETURN 1 AS n;\n")
    info = resolve_query(str(f))
    assert (info.title, info.columns, info.problems) == ("t", [("n", "one")], [])
    with pytest.raises(GraphkitError, match="no query file or library query"):
        resolve_query("no_such_query")


def test_formats_turn_values_into_plain_data():
    cols, rows = ["name", "list", "none", "n"], [["Ana, \"A\"", ["x", 1], None, 2.5]]
    assert json.loads(format_rows(cols, rows, "json")) == [
        {"name": 'Ana, "A"', "list": ["x", 1], "none": None, "n": 2.5}]
    assert json.loads(format_rows(cols, rows, "jsonl")) == {
        "name": 'Ana, "A"', "list": ["x", 1], "none": None, "n": 2.5}
    assert list(csv.reader(io.StringIO(format_rows(cols, rows, "csv")))) == [
        cols, ['Ana, "A"', '["x", 1]', "", "2.5"]]
    table = format_rows(cols, rows, "table").splitlines()
    assert table[0].split(" | ")[0].strip() == "name" and table[-1] == "(1 row)"


def test_list_shows_every_library_file():
    res = CliRunner().invoke(cli, ["query", "--list"])
    assert res.exit_code == 0, res.output
    for info in library():
        assert info.name in res.output and info.title in res.output
    res = CliRunner().invoke(cli, ["query", "--list", "--json"])
    assert {q["name"] for q in json.loads(res.output)} == {q.name for q in library()}


def test_sqlite_store_says_how_to_get_neo4j(tmp_path):
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.db"), "query", "actors",
                                   "--param", "limit=5"])
    assert res.exit_code != 0
    assert res.output.strip().count("\n") == 0
    assert "needs Neo4j" in res.output and "bolt://" in res.output
    assert not (tmp_path / "g.db").exists()


def test_user_mistakes_are_one_line_errors():
    runner = CliRunner()
    for args in (["query"], ["query", "nope"], ["query", "critics"],
                 ["query", "critics", "--param", "actor"], ["query", "x", "-e", "RETURN 1"]):
        res = runner.invoke(cli, ["--db", "bolt://127.0.0.1:1", *args])
        assert res.exit_code != 0, args
        assert "Traceback" not in res.output and res.exception is None or isinstance(
            res.exception, SystemExit), args
    res = runner.invoke(cli, ["--db", "bolt://127.0.0.1:1", "query", "critics"])
    assert "--param actor=" in res.output


# -- against Neo4j --------------------------------------------------------------------------

def invoke(conf, *args):
    res = CliRunner().invoke(cli, ["--db", conf["uri"], "--user", conf["user"],
                                   "--password", conf["password"], "query", *args])
    return res


@pytest.mark.neo4j
def test_tricky_parameters_come_back_verbatim_and_change_nothing(neo4j_store, neo4j_conf):
    load_corpus(neo4j_store)
    before = neo4j_store.stats()
    cols, rows = run_query(neo4j_store, "RETURN $v AS v, size($v) AS n", {"v": "x"})
    assert cols == ["v", "n"]
    for value in TRICKY:
        _, rows = run_query(neo4j_store, "RETURN $v AS v", {"v": value})
        assert rows == [[value]]
        for name in ("critics", "timeline", "documents_mentioning", "quotes"):
            info = resolve_query(name)
            _, rows = run_query(neo4j_store, info.text, {**info.examples, "actor": value})
            assert rows == [], (name, value)
        res = invoke(neo4j_conf, "-e", "RETURN $actor AS v", "--param", f"actor={value}",
                     "--format", "json")
        assert res.exit_code == 0, res.output
        assert json.loads(res.output) == [{"v": value}]
        res = invoke(neo4j_conf, "critics", "--param", f"actor={value}", "--format", "json")
        assert res.exit_code == 0 and json.loads(res.output) == [], res.output
    assert neo4j_store.stats() == before


@pytest.mark.neo4j
def test_write_is_refused_without_write_flag(neo4j_store, neo4j_conf):
    load_corpus(neo4j_store)
    before = neo4j_store.stats()
    for cypher in ("MATCH (n) DETACH DELETE n", "CREATE (:Actor {id: 'x'})",
                   "MATCH (a:Actor) SET a.name = 'x' RETURN a", "CREATE INDEX x FOR (n:X) ON (n.y)",
                   "MATCH (a:Actor) WITH a LIMIT 1 MERGE (b:Actor {id: 'y'}) RETURN b"):
        res = invoke(neo4j_conf, "-e", cypher)
        assert res.exit_code != 0 and "refused" in res.output and "--write" in res.output, res.output
        assert "Traceback" not in res.output
        with pytest.raises(GraphkitError, match="refused"):
            run_query(neo4j_store, cypher)
    assert neo4j_store.stats() == before
    _, rows = run_query(neo4j_store, "SHOW INDEXES YIELD name WHERE name = 'x' RETURN name")
    assert rows == []
    # --write lets it through
    res = invoke(neo4j_conf, "--write", "-e", "MATCH (a:Actor {id: $id}) SET a.note = 'checked' "
                 "RETURN a.note AS note", "--param", "id=bo-lee", "--format", "json")
    assert res.exit_code == 0 and json.loads(res.output) == [{"note": "checked"}], res.output


@pytest.mark.neo4j
def test_read_transaction_stops_a_write_the_plan_check_missed(neo4j_store):
    from graphkit import query as q

    real = q.query_type
    q.query_type = lambda *a, **k: "r"  # pretend the plan said read
    try:
        with pytest.raises(GraphkitError, match="refused"):
            run_query(neo4j_store, "CREATE (:Actor {id: 'sneaky'})")
    finally:
        q.query_type = real
    assert neo4j_store.stats()["actors"] == 0


@pytest.mark.neo4j
def test_syntax_error_has_its_position(neo4j_store, neo4j_conf):
    with pytest.raises(GraphkitError, match=r"syntax error at line 2, column 1: Invalid input 'RETRUN'"):
        run_query(neo4j_store, "MATCH (a:Actor)\nRETRUN a")
    res = invoke(neo4j_conf, "-e", "MATCH (a:Actor) RETRUN a")
    assert res.exit_code != 0 and "line 1, column 17" in res.output, res.output
    assert len(res.output.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_missing_parameter_and_timeout_are_clear(neo4j_store, neo4j_conf):
    with pytest.raises(GraphkitError, match=r"needs parameter.*actor"):
        run_query(neo4j_store, "RETURN $actor AS a")
    with pytest.raises(GraphkitError, match="timeout"):
        run_query(neo4j_store, "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)",
                  timeout=0.2)
    res = invoke(neo4j_conf, "--timeout", "0.2", "-e",
                 "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)")
    assert res.exit_code != 0 and "timeout" in res.output


@pytest.mark.neo4j
def test_cli_runs_a_library_query_in_every_format(neo4j_store, neo4j_conf, tmp_path):
    load_corpus(neo4j_store)
    res = invoke(neo4j_conf, "critics", "--param", "actor=Bo Lee")
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0].split(" | ")[0].strip() == "critic"
    assert "Ana Ruiz" in res.output and "(2 rows)" in res.output
    res = invoke(neo4j_conf, "cypher/critics.cypher", "--param", "actor=bo-lee", "--format", "json")
    assert [r["critic"] for r in json.loads(res.output)] == ["Ana Ruiz", "Cy Park"]
    res = invoke(neo4j_conf, "critics", "-p", "actor=LEE", "--format", "jsonl")
    assert [json.loads(ln)["critic"] for ln in res.output.splitlines()] == ["Ana Ruiz", "Cy Park"]
    res = invoke(neo4j_conf, "critics", "-p", "actor=Bo Lee", "--format", "csv")
    assert list(csv.reader(io.StringIO(res.output)))[1][:3] == ["Ana Ruiz", "Bo Lee", "2"]
    res = invoke(neo4j_conf, "denials", "-p", 'modes=["negated"]', "-p", "limit=5", "-f", "json")
    assert [r["mode"] for r in json.loads(res.output)] == ["negated"]


@pytest.mark.neo4j
def test_nodes_relationships_paths_become_plain_data(neo4j_store):
    load_corpus(neo4j_store)
    cols, rows = run_query(
        neo4j_store,
        "MATCH p = (a:Actor {id: 'ana-ruiz'})-[r:CRITICIZES]->(b:Actor {id: 'bo-lee'}) "
        "RETURN a, r, p, date('2025-06-07') AS day, datetime('2025-06-07T10:00:00Z') AS at, "
        "duration('P1D') AS span")
    [[a, r, p, day, at, span]] = rows
    assert a["_labels"] == ["Actor", "Person"] and a["name"] == "Ana Ruiz"
    assert (r["_type"], r["_start"], r["_end"], r["weight"]) == ("CRITICIZES", "ana-ruiz", "bo-lee", 2)
    assert [n["id"] for n in p["nodes"]] == ["ana-ruiz", "bo-lee"]
    assert day == "2025-06-07" and at.startswith("2025-06-07T10:00:00") and span == "P1D"
    json.dumps(rows)  # JSON-able


@pytest.mark.neo4j
def test_run_query_takes_a_plain_driver(neo4j_store):
    _, rows = run_query(neo4j_store.driver, "RETURN 1 AS one")
    assert rows == [[1]]

"""An analyst's py2neo session against our Neo4j 5.26 (the optional ``py2neo`` extra).

py2neo is not in the ``dev`` extra: it is unmaintained (its last release, 2021.2.4, is
from 2021; the project is archived) and pulls in packages nothing else needs, so this
module is skipped where it is not installed. Install it with
``.venv/bin/pip install -e .[py2neo]`` (or ``pip install py2neo==2021.2.4``) to run it;
cypher/README.md says what works and what to use instead.
"""

from __future__ import annotations

import pytest

from graphkit.query import resolve_query

from .test_cypher_library import load_corpus

py2neo = pytest.importorskip("py2neo", reason="the optional py2neo extra is not installed")


@pytest.fixture
def graph(neo4j_store, neo4j_conf):
    load_corpus(neo4j_store)
    g = py2neo.Graph(neo4j_conf["uri"], auth=(neo4j_conf["user"], neo4j_conf["password"]))
    yield g
    g.service.connector.close()


@pytest.mark.neo4j
def test_py2neo_reads_actors_and_typed_edges(graph):
    actors = graph.run("MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name").data()
    assert {"name": "Ana Ruiz", "kind": "Person"} in actors and len(actors) == 9
    edges = graph.run(
        "MATCH (a:Actor)-[r:CRITICIZES]->(b:Actor) RETURN a.name AS source, b.name AS target, "
        "r.weight AS weight, r.sources AS sources ORDER BY weight DESC, source, target").data()
    assert edges[0] == {"source": "Ana Ruiz", "target": "Bo Lee", "weight": 2, "sources": 2}
    # nodes and relationships come back as py2neo objects with labels, types and properties
    row = graph.run("MATCH (a:Actor {id: $id})-[r:CRITICIZES]->(b {id: 'bo-lee'}) RETURN a, r, b",
                    id="ana-ruiz").data()[0]
    assert row["a"].has_label("Person") and row["a"]["name"] == "Ana Ruiz"
    assert type(row["r"]).__name__ == "CRITICIZES" and row["r"]["weight"] == 2
    # py2neo's OGM-style matcher works too
    assert graph.nodes.match("Actor", name="Bo Lee").first()["id"] == "bo-lee"


@pytest.mark.neo4j
def test_py2neo_runs_a_library_query_with_parameters(graph):
    info = resolve_query("critics")
    rows = graph.run(info.text, actor="bo lee").data()
    assert [(r["critic"], r["claims"]) for r in rows] == [("Ana Ruiz", 2), ("Cy Park", 1)]
    df_rows = graph.run(resolve_query("stance_matrix").text, limit=300).to_table()
    assert len(df_rows) == 8

"""Fuzzing the readers and the loader: every outcome is a clean load or a clean error, and
the store stays consistent (stats match the graph, no claim without its document, no
actor without a document naming it)."""

from __future__ import annotations

import json

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.documents import Item, read_bytes
from graphkit.errors import GraphkitError
from graphkit.load import load_items
from graphkit.model import Actor, Evidence, Extraction, Issue, Relation
from graphkit.ontology import RELATION_TYPES

NAMES = ["a.txt", "b.md", "c.html", "d.json", "e.jsonl", "f", "g.bin", "h.htm"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "date", "published", "url", "source", "body", "x"])
        | st.text(max_size=8), kids, max_size=5),
    max_leaves=12)


def check_items(got: list[Item]) -> None:
    for it in got:
        assert (it.doc is None) != (it.error is None)
        if it.error is not None:
            assert it.error and "\n" not in it.error and "Traceback" not in it.error
        else:
            assert it.doc.text.strip() and len(it.doc.id) == 32
            it.doc.text.encode("utf-8")  # storable


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(NAMES))
def test_random_bytes(data, name):
    check_items(list(read_bytes(data, name, max_bytes=300)))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(NAMES))
def test_random_text(text, name):
    check_items(list(read_bytes(text.encode("utf-8", "surrogatepass"), name)))


@settings(max_examples=300, deadline=None)
@given(st.lists(json_values, max_size=4), st.booleans())
def test_random_json(values, lines):
    if lines:
        data = "\n".join(json.dumps(v) for v in values).encode()
        check_items(list(read_bytes(data, "x.jsonl")))
    else:
        check_items(list(read_bytes(json.dumps(values).encode(), "x.json")))
        for v in values:
            check_items(list(read_bytes(json.dumps(v).encode(), "x.json")))


# -- the loader -------------------------------------------------------------------------

ids = st.sampled_from(["ana", "bo", "cy", "dee", "council", "curfew", "ghost"])
kinds = st.sampled_from(["Person", "Organization", "Group", "Location", "Alien"])
types = st.sampled_from([*RELATION_TYPES, "LOVES"])
modes = st.sampled_from(["asserted", "reported", "negated", "hypothetical"])
words = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20)

extractions = st.builds(
    lambda actors, issues, rels: Extraction(
        actors=[Actor(i, n or i, k, aliases=al) for i, n, k, al in actors],
        issues=[Issue(i, i) for i in issues],
        relations=[Relation(s, t, ty, -1, 0.5, m, "fuzz", "v", [Evidence("", q)])
                   for s, t, ty, m, q in rels]),
    st.lists(st.tuples(ids, words, kinds, st.lists(words, max_size=2)), max_size=5,
             unique_by=lambda a: a[0]),
    st.lists(st.sampled_from(["curfew", "raids"]), max_size=2, unique=True),
    st.lists(st.tuples(ids, ids, types, modes, words), max_size=6))

documents = st.tuples(
    st.binary(max_size=120) | st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(NAMES), extractions,
    st.sampled_from(["", "AP", "Reuters"]), st.sampled_from(["", "https://x/1", "https://x/2"]))


def consistent(store) -> None:
    s = store.stats()
    g = store.graph()
    docs = store.documents()
    assert s["documents"] == len(docs)
    assert s["claims"] == sum(d["claims"] for d in docs)
    assert s["actors"] == len(store.actors())
    assert all(a["documents"] >= 1 for a in store.actors()), "orphan actor"
    assert s["edges"] == g.number_of_edges()
    single = sum(1 for *_, d in g.edges(keys=True, data=True) if d["sources"] == 1)
    assert s["single_source_edges"] == single
    if hasattr(store, "driver"):
        [r] = store._read("MATCH (c:Claim) WHERE NOT (c)-[:FROM]->(:Document) RETURN count(c) AS n")
        assert r["n"] == 0, "claim without document"
    else:
        n = store.con.execute("SELECT count(*) FROM claims WHERE document NOT IN "
                              "(SELECT id FROM documents)").fetchone()[0]
        assert n == 0, "claim without document"


def run_load(store, batch) -> None:
    exts = {}
    items: list[Item] = []
    for data, name, ext, source, url in batch:
        for it in read_bytes(data, name, defaults={"source": source, "url": url}):
            if it.doc is not None:
                exts[it.doc.id] = ext
            items.append(it)

    def extractor(docs, jobs):
        for d in docs:
            yield exts[d.id]

    try:
        s = load_items(store, items, extractor=extractor)
    except (GraphkitError, click.ClickException) as exc:
        assert "\n" not in str(exc)
        return
    assert s.documents == len(items)
    assert all(f["reason"] and "\n" not in f["reason"] for f in s.failures)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(documents, min_size=1, max_size=5))
def test_loader_sqlite(sqlite_store, batch):
    run_load(sqlite_store, batch)
    consistent(sqlite_store)


@pytest.mark.neo4j
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(documents, min_size=1, max_size=4))
def test_loader_neo4j(neo4j_store, batch):
    run_load(neo4j_store, batch)
    consistent(neo4j_store)

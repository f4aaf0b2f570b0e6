"""Several writers at once give the graph of a sequential load, on both stores."""

from __future__ import annotations

import random

from graphkit.documents import Item
from graphkit.load import load_items
from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation

NAMES = ["Ana Ruiz", "Bo Lee", "Cy Park", "Dee Moreno", "Eli Singh", "Fay Novak", "Gus Kim",
         "Hana Costa", "Ivo Haddad", "Jun Okafor"]
TYPES = ["CRITICIZES", "SUPPORTS", "THREATENS", "SUES", "CLASHES_WITH"]
OUTLETS = ["AP", "Reuters", "LA Times", ""]


def corpus(n: int, seed: int = 3) -> list[tuple[Document, Extraction]]:
    """Documents sharing actors (the first ones in most), issues, edges and two urls; some
    actors come under a second name ('Ruiz') that resolves to the first ('Ana Ruiz')."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        cast = sorted({NAMES[min(int(rnd.paretovariate(1.2)) - 1, 9)] for _ in range(5)})
        if len(cast) < 2:
            cast.append(NAMES[9] if cast[0] != NAMES[9] else NAMES[8])
        url = f"https://x.example/{i}" if i % 9 else "https://x.example/same"
        doc = Document(text=f"Story {i}: " + ", ".join(cast), source=OUTLETS[i % 4],
                       published=f"2025-06-{1 + i % 28:02}", url=url)
        actors = [Actor(n.lower().replace(" ", "-"), n, "Person", [n.split()[-1]], mentions=2)
                  for n in cast]
        if i % 5 == 3:  # only the surname: resolves to the actor by alias
            a = actors[0]
            actors[0] = Actor(a.name.split()[-1].lower(), a.name.split()[-1], "Person", mentions=1)
        issues = [Issue("curfew", "curfew")] if i % 2 else []
        rels = []
        for _ in range(rnd.randint(2, 6)):
            s, t = rnd.sample(actors, 2)
            rels.append(Relation(s.id, t.id, rnd.choice(TYPES), -1, 0.8, "asserted", "t", "v",
                                 [Evidence(doc.id, f"{s.name} and {t.name}.")]))
        if issues:
            rels.append(Relation(actors[-1].id, "curfew", "OPPOSES", -1, 0.8, "asserted", "t",
                                 "v", [Evidence(doc.id, "curfew")]))
        out.append((doc, Extraction(actors=actors, issues=issues, relations=rels,
                                    documents=[doc.meta()])))
    return out


def load(store, docs, writers: int):
    ready = {d.id: e for d, e in docs}
    got: list[tuple[str, str]] = []
    summary = load_items(store, [Item(f"d{i}", d) for i, (d, _) in enumerate(docs)],
                         extractor=lambda ds, jobs: (ready[d.id] for d in ds), writers=writers,
                         on_item=lambda item, status: got.append((item.path, status)))
    return summary, got


def snapshot(store) -> dict:
    """What a user reads back: counts, nodes with names, kinds and alias sets, edges with
    their counts, documents; on Neo4j also the typed edges (outlets as sets)."""
    g = store.graph()
    out = {
        "stats": store.stats(),
        "nodes": sorted((n, d["name"], d["kind"], tuple(sorted(d["aliases"])))
                        for n, d in g.nodes(data=True)),
        "edges": sorted((u, v, k, d["weight"], d["documents"], d["sources"], d["first_seen"],
                         d["last_seen"]) for u, v, k, d in g.edges(keys=True, data=True)),
        "documents": sorted((d["id"], d["url"], d["claims"]) for d in store.documents()),
        "actors": sorted((a["id"], a["mentions"], a["documents"], tuple(sorted(a["roles"])))
                         for a in store.actors()),
    }
    if hasattr(store, "driver"):
        out["typed"] = sorted(
            (r["a"], r["t"], r["b"], r["w"], r["d"], r["s"], r["f"], r["l"], tuple(sorted(r["o"])))
            for r in store._read(
                "MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['BY', 'TARGET', 'FROM', 'MENTIONS'] "
                "RETURN a.id AS a, type(r) AS t, b.id AS b, r.weight AS w, r.documents AS d, "
                "r.sources AS s, r.first_seen AS f, r.last_seen AS l, r.outlets AS o"))
        out["duplicates"] = store._read(
            "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n WHERE n > 1 "
            "AND t <> 'MENTIONS' RETURN count(*) AS n")[0]["n"]
    return out


def test_concurrent_load_equals_sequential_load(store):
    docs = corpus(60)
    seq_summary, seq_items = load(store, docs, writers=1)
    sequential = snapshot(store)
    store.reset()
    store._aliases = None
    con_summary, con_items = load(store, docs, writers=4)
    assert snapshot(store) == sequential
    assert con_items == seq_items  # on_item once per item, in input order
    assert con_summary.to_json() == seq_summary.to_json()
    assert (seq_summary.replaced, seq_summary.unchanged) == (6, 0)  # the shared url
    assert sequential.get("duplicates", 0) == 0


def test_concurrent_reload_changes_nothing(store):
    docs = corpus(30, seed=5)
    load(store, docs, writers=4)
    before = snapshot(store)
    summary, _ = load(store, docs, writers=4)
    assert summary.unchanged + summary.replaced == 30 and summary.new == 0  # the shared url
    assert snapshot(store)["stats"] == before["stats"]


def test_concurrent_force_reload_equals_sequential(store):
    docs = corpus(20, seed=7)
    load(store, docs, writers=1)
    ready = {d.id: e for d, e in docs}
    items = [Item(f"d{i}", d) for i, (d, _) in enumerate(docs)]
    s = load_items(store, items, extractor=lambda ds, jobs: (ready[d.id] for d in ds),
                   writers=4, force=True)
    first = snapshot(store)
    assert s.documents == 20 and s.failed == 0
    store.reset()
    store._aliases = None
    load(store, docs, writers=1)
    load_items(store, items, extractor=lambda ds, jobs: (ready[d.id] for d in ds),
               writers=1, force=True)
    assert snapshot(store) == first

"""Write-path benchmark: graphkit's loader against a naive loader and a bare UNWIND ceiling.

A synthetic corpus of ready extractions is built from the gazetteer, issues and lexicon
(``data/*.yaml``; names are synthesised when absent): no spaCy, the write path only.
Every measurement runs in a child process, so its peak RSS is its own.

    NEO4J_URI=bolt://127.0.0.1:37687 NEO4J_PASSWORD=... .venv/bin/python bench/load.py
    .venv/bin/python bench/load.py --docs 10000 --small 2000 --naive-docs 1000

Loaders (one transaction per document for graphkit and the ceiling):
  graphkit  Store.add(doc, extraction) per document (resolution, validation, claims with
            evidence, mentions, incremental typed edges with corroboration counts)
  naive     one auto-commit statement per claim: MERGE both actors, MERGE the typed edge
            and bump its weight, CREATE the claim (the usual tutorial loader; ids indexed)
  ceiling   per document, one transaction running a bare
            ``UNWIND $rows AS r CREATE (c:BenchCeiling) SET c = r`` over the same claim rows
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation  # noqa: E402
from graphkit.ontology import INTERACTIONS, STANCES  # noqa: E402

OUTLETS = ["Los Angeles Times", "AP", "Reuters", "CNN", "Fox News", "NPR", "The Guardian",
           "New York Times", "Washington Post", "LAist", "CalMatters", "Politico", "BBC",
           "Axios", "NBC News", "ABC7", "KTLA", "San Francisco Chronicle", "Bloomberg", "WSJ"]
VERBS = {"SUPPORTS": "backed", "COOPERATES_WITH": "worked with", "CRITICIZES": "criticized",
         "OPPOSES": "opposed", "THREATENS": "threatened", "SUES": "sued",
         "CLASHES_WITH": "clashed with", "COERCES": "arrested", "ORDERS": "ordered"}


def vocabulary(n_actors: int = 2000) -> tuple[list[Actor], list[Issue]]:
    """Actors (gazetteer first, then synthesised names) and issues."""
    actors: list[Actor] = []
    issues: list[Issue] = []
    try:
        import yaml

        gaz = yaml.safe_load((ROOT / "data" / "gazetteer.yaml").read_text())
        for a in gaz.get("actors", []):
            actors.append(Actor(a["id"], a["name"], a["kind"], list(a.get("aliases") or []),
                                list(a.get("roles") or [])))
        iss = yaml.safe_load((ROOT / "data" / "issues.yaml").read_text())
        issues = [Issue(i["id"], i["name"], list(i.get("aliases") or []))
                  for i in iss.get("issues", [])]
    except (OSError, ImportError, KeyError, TypeError):
        pass
    rnd = random.Random(7)
    first = ["Ana", "Bo", "Carla", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
    last = ["Ruiz", "Lee", "Moreno", "Park", "Singh", "Okafor", "Novak", "Haddad", "Kim", "Costa"]
    kinds = ["Person"] * 6 + ["Organization"] * 3 + ["Group"]
    i = 0
    while len(actors) < n_actors:
        kind = rnd.choice(kinds)
        name = (f"{rnd.choice(first)} {rnd.choice(last)} {i}" if kind == "Person"
                else f"{rnd.choice(last)} {'Council' if kind == 'Organization' else 'marchers'} {i}")
        actors.append(Actor(f"synth-{i}", name, kind))
        i += 1
    if not issues:
        issues = [Issue(f"issue-{k}", f"issue {k}") for k in range(12)]
    return actors, issues


def corpus(n_docs: int, seed: int = 1) -> Iterator[tuple[Document, Extraction]]:
    """``n_docs`` (document, extraction) pairs, made one at a time (flat memory)."""
    actors, issues = vocabulary()
    rnd = random.Random(seed)
    weights = [1 / (k + 1) for k in range(len(actors))]  # Zipf-like: a few very prominent
    types = list(INTERACTIONS)
    for d in range(n_docs):
        cast = {a.id: a for a in rnd.choices(actors, weights, k=rnd.randint(3, 7))}
        cast_list = list(cast.values())
        doc_issues = rnd.sample(issues, k=rnd.randint(0, 2))
        day = 1 + d % 28
        doc = Document(text=f"Synthetic article {d} ({seed}). "
                            + " ".join(a.name for a in cast_list) + ".",
                       title=f"Article {d}", source=rnd.choice(OUTLETS),
                       url=f"https://bench.example/{seed}/{d}", published=f"2025-06-{day:02d}")
        rels = []
        for _ in range(rnd.randint(3, 9)):
            if doc_issues and rnd.random() < 0.2:
                s, t = rnd.choice(cast_list).id, rnd.choice(doc_issues).id
                typ = rnd.choice(list(STANCES))
            else:
                if len(cast_list) < 2:
                    continue
                a, b = rnd.sample(cast_list, 2)
                s, t, typ = a.id, b.id, rnd.choice(types)
            mode = rnd.choices(["asserted", "reported", "negated"], [6, 3, 1])[0]
            sentence = f"{s} {VERBS.get(typ, 'backed')} {t} in article {d}."
            rels.append(Relation(s, t, typ, INTERACTIONS.get(typ, STANCES.get(typ, 0)), 0.8,
                                 mode, "bench", VERBS.get(typ, ""),
                                 [Evidence(doc.id, sentence, "a quote" if rnd.random() < .3 else "")]))
        ext = Extraction(
            actors=[Actor(a.id, a.name, a.kind, list(a.aliases), list(a.roles), mentions=2)
                    for a in cast_list],
            issues=doc_issues, relations=rels, documents=[doc.meta()])
        yield doc, ext


# -- the loaders (each run in a child process) ------------------------------------------

def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def neo4j_driver():
    import neo4j

    return neo4j.GraphDatabase.driver(
        os.environ["NEO4J_URI"],
        auth=(os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")))


def run_graphkit(n_docs: int, db: str) -> dict:
    from graphkit.store import open_store

    store = open_store(db)
    store.reset()
    store.init()
    claims = 0
    spent = 0.0
    for doc, ext in corpus(n_docs):
        t = time.perf_counter()
        res = store.add(doc, ext)
        spent += time.perf_counter() - t
        claims += res.claims
    stats = store.stats()
    store.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent, "stats": stats}


NAIVE = """
MERGE (s:BenchNaiveActor {id: $source}) ON CREATE SET s.name = $source_name
MERGE (t:BenchNaiveActor {id: $target}) ON CREATE SET t.name = $target_name
MERGE (s)-[r:BENCH_REL {type: $type}]->(t)
ON CREATE SET r.weight = 1 ON MATCH SET r.weight = r.weight + 1
CREATE (c:BenchNaiveClaim {id: $id, sentence: $sentence, quote: $quote, verb: $verb,
                           document: $document, mode: $mode})
CREATE (c)-[:BY]->(s), (c)-[:TARGET]->(t)
"""


def claim_rows(doc: Document, ext: Extraction) -> list[dict]:
    names = {a.id: a.name for a in ext.actors} | {i.id: i.name for i in ext.issues}
    return [{"id": f"{doc.id}-{k}", "source": r.source, "target": r.target, "type": r.type,
             "source_name": names[r.source], "target_name": names[r.target],
             "sentence": r.evidence[0].sentence, "quote": r.evidence[0].quote, "verb": r.verb,
             "document": doc.id, "mode": r.mode, "published": doc.published,
             "outlet": doc.source} for k, r in enumerate(ext.relations)]


def _clear(driver, label: str) -> None:
    with driver.session() as s:  # CALL ... IN TRANSACTIONS needs an auto-commit transaction
        s.run(f"MATCH (n:{label}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS"
              ).consume()


def run_naive(n_docs: int) -> dict:
    driver = neo4j_driver()
    for label in ("BenchNaiveClaim", "BenchNaiveActor"):
        _clear(driver, label)
    driver.execute_query("CREATE CONSTRAINT bench_naive_id IF NOT EXISTS "
                         "FOR (n:BenchNaiveActor) REQUIRE n.id IS UNIQUE")
    claims, spent = 0, 0.0
    with driver.session() as s:
        for doc, ext in corpus(n_docs):
            rows = claim_rows(doc, ext)
            t = time.perf_counter()
            for row in rows:
                s.run(NAIVE, row).consume()  # one auto-commit transaction per claim
            spent += time.perf_counter() - t
            claims += len(rows)
    for label in ("BenchNaiveClaim", "BenchNaiveActor"):
        _clear(driver, label)
    driver.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent}


CEILING = "UNWIND $rows AS r CREATE (c:BenchCeiling) SET c = r"


def run_ceiling(n_docs: int) -> dict:
    driver = neo4j_driver()
    _clear(driver, "BenchCeiling")
    claims, spent = 0, 0.0

    def work(tx, rows):
        tx.run(CEILING, rows=rows).consume()

    with driver.session() as s:
        for doc, ext in corpus(n_docs):
            rows = claim_rows(doc, ext)
            t = time.perf_counter()
            s.execute_write(work, rows)  # one transaction per document, like graphkit
            spent += time.perf_counter() - t
            claims += len(rows)
    _clear(driver, "BenchCeiling")
    driver.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent}


def child(args: argparse.Namespace) -> None:
    if args.loader == "graphkit":
        out = run_graphkit(args.docs, args.db)
    elif args.loader == "naive":
        out = run_naive(args.docs)
    else:
        out = run_ceiling(args.docs)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(out))


def measure(loader: str, docs: int, db: str = "") -> dict:
    cmd = [sys.executable, __file__, "--child", loader, "--docs", str(docs), "--db", db]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"{loader} failed:\n{res.stderr[-3000:]}")
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["rate"] = out["claims"] / out["seconds"] if out["seconds"] else 0.0
    print(f"  {loader:9} {docs:>6} docs {out['claims']:>7} claims {out['seconds']:8.1f} s "
          f"{out['rate']:9.0f} claims/s  peak RSS {out['peak_rss_mb']:6.1f} MB", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=2_000, help="second corpus size, for memory")
    ap.add_argument("--naive-docs", type=int, default=1_000, help="subset for the naive loader")
    ap.add_argument("--db", default="")
    ap.add_argument("--child", dest="loader", choices=["graphkit", "naive", "ceiling"])
    ap.add_argument("--no-neo4j", action="store_true", help="measure the SQLite store only")
    args = ap.parse_args()
    if args.loader:
        child(args)
        return
    uri = os.environ.get("NEO4J_URI")
    print(f"corpus: synthetic ready extractions, {args.docs:,} and {args.small:,} documents; "
          f"cpu count {os.cpu_count()}")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite store:")
        for n in (args.small, args.docs):
            results[f"sqlite-{n}"] = measure("graphkit", n, str(Path(tmp) / f"bench-{n}.db"))
    if uri and not args.no_neo4j:
        print(f"Neo4j at {uri} (the graphkit store is reset first):")
        for n in (args.small, args.docs):
            results[f"graphkit-{n}"] = measure("graphkit", n, uri)
        results["ceiling"] = measure("ceiling", args.docs)
        results["naive"] = measure("naive", args.naive_docs)
        g = results[f"graphkit-{args.docs}"]["rate"]
        print(f"graphkit / naive   = {g / results['naive']['rate']:.1f}x   (target >= 20x)")
        print(f"graphkit / ceiling = {100 * g / results['ceiling']['rate']:.0f}%   (target >= 50%)")
        m1, m2 = (results[f"graphkit-{n}"]["peak_rss_mb"] for n in (args.small, args.docs))
        print(f"peak RSS graphkit Neo4j: {m1} MB at {args.small:,} docs, {m2} MB at {args.docs:,}")
    elif not uri:
        print("NEO4J_URI is not set: Neo4j loaders skipped")
    m1, m2 = (results[f"sqlite-{n}"]["peak_rss_mb"] for n in (args.small, args.docs))
    print(f"peak RSS graphkit SQLite: {m1} MB at {args.small:,} docs, {m2} MB at {args.docs:,}")


if __name__ == "__main__":
    main()

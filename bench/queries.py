"""Benchmark the query library (cypher/*.cypher) on a synthetic graph of 10,000+ documents.

Generates extractions directly (no spaCy): the actors of data/gazetteer.yaml plus synthetic
ones with a skewed popularity (a few actors are in thousands of documents, as Trump is),
the issues of data/issues.yaml plus synthetic ones, random relations of every type and
mode, quotes, outlets and dates.

Loading is set-up for the benchmark, not what it measures, so it takes a shortcut: after a
sample of 200 plain ``store.add`` calls (one document per transaction, with actor
resolution; their rate is printed), the rest is written with the Neo4j store's own
transaction code (``write_document``: the same Cypher as ``store.add``), 50 documents per
transaction: the same write statement, only without ``store.add``'s actor resolution. On
this shared machine ``store.add`` ran at 7 documents/s (10,000 documents would take some 25
minutes), the batches at about 120 documents/s; drop the shortcut once ``store.add`` is
that fast.

Then every library query runs in rounds (each query once per round, after warm-up rounds),
so that a burst of load on the shared machine falls on every query alike. For each it
prints the median and 90th-percentile latency of the query itself (a READ transaction, all
rows consumed by the Python driver), the median time the server reports for it
(``result_available_after`` + ``result_consumed_after``: planning is cached, so this is
execution and streaming), the median of ``graphkit.query.run_query`` (which adds the
EXPLAIN write-check round trip and the conversion to plain data), and whether the plan is
index-backed: no AllNodesScan and no label scan over all actors, claims or documents (keyed
queries must be index-backed; questions over the whole graph necessarily scan).

It prints figures only and asserts nothing. It wipes the database it is given, so give it
one of its own (a separate Neo4j; Community has one database per server):

    GRAPHKIT_NEO4J_HOME=$PWD/.neo4j-bench GRAPHKIT_NEO4J_BOLT_PORT=28687 \\
    GRAPHKIT_NEO4J_HTTP_PORT=28474 NEO4J_PASSWORD=... .venv/bin/python -m graphkit.neo4j_local start
    NEO4J_PASSWORD=... .venv/bin/python bench/queries.py --db bolt://127.0.0.1:28687

It refuses to wipe a database holding documents it did not write (unless --force);
``--reuse`` keeps an already loaded synthetic graph of the right size.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import neo4j
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation  # noqa: E402
from graphkit.ontology import ACTOR_KINDS, AFFILIATIONS, INTERACTIONS, STANCES  # noqa: E402
from graphkit.query import library, run_query  # noqa: E402
from graphkit.store.base import prepare_rows  # noqa: E402
from graphkit.store.neo4j import Neo4jStore, write_document  # noqa: E402

BENCH_PATH = "bench:"  # every synthetic document's path starts with this
SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "dar", "ni", "or", "pe", "zu", "an", "bri",
             "co", "del", "fa", "gu", "hal", "ji"]
SCANS = ("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan")
# Questions about a given actor, issue or date range: these must start from an index.
KEYED = {"critics", "supporters", "allies_adversaries", "quotes", "edge_evidence", "shortest_path",
         "timeline", "documents_mentioning", "issue_stances", "new_actors", "rules"}


def synthetic_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def make_world(rng: random.Random, n_actors: int, n_issues: int):
    gaz = yaml.safe_load((ROOT / "data" / "gazetteer.yaml").read_text())["actors"]
    actors = [Actor(a["id"], a["name"], a["kind"], aliases=list(a.get("aliases", [])),
                    roles=list(a.get("roles", []))) for a in gaz]
    seen = {a.id for a in actors}
    while len(actors) < len(gaz) + n_actors:
        name = synthetic_name(rng)
        aid = name.lower().replace(" ", "-")
        if aid in seen:
            continue
        seen.add(aid)
        kind = rng.choice(ACTOR_KINDS[:3])
        actors.append(Actor(aid, name, kind, aliases=[name.split()[-1]] if kind == "Person" else []))
    issues_yaml = yaml.safe_load((ROOT / "data" / "issues.yaml").read_text())["issues"]
    issues = [Issue(i["id"], i["name"], list(i.get("aliases", []))) for i in issues_yaml]
    for k in range(n_issues):
        issues.append(Issue(f"issue-{k}", f"Synthetic issue {k}"))
    return actors, issues


def make_document(rng: random.Random, k: int, actors, weights, issues, outlets, start: date):
    day = start + timedelta(days=rng.randint(0, 120))
    outlet = rng.choice(outlets)
    doc = Document(text=f"Synthetic document {k}. " + " ".join(rng.choice(SYLLABLES) for _ in range(40)),
                   title=f"Synthetic story {k}", source=outlet if rng.random() > 0.05 else "",
                   url=f"https://bench.example/{k}", published=day.isoformat() if rng.random() > 0.02
                   else "", path=f"{BENCH_PATH}{k}")
    cast: dict[str, Actor] = {}
    while len(cast) < rng.randint(3, 8):
        a = rng.choices(actors, weights=weights)[0]
        cast[a.id] = a
    members = list(cast.values())
    rels = []
    for _ in range(rng.randint(2, 6)):
        s = rng.choice(members)
        mode = rng.choices(["asserted", "reported", "negated", "hypothetical"], [70, 20, 5, 5])[0]
        quote = f"words {rng.randint(0, 10**6)}" if rng.random() < 0.3 else ""
        roll = rng.random()
        if roll < 0.25:
            i = rng.choice(issues)
            typ = rng.choice(list(STANCES))
            rels.append(Relation(s.id, i.id, typ, STANCES[typ], 0.7, mode, "bench", typ.lower(),
                                 [Evidence(doc.id, f"{s.name} {typ.lower()} {i.name}.", quote)]))
            continue
        t = rng.choice([m for m in members if m.id != s.id])
        typ = rng.choice(list(AFFILIATIONS)) if roll < 0.3 else rng.choice(list(INTERACTIONS))
        rels.append(Relation(s.id, t.id, typ, INTERACTIONS.get(typ, 0), 0.7, mode, "bench",
                             typ.lower(), [Evidence(doc.id, f"{s.name} {typ.lower()} {t.name}.", quote)]))
    used_issues = {r.target for r in rels} & {i.id for i in issues}
    ext = Extraction(actors=[Actor(a.id, a.name, a.kind, list(a.aliases), list(a.roles),
                                   mentions=rng.randint(1, 6)) for a in members],
                     issues=[i for i in issues if i.id in used_issues], relations=rels,
                     documents=[doc.meta()])
    return doc, ext


def count_documents(store: Neo4jStore) -> tuple[int, int]:
    rec, _, _ = store.driver.execute_query(
        "MATCH (d:Document) RETURN count(d) AS n, count(CASE WHEN d.path STARTS WITH $p THEN 1 END) AS b",
        p=BENCH_PATH, database_=store.database)
    return rec[0]["n"], rec[0]["b"]


def load(store: Neo4jStore, n_docs: int, seed: int, add_sample: int, batch: int = 50) -> None:
    rng = random.Random(seed)
    actors, issues = make_world(rng, n_actors=max(400, n_docs // 20), n_issues=24)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(actors))]  # skewed popularity
    outlets = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXY"]
    start = date(2025, 5, 1)
    docs = (make_document(rng, k, actors, weights, issues, outlets, start) for k in range(n_docs))
    store.reset()
    store.init()
    t0 = time.perf_counter()
    sample = 0
    for doc, ext in docs:
        store.add(doc, ext)
        sample += 1
        if sample >= add_sample:
            break
    if sample:
        rate = sample / (time.perf_counter() - t0)
        print(f"store.add(): {sample} documents at {rate:.0f} documents/s (one transaction each, "
              f"with actor resolution)")
    t0 = time.perf_counter()
    written = 0
    pending = []
    with store.driver.session(database=store.database) as s:
        def flush(rows_list):
            def work(tx):
                for rows in rows_list:
                    write_document(tx, rows, store.counted_modes)
            s.execute_write(work)

        for doc, ext in docs:
            pending.append(prepare_rows(doc, ext))
            if len(pending) >= batch:
                flush(pending)
                written += len(pending)
                pending = []
                if written % 2000 == 0:
                    el = time.perf_counter() - t0
                    print(f"  {sample + written} documents ({written / el:.0f}/s)", flush=True)
        if pending:
            flush(pending)
            written += len(pending)
    el = time.perf_counter() - t0
    print(f"write_document in batches of {batch}: {written} documents in {el:.0f} s "
          f"({written / el:.0f} documents/s)")


def params_for(store: Neo4jStore) -> dict[str, object]:
    """Realistic parameters: the most and a moderately connected actor, a busy issue."""
    rec, _, _ = store.driver.execute_query(
        "MATCH (a:Actor) RETURN a.name AS name, COUNT { (a)<-[:MENTIONS]-() } AS docs "
        "ORDER BY docs DESC LIMIT 60", database_=store.database)
    top, mid = rec[0]["name"], rec[-1]["name"]
    rec, _, _ = store.driver.execute_query(
        "MATCH (i:Issue) RETURN i.name AS name ORDER BY COUNT { (i)<-[:TARGET]-() } DESC LIMIT 1",
        database_=store.database)
    return {"actor": top, "source": mid, "target": top, "issue": rec[0]["name"],
            "since": "2025-05-08", "until": "2025-05-15", "type": None}


def plan_operators(plan: dict) -> list[tuple[str, str]]:
    out = [(plan.get("operatorType", ""), str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        out += plan_operators(child)
    return out


def scans_in(store: Neo4jStore, text: str, params: dict) -> list[str]:
    with store.driver.session(database=store.database) as s:
        summary = s.run("EXPLAIN\n" + text, params).consume()
    found = []
    for op, details in plan_operators(summary.plan or {}):
        name = op.split("@")[0]
        if name in SCANS and (name == "AllNodesScan" or any(
                f":{label}" in details for label in ("Actor", "Claim", "Document"))):
            found.append(f"{name}({details})")
    return found


def bench(store: Neo4jStore, runs: int, warmup: int) -> None:
    base = params_for(store)
    print(f"parameters: actor/target = {base['actor']!r} (most mentioned), source = "
          f"{base['source']!r}, issue = {base['issue']!r}, dates {base['since']}..{base['until']}")
    print()
    def trivial(tx):
        return tx.run("RETURN 1").consume()
    rtt = []
    with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as s:
        for _ in range(runs + warmup):
            t = time.perf_counter()
            s.execute_read(trivial)
            rtt.append((time.perf_counter() - t) * 1000)
    print(f"baseline: a READ transaction running RETURN 1 takes {statistics.median(rtt[warmup:]):.1f} ms "
          "(median) on this machine now")
    print()
    header = (f"{'query':22} {'rows':>5} {'median ms':>10} {'p90 ms':>7} {'server ms':>10} "
              f"{'run_query ms':>13}  index-backed?")
    print(header)
    print("-" * len(header))
    queries = library()
    params = {q.name: {**q.examples, **{k: v for k, v in base.items() if k in q.examples}}
              for q in queries}

    def once(info) -> tuple[int, float, float]:
        def work(tx):
            result = tx.run(info.text, params[info.name])
            n = len(list(result))
            summary = result.consume()
            return n, (summary.result_available_after or 0) + (summary.result_consumed_after or 0)
        t = time.perf_counter()
        with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as s:
            n, server = s.execute_read(work)
        return n, (time.perf_counter() - t) * 1000, float(server)

    # Round robin (every query once per round) so that a burst of load on the shared machine
    # falls on all the queries alike instead of on the few that run during it.
    rows: dict[str, int] = {}
    times: dict[str, list[float]] = {q.name: [] for q in queries}
    server: dict[str, list[float]] = {q.name: [] for q in queries}
    for k in range(warmup + runs):
        for info in queries:
            n, ms, srv = once(info)
            rows[info.name] = n
            if k >= warmup:
                times[info.name].append(ms)
                server[info.name].append(srv)
    for info in queries:
        rq = []
        for _ in range(max(3, runs // 4)):
            t = time.perf_counter()
            run_query(store, info.text, params[info.name])
            rq.append((time.perf_counter() - t) * 1000)
        scans = scans_in(store, info.text, params[info.name])
        if info.name in KEYED:
            verdict = "yes" if not scans else "NO: " + "; ".join(scans)
        else:
            verdict = "n/a (whole graph): " + ("; ".join(scans) if scans else "no scan")
        ts = times[info.name]
        p90 = sorted(ts)[int(0.9 * (len(ts) - 1))]
        print(f"{info.name:22} {rows[info.name]:>5} {statistics.median(ts):>10.1f} {p90:>7.1f} "
              f"{statistics.median(server[info.name]):>10.1f} {statistics.median(rq):>13.1f}  {verdict}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=os.environ.get("GRAPHKIT_BENCH_DB", "bolt://127.0.0.1:28687"))
    ap.add_argument("--user", default=os.environ.get("NEO4J_USERNAME", "neo4j"))
    ap.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", ""))
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--add-sample", type=int, default=200,
                    help="documents written with plain store.add() to measure its rate")
    ap.add_argument("--reuse", action="store_true", help="keep a loaded synthetic graph of this size")
    ap.add_argument("--force", action="store_true", help="wipe even a database with other documents")
    args = ap.parse_args()
    store = Neo4jStore(args.db, user=args.user, password=args.password)
    try:
        total, ours = count_documents(store)
        if total != ours and not args.force:
            sys.exit(f"{args.db} holds {total - ours} documents the benchmark did not write; "
                     "give it a database of its own (or --force to wipe it)")
        if args.reuse and ours == args.docs:
            print(f"reusing the synthetic graph of {ours} documents in {args.db}")
            store.init()
        else:
            load(store, args.docs, args.seed, args.add_sample)
        stats = store.stats()
        print("graph: " + ", ".join(f"{v} {k}" for k, v in stats.items()))
        print()
        bench(store, args.runs, args.warmup)
    finally:
        store.close()


if __name__ == "__main__":
    main()

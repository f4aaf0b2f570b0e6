"""Write-path benchmark: graphkit's loader against a naive loader and a bare UNWIND ceiling.

A synthetic corpus of ready extractions (no spaCy: the write path only), made one document
at a time so that memory stays flat. Every measurement runs in a child process, so its
peak RSS is its own.

    NEO4J_URI=bolt://127.0.0.1:37687 NEO4J_PASSWORD=... \\
        .venv/bin/python bench/load.py --docs 10000 --small 2000 --naive-docs 500

The corpus is shaped after what the real extractor produces on real news articles:

  claims per document  drawn from the distribution ``graphkit extract`` gives on the real
            articles in ``--real`` (default /work/shared/eval/dev/*.txt; measured when the
            bench starts and printed in its header; if the folder or spaCy is missing, the
            distribution recorded below, measured 2026-11-24: 6, 15, 17, 19, 21, 23, 23
            relations per article, mean 17.7), each draw jittered by -2..+2.
  actors    ~0.8 distinct actors per claim in a document (the dev articles have 6-23 actors
            with relations); drawn Zipf-like (weight 1/rank) from 5,000 actors, the
            gazetteer's real actors first, so a few are in most documents (the top actor in
            ~80%, as Trump is in the real articles) and there is a long tail.
  relations the real mix on the dev set: ~40% stances on 1-3 of the document's issues
            (SUPPORTS/OPPOSES), ~25% affiliations (HOLDS_ROLE, MEMBER_OF, APPOINTED_BY,
            LEADS), ~35% interactions (CRITICIZES, ORDERS, THREATENS, CLASHES_WITH, ...),
            weighted by their counts there.
  modes     asserted 80%, reported 15%, hypothetical 4%, negated 1%; 10% carry a quote.
  outlets   8 outlets with skewed weights, 10% without an outlet; dates over 30 days.

Loaders, all writing the graphkit schema (same constraints and indexes, from
``cypher/schema.cypher``) into the same database, which is emptied before each one:

  graphkit  ``Store.add_many`` (what ``graphkit load --writers N`` does after extraction),
            one transaction per document, ``--writers`` (default 4) documents in flight, and
            once more at writers=1: resolution, validation, the document, actors with kind
            labels and aliases, MENTIONS with counts, claims with evidence, and incremental
            typed edges with corroboration counts (weight, documents, outlets, first/last seen).
  naive     what tutorials do: for each claim, one auto-commit statement (parameters) that
            MERGEs both actors and the document and CREATEs the claim with its BY, TARGET
            and FROM relationships. It keeps no typed edges, mentions or aliases, so it does
            less than graphkit. Measured on the first ``--naive-docs`` documents.
  ceiling   the minimum write the graph needs, no logic: actors, issues and documents are
            created beforehand (not timed); then per document one transaction with a bare
            UNWIND that MATCHes each claim's actor/issue/document and CREATEs the claim and
            its three relationships, ``--writers`` documents in flight, as graphkit.

Last run (2026-11-25, 2 shared cores, load average ~3.5 from other work, Neo4j 5.26
community, local; noisy to +-20%), ``--docs 10000 --small 2000 --naive-docs 500 --writers 4``,
claims/doc from the dev set [7, 16, 18, 19, 22, 22, 23] (mean 18.1):

  SQLite graphkit  writers=1   2,000 docs  5,237 claims/s  59.5 MB   10,000 docs  4,046 claims/s  64.0 MB
  Neo4j  graphkit  writers=4   2,000 docs    236 claims/s 103.3 MB   10,000 docs  1,210 claims/s 105.0 MB
  Neo4j  graphkit  writers=1  10,000 docs    907 claims/s
  Neo4j  ceiling   writers=4  10,000 docs  2,999 claims/s      Neo4j  naive  500 docs  255 claims/s
  graphkit writers=4 / writers=1 = 1.33x; graphkit / naive = 4.7x (writers=1: 3.6x; target 20x);
  graphkit / ceiling = 40% (both at writers=4; target 50%)

(The 2,000-document figure of that run is an outlier of the shared machine: the same
measurement alone, ``--only graphkit --docs 2000``, gave 1,037 claims/s a minute later.)

Concurrency, measured while building it (1,000 documents after 1,500 loaded, one run each):
with the typed edges MERGEd, writers=2 deadlocked 16 times and gained nothing, writers=4
deadlocked ~190 times and failed; with keyed edges created when missing (the store now),
1 / 2 / 4 writers gave 900 / 1,472 / 1,823 claims/s and no deadlock, and the ceiling
2,355 / 3,001 / 2,165. The 20x target stays out of reach: at writers=1 the machine is about
half busy (Neo4j ~16 ms and Python ~9 ms of CPU per document of ~18 claims), so with 2 cores
concurrency can at most about double it, to ~2,000 claims/s = ~8x naive; 20x naive (~5,100
claims/s) is above even the bare ceiling (3,000). A naive statement costs about a commit,
and graphkit does far more work per claim than it.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.model import Actor, Document, Evidence, Extraction, Issue, Relation  # noqa: E402
from graphkit.ontology import INTERACTIONS, STANCES  # noqa: E402

REAL = Path("/work/shared/eval/dev")
# Relations per article from `graphkit extract` on REAL (7 articles), used when it cannot run.
RECORDED_CLAIMS = [6, 15, 17, 19, 21, 23, 23]
# Type counts on the same articles (stances are actor -> issue).
STANCE_MIX = {"OPPOSES": 27, "SUPPORTS": 22}
AFFILIATION_MIX = {"HOLDS_ROLE": 14, "MEMBER_OF": 11, "APPOINTED_BY": 4, "LEADS": 2}
INTERACTION_MIX = {"CRITICIZES": 18, "ORDERS": 7, "THREATENS": 6, "CLASHES_WITH": 5,
                   "SUPPORTS": 3, "OPPOSES": 2, "SUES": 2, "COERCES": 1, "COOPERATES_WITH": 1}
CATEGORY_MIX = {"stance": 40, "affiliation": 25, "interaction": 35}
MODE_MIX = {"asserted": 80, "reported": 15, "hypothetical": 4, "negated": 1}
OUTLETS = {"Los Angeles Times": 30, "AP": 20, "Reuters": 15, "CNN": 10, "Fox News": 10,
           "LAist": 8, "CalMatters": 4, "KTLA": 3}
NO_OUTLET = 0.10
VERBS = {"SUPPORTS": "backed", "COOPERATES_WITH": "worked with", "CRITICIZES": "criticized",
         "OPPOSES": "opposed", "THREATENS": "threatened", "SUES": "sued",
         "CLASHES_WITH": "clashed with", "COERCES": "arrested", "ORDERS": "ordered",
         "HOLDS_ROLE": "serves as", "MEMBER_OF": "is a member of", "APPOINTED_BY": "was named by",
         "LEADS": "leads"}
N_ACTORS = 5000


def measure_claims(folder: Path) -> tuple[list[int], str]:
    """Relations per document that ``graphkit extract`` gives on ``folder/*.txt``."""
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        exe = ROOT / ".venv" / "bin" / "graphkit"
        res = subprocess.run([str(exe), "extract", "--format", "json", *map(str, files)],
                             capture_output=True, text=True, check=False)
        if res.returncode == 0:
            out = json.loads(res.stdout)
            per = Counter(r["evidence"][0]["document"] for r in out["relations"] if r["evidence"])
            counts = sorted(per.get(d["id"], 0) for d in out["documents"])
            return counts, f"measured now: `graphkit extract` on {len(files)} articles in {folder}"
    return list(RECORDED_CLAIMS), "recorded (the real articles or the extractor are unavailable)"


def vocabulary(n_actors: int = N_ACTORS) -> tuple[list[Actor], list[Issue]]:
    """Actors (the gazetteer's first, by prominence, then synthesised names) and issues."""
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
    kinds = ["Person"] * 5 + ["Organization"] * 3 + ["Group"] + ["Location"]
    i = 0
    while len(actors) < n_actors:
        kind = rnd.choice(kinds)
        name = {"Person": f"{rnd.choice(first)} {rnd.choice(last)} {i}",
                "Organization": f"{rnd.choice(last)} Council {i}",
                "Group": f"{rnd.choice(last)} marchers {i}",
                "Location": f"{rnd.choice(last)} County {i}"}[kind]
        actors.append(Actor(f"synth-{i}", name, kind))
        i += 1
    k = 0
    while len(issues) < 12:
        issues.append(Issue(f"issue-{k}", f"issue {k}"))
        k += 1
    return actors, issues


def _picker(rnd: random.Random, mix: dict[str, int]):
    keys, cum = list(mix), list(itertools.accumulate(mix.values()))
    return lambda: keys[bisect.bisect(cum, rnd.random() * cum[-1])]


def corpus(n_docs: int, claims_dist: list[int], seed: int = 1
           ) -> Iterator[tuple[Document, Extraction]]:
    """``n_docs`` (document, extraction) pairs, made one at a time (flat memory)."""
    actors, issues = vocabulary()
    rnd = random.Random(seed)
    cum = list(itertools.accumulate(1 / (k + 1) for k in range(len(actors))))
    issue_cum = list(itertools.accumulate(1 / (k + 1) for k in range(len(issues))))
    category, mode = _picker(rnd, CATEGORY_MIX), _picker(rnd, MODE_MIX)
    outlet = _picker(rnd, OUTLETS)
    typ = {"stance": _picker(rnd, STANCE_MIX), "affiliation": _picker(rnd, AFFILIATION_MIX),
           "interaction": _picker(rnd, INTERACTION_MIX)}
    for d in range(n_docs):
        n_claims = max(1, rnd.choice(claims_dist) + rnd.randint(-2, 2))
        n_cast = max(2, round(0.8 * n_claims))
        cast: dict[str, Actor] = {}
        while len(cast) < n_cast:
            a = actors[bisect.bisect(cum, rnd.random() * cum[-1])]
            cast[a.id] = a
        cast_list = list(cast.values())
        doc_issues: dict[str, Issue] = {}
        for _ in range(rnd.randint(1, 3)):
            i = issues[bisect.bisect(issue_cum, rnd.random() * issue_cum[-1])]
            doc_issues[i.id] = i
        issue_list = list(doc_issues.values())
        doc = Document(text=f"Synthetic article {d} ({seed}). "
                            + " ".join(a.name for a in cast_list) + ".",
                       title=f"Article {d}: " + " and ".join(a.name for a in cast_list[:2]),
                       source="" if rnd.random() < NO_OUTLET else outlet(),
                       url=f"https://bench.example/{seed}/{d}",
                       published=f"2025-06-{1 + rnd.randrange(30):02d}")
        rels = []
        for _ in range(n_claims):
            cat = category()
            t = typ[cat]()
            s = rnd.choice(cast_list)
            if cat == "stance":
                target = rnd.choice(issue_list)
                target_id, tname = target.id, target.name
            else:
                other = rnd.choice([a for a in cast_list[:6] if a.id != s.id] or cast_list)
                target_id, tname = other.id, other.name
            m = mode()
            sentence = (f"{s.name} {VERBS[t]} {tname} on Tuesday, according to statements "
                        f"reviewed for article {d}, amid the dispute over the deployment.")
            quote = "This is not what we asked for." if rnd.random() < 0.10 else ""
            rels.append(Relation(s.id, target_id, t, INTERACTIONS.get(t, STANCES.get(t, 0))
                                 if cat != "affiliation" else 0, 0.8, m, "bench", VERBS[t],
                                 [Evidence(doc.id, sentence, quote)]))
        ext = Extraction(
            actors=[Actor(a.id, a.name, a.kind, list(a.aliases), list(a.roles),
                          mentions=rnd.randint(1, 6)) for a in cast_list],
            issues=issue_list, relations=rels, documents=[doc.meta()])
        yield doc, ext


# -- the loaders (each run in a child process) ------------------------------------------

def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_graphkit(n_docs: int, db: str, dist: list[int], writers: int = 1) -> dict:
    """``Store.add_many`` over the corpus (what ``graphkit load --writers N`` does after
    extraction); the corpus is made beforehand in batches so that making it is not timed."""
    from graphkit.store import open_store

    store = open_store(db)
    store.reset()
    store.init()
    claims = 0
    spent = 0.0
    docs = corpus(n_docs, dist)
    while batch := list(itertools.islice(docs, 500)):
        t = time.perf_counter()
        for _, res in store.add_many(((d.id, d, e) for d, e in batch), writers=writers):
            claims += res.claims
        spent += time.perf_counter() - t
    stats = store.stats()
    store.reset()
    store.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent, "stats": stats}


def _neo4j_store():
    """graphkit's Neo4j store, emptied, with its schema: the other loaders write the same
    labels, so they maintain the same constraints and indexes."""
    from graphkit.store.neo4j import Neo4jStore

    store = Neo4jStore(os.environ["NEO4J_URI"], user=os.environ.get("NEO4J_USERNAME", "neo4j"),
                       password=os.environ.get("NEO4J_PASSWORD", ""))
    store.reset()
    store.init()
    return store


def claim_rows(doc: Document, ext: Extraction) -> list[dict]:
    """The claims of one document, with the properties graphkit stores on a claim."""
    issue_ids = {i.id for i in ext.issues}
    rows = []
    for k, r in enumerate(ext.relations):
        ev = r.evidence[0]
        rows.append({
            "source": r.source, "target": r.target, "issue": r.target in issue_ids,
            "props": {"id": f"{doc.id}-{k}", "type": r.type, "polarity": r.polarity,
                      "verb": r.verb, "sentence": ev.sentence, "quote": ev.quote,
                      "confidence": r.confidence, "mode": r.mode, "rule": r.rule,
                      "edge": f"{r.source}|{r.type}|{r.target}", "document": doc.id,
                      "published": doc.published, "outlet": doc.source}})
    return rows


NAIVE = """
MERGE (s:Actor {{id: $source}}) ON CREATE SET s.name = $source_name, s.kind = $source_kind
MERGE (t:{label} {{id: $target}}) ON CREATE SET t.name = $target_name
MERGE (d:Document {{id: $document}})
  ON CREATE SET d.title = $title, d.url = $url, d.published = $published, d.source = $outlet
CREATE (c:Claim) SET c = $props
CREATE (c)-[:BY]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(d)
"""


def run_naive(n_docs: int, dist: list[int]) -> dict:
    store = _neo4j_store()
    queries = {False: NAIVE.format(label="Actor"), True: NAIVE.format(label="Issue")}
    claims, spent = 0, 0.0
    with store.driver.session() as s:
        for doc, ext in corpus(n_docs, dist):
            names = {a.id: (a.name, a.kind) for a in ext.actors} | \
                    {i.id: (i.name, "Issue") for i in ext.issues}
            params = [{"source": r["source"], "source_name": names[r["source"]][0],
                       "source_kind": names[r["source"]][1], "target": r["target"],
                       "target_name": names[r["target"]][0], "document": doc.id,
                       "title": doc.title, "url": doc.url, "published": doc.published,
                       "outlet": doc.source, "props": r["props"], "issue": r["issue"]}
                      for r in claim_rows(doc, ext)]
            t = time.perf_counter()
            for p in params:
                s.run(queries[p["issue"]], p).consume()  # one auto-commit transaction per claim
            spent += time.perf_counter() - t
            claims += len(params)
    store.reset()
    store.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent}


CEILING = """
MATCH (d:Document {id: $doc})
CALL (d) {
  UNWIND $actor_rows AS r
  MATCH (s:Actor {id: r.source}) MATCH (t:Actor {id: r.target})
  CREATE (c:Claim) SET c = r.props
  CREATE (c)-[:BY]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(d)
}
CALL (d) {
  UNWIND $issue_rows AS r
  MATCH (s:Actor {id: r.source}) MATCH (t:Issue {id: r.target})
  CREATE (c:Claim) SET c = r.props
  CREATE (c)-[:BY]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(d)
}
"""


def run_ceiling(n_docs: int, dist: list[int], writers: int = 1) -> dict:
    store = _neo4j_store()
    actors, issues = vocabulary()
    with store.driver.session() as s:  # the nodes the claims point to, beforehand (not timed)
        s.run("UNWIND $rows AS r CREATE (a:Actor) SET a = r",
              rows=[{"id": a.id, "name": a.name, "kind": a.kind} for a in actors]).consume()
        s.run("UNWIND $rows AS r CREATE (i:Issue) SET i = r",
              rows=[{"id": i.id, "name": i.name} for i in issues]).consume()
        batch: list[dict] = []
        for doc, _ in corpus(n_docs, dist):
            batch.append(doc.meta())
            if len(batch) == 5000:
                s.run("UNWIND $rows AS r CREATE (d:Document) SET d = r", rows=batch).consume()
                batch = []
        s.run("UNWIND $rows AS r CREATE (d:Document) SET d = r", rows=batch).consume()
    claims, spent = 0, 0.0

    def work(tx, doc_id, rows):
        tx.run(CEILING, doc=doc_id, actor_rows=[r for r in rows if not r["issue"]],
               issue_rows=[r for r in rows if r["issue"]]).consume()

    local = threading.local()

    def write(doc_id: str, rows: list[dict]) -> int:
        if not hasattr(local, "session"):
            local.session = store.driver.session()
        local.session.execute_write(work, doc_id, rows)  # one transaction per document
        return len(rows)

    docs = corpus(n_docs, dist)
    with ThreadPoolExecutor(writers) as pool:  # ``writers`` documents in flight, like graphkit
        while batch := [(d.id, claim_rows(d, e)) for d, e in itertools.islice(docs, 500)]:
            t = time.perf_counter()
            claims += sum(pool.map(lambda b: write(*b), batch))
            spent += time.perf_counter() - t
    store.reset()
    store.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent}


def child(args: argparse.Namespace) -> None:
    dist = [int(x) for x in args.dist.split(",")]
    if args.loader == "graphkit":
        out = run_graphkit(args.docs, args.db, dist, args.writers)
    elif args.loader == "naive":
        out = run_naive(args.docs, dist)
    else:
        out = run_ceiling(args.docs, dist, args.writers)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(out))


def measure(loader: str, docs: int, dist: list[int], db: str = "", writers: int = 1) -> dict:
    cmd = [sys.executable, __file__, "--child", loader, "--docs", str(docs), "--db", db,
           "--dist", ",".join(map(str, dist)), "--writers", str(writers)]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"{loader} failed:\n{res.stderr[-3000:]}")
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["rate"] = out["claims"] / out["seconds"] if out["seconds"] else 0.0
    print(f"  {loader:9} writers={writers} {docs:>6} docs {out['claims']:>7} claims {out['seconds']:8.1f} s "
          f"{out['rate']:9.0f} claims/s {docs / out['seconds']:7.1f} docs/s  "
          f"peak RSS {out['peak_rss_mb']:6.1f} MB", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=2_000, help="second corpus size, for memory")
    ap.add_argument("--naive-docs", type=int, default=500, help="subset for the naive loader")
    ap.add_argument("--real", type=Path, default=REAL,
                    help="real articles whose claims-per-document distribution to use")
    ap.add_argument("--db", default="")
    ap.add_argument("--writers", type=int, default=4,
                    help="documents in flight for graphkit and the ceiling (naive: 1)")
    ap.add_argument("--dist", default="", help=argparse.SUPPRESS)
    ap.add_argument("--child", dest="loader", choices=["graphkit", "naive", "ceiling"])
    ap.add_argument("--no-neo4j", action="store_true", help="measure the SQLite store only")
    ap.add_argument("--only", choices=["graphkit", "naive", "ceiling"],
                    help="run one Neo4j loader at --docs (for profiling), no SQLite")
    args = ap.parse_args()
    if args.loader:
        child(args)
        return
    dist, origin = measure_claims(args.real)
    sample = list(itertools.islice(corpus(args.docs, dist), 2000))
    per_doc = sorted(len(e.relations) for _, e in sample)
    top = Counter(a.id for _, e in sample for a in e.actors).most_common(3)
    print(f"claims per real article: {dist} (mean {sum(dist) / len(dist):.1f}; {origin})")
    print(f"corpus: {args.docs:,} and {args.small:,} synthetic documents; claims/doc "
          f"min {per_doc[0]} median {per_doc[len(per_doc) // 2]} max {per_doc[-1]} "
          f"mean {sum(per_doc) / len(per_doc):.1f}; top actors in "
          + ", ".join(f"{100 * n / len(sample):.0f}%" for _, n in top)
          + f" of documents; cpu count {os.cpu_count()}", flush=True)
    uri = os.environ.get("NEO4J_URI")
    if args.only:
        measure(args.only, args.docs, dist, uri or "", args.writers)
        return
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite store:")
        for n in (args.small, args.docs):
            results[f"sqlite-{n}"] = measure("graphkit", n, dist, str(Path(tmp) / f"bench-{n}.db"))
    if uri and not args.no_neo4j:
        print(f"Neo4j at {uri} (emptied before each loader):")
        w = args.writers
        for n in (args.small, args.docs):
            results[f"graphkit-{n}"] = measure("graphkit", n, dist, uri, w)
        results["graphkit-1"] = measure("graphkit", args.docs, dist, uri, 1)
        results["ceiling"] = measure("ceiling", args.docs, dist, writers=w)
        results["naive"] = measure("naive", args.naive_docs, dist)
        g = results[f"graphkit-{args.docs}"]["rate"]
        g1 = results["graphkit-1"]["rate"]
        print(f"graphkit writers={w} / writers=1 = {g / g1:.2f}x")
        print(f"graphkit / naive   = {g / results['naive']['rate']:.1f}x   (target >= 20x; "
              f"writers=1: {g1 / results['naive']['rate']:.1f}x)")
        print(f"graphkit / ceiling = {100 * g / results['ceiling']['rate']:.0f}%   "
              f"(target >= 50%; both at writers={w})")
        m1, m2 = (results[f"graphkit-{n}"]["peak_rss_mb"] for n in (args.small, args.docs))
        print(f"peak RSS graphkit Neo4j: {m1} MB at {args.small:,} docs, {m2} MB at {args.docs:,}")
    elif not uri:
        print("NEO4J_URI is not set: Neo4j loaders skipped")
    m1, m2 = (results[f"sqlite-{n}"]["peak_rss_mb"] for n in (args.small, args.docs))
    print(f"peak RSS graphkit SQLite: {m1} MB at {args.small:,} docs, {m2} MB at {args.docs:,}")


if __name__ == "__main__":
    main()

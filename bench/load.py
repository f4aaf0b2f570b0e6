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

  graphkit  ``Store.add(doc, extraction)`` per document, one transaction per document:
            resolution, validation, the document, actors with kind labels and aliases,
            MENTIONS with counts, claims with evidence, and incremental typed edges with
            corroboration counts (weight, documents, outlets, first/last seen).
  naive     what tutorials do: for each claim, one auto-commit statement (parameters) that
            MERGEs both actors and the document and CREATEs the claim with its BY, TARGET
            and FROM relationships. It keeps no typed edges, mentions or aliases, so it does
            less than graphkit. Measured on the first ``--naive-docs`` documents.
  ceiling   the minimum write the graph needs, no logic: actors, issues and documents are
            created beforehand (not timed); then per document one transaction with a bare
            UNWIND that MATCHes each claim's actor/issue/document and CREATEs the claim and
            its three relationships.

Last run (2026-11-24, 2 shared cores, Neo4j 5.26 community, local; noisy to +-20%),
``--docs 10000 --small 2000 --naive-docs 500``, claims/doc from the dev set
[6, 15, 18, 19, 21, 23, 23] (mean 17.9):

  SQLite graphkit   2,000 docs  5,089 claims/s  53.6 MB    10,000 docs  4,875 claims/s  53.6 MB
  Neo4j  graphkit   2,000 docs  1,065 claims/s  90.6 MB    10,000 docs  1,154 claims/s  92.6 MB
  Neo4j  ceiling   10,000 docs  2,336 claims/s      Neo4j  naive  500 docs  335 claims/s
  graphkit / naive = 3.4x (target 20x), graphkit / ceiling = 49% (target 50%)

The 20x target cannot be met with one transaction per document at ~18 claims per
document: the ceiling itself, which writes only the claims, is 7x the naive loader
here; a commit costs about as much as a naive auto-commit statement.
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
import time
from collections import Counter
from collections.abc import Iterator
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


def run_graphkit(n_docs: int, db: str, dist: list[int]) -> dict:
    from graphkit.store import open_store

    store = open_store(db)
    store.reset()
    store.init()
    claims = 0
    spent = 0.0
    for doc, ext in corpus(n_docs, dist):
        t = time.perf_counter()
        res = store.add(doc, ext)
        spent += time.perf_counter() - t
        claims += res.claims
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


def run_ceiling(n_docs: int, dist: list[int]) -> dict:
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

    with store.driver.session() as s:
        for doc, ext in corpus(n_docs, dist):
            rows = claim_rows(doc, ext)
            t = time.perf_counter()
            s.execute_write(work, doc.id, rows)  # one transaction per document, like graphkit
            spent += time.perf_counter() - t
            claims += len(rows)
    store.reset()
    store.close()
    return {"docs": n_docs, "claims": claims, "seconds": spent}


def child(args: argparse.Namespace) -> None:
    dist = [int(x) for x in args.dist.split(",")]
    if args.loader == "graphkit":
        out = run_graphkit(args.docs, args.db, dist)
    elif args.loader == "naive":
        out = run_naive(args.docs, dist)
    else:
        out = run_ceiling(args.docs, dist)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(out))


def measure(loader: str, docs: int, dist: list[int], db: str = "") -> dict:
    cmd = [sys.executable, __file__, "--child", loader, "--docs", str(docs), "--db", db,
           "--dist", ",".join(map(str, dist))]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"{loader} failed:\n{res.stderr[-3000:]}")
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["rate"] = out["claims"] / out["seconds"] if out["seconds"] else 0.0
    print(f"  {loader:9} {docs:>6} docs {out['claims']:>7} claims {out['seconds']:8.1f} s "
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
        measure(args.only, args.docs, dist, uri or "")
        return
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite store:")
        for n in (args.small, args.docs):
            results[f"sqlite-{n}"] = measure("graphkit", n, dist, str(Path(tmp) / f"bench-{n}.db"))
    if uri and not args.no_neo4j:
        print(f"Neo4j at {uri} (emptied before each loader):")
        for n in (args.small, args.docs):
            results[f"graphkit-{n}"] = measure("graphkit", n, dist, uri)
        results["ceiling"] = measure("ceiling", args.docs, dist)
        results["naive"] = measure("naive", args.naive_docs, dist)
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

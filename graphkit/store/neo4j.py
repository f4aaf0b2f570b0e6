"""The Neo4j store: the official driver, managed transactions, parameters only.

Model (see DESIGN.md): ``(:Actor:<Kind>)``, ``(:Issue)``, ``(:Document)``,
``(:Claim)-[:BY]->(actor)``, ``-[:TARGET]->(actor|issue)``, ``-[:FROM]->(document)``,
``(:Document)-[:MENTIONS {count}]->(:Actor)``, and typed edges between actors/issues
derived from the claims, e.g. ``(a)-[:CRITICIZES {weight, documents, sources,
first_seen, last_seen}]->(b)``. Labels and types in query text come only from the
ontology's fixed lists; every value is a parameter.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as nx_errors

from ..errors import GraphkitError
from ..ontology import COUNTED_MODES, RELATION_TYPES, STANCES, check_label, check_type
from .base import Rows, Store

# The driver warns on stderr ("Transaction failed and will be retried") when no logging is
# configured; graphkit reports failures itself, in one line. A user's own logging config still
# sees these records.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "cypher" / "schema.cypher"


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of ``cypher/schema.cypher`` (comments dropped)."""
    text = "\n".join(ln for ln in path.read_text().splitlines() if not ln.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


def retry_time() -> float:
    """Seconds a write retries transient errors (a restarting server, a cluster election)
    before it gives up: ``$GRAPHKIT_NEO4J_RETRY_TIME``, default 30."""
    raw = os.environ.get("GRAPHKIT_NEO4J_RETRY_TIME", "")
    try:
        return max(float(raw), 0.0) if raw else 30.0
    except ValueError:
        raise GraphkitError(f"GRAPHKIT_NEO4J_RETRY_TIME={raw!r} is not a number of seconds") from None


def edge_key(source: str, rel_type: str, target: str) -> str:
    return f"{source}|{rel_type}|{target}"


@contextlib.contextmanager
def friendly_errors(uri: str) -> Iterator[None]:
    """Turn the driver's connection and auth errors into one-line GraphkitErrors."""
    try:
        yield
    except nx_errors.AuthError:
        raise GraphkitError(
            f"Neo4j at {uri} refused the user name or password: set NEO4J_USERNAME and "
            "NEO4J_PASSWORD (or --user / --password)") from None
    except (nx_errors.ServiceUnavailable, nx_errors.SessionExpired, OSError) as exc:
        raise GraphkitError(
            f"Neo4j is not reachable at {uri} ({_reason(exc)}): start one with "
            "`scripts/neo4j-local start` (no Docker needed) or `docker compose up -d`") from None
    except nx_errors.ClientError as exc:
        if exc.code and "DatabaseNotFound" in exc.code:
            raise GraphkitError(f"Neo4j at {uri} has no such database: {exc.message}") from None
        raise
    except (nx_errors.TransientError, nx_errors.DatabaseError) as exc:
        # Retried for GRAPHKIT_NEO4J_RETRY_TIME seconds already: the database is shutting
        # down, unavailable or out of resources. Nothing of the current document was kept.
        raise GraphkitError(f"Neo4j at {uri} failed: {_reason(exc)}") from None
    except nx_errors.DriverError as exc:
        raise GraphkitError(f"lost the connection to Neo4j at {uri} ({_reason(exc)})") from None


def _reason(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text).splitlines()[0][:160]


# -- write transaction -----------------------------------------------------------------
#
# A new document (the common case) is one statement: it creates the document, merges its
# actors and issues, creates its claims and adds its contribution to each typed edge
# incrementally (weight, documents, outlets). It writes nothing and returns no row when the
# document's id or url is already stored; then the rare replace path below runs, which
# deletes the old version and recomputes the edges it touched from their claims.
#
# The typed edges get one subquery per relationship type (types from the ontology's fixed
# list, edges grouped by type in the parameters): a relationship MERGE with a fixed type
# expands only that type's relationships of a dense node (an actor in most documents has
# thousands of MENTIONS, BY and TARGET relationships), where a dynamic type ``$(e.type)``
# expands all of them, ever more as the graph grows.

_DOC_PROPS = ("id", "title", "source", "url", "published", "path", "loaded_at")
_CLAIM_PROPS = ("id", "type", "polarity", "verb", "sentence", "quote", "confidence", "mode",
                "rule", "edge", "document", "published", "outlet")

_WRITE_HEAD = """
OPTIONAL MATCH (same:Document {id: $doc.id})
OPTIONAL MATCH (byurl:Document {url: $doc.url}) WHERE $doc.url <> ''
WITH count(same) + count(byurl) AS stored WHERE stored = 0
CREATE (d:Document {%(doc)s})
WITH d
CALL (d) {
  UNWIND $actors AS a
  WITH a WHERE a.id IS NOT NULL
  MERGE (n:Actor {id: a.id})
  ON CREATE SET n.name = a.name, n.kind = a.kind, n.aliases = a.aliases, n.roles = a.roles,
                n:$(a.kind)
  CREATE (d)-[:MENTIONS {count: a.count}]->(n)
  WITH n, a,
       reduce(acc = coalesce(n.aliases, []), x IN a.aliases + [a.name] |
              CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END) AS aliases,
       reduce(acc = coalesce(n.roles, []), x IN a.roles |
              CASE WHEN x IN acc THEN acc ELSE acc + x END) AS roles
  // write a known actor only when it learns a new alias or role: fewer locks and records
  FOREACH (_ IN CASE WHEN aliases <> coalesce(n.aliases, []) OR roles <> coalesce(n.roles, [])
                THEN [1] ELSE [] END | SET n.aliases = aliases, n.roles = roles)
}
CALL () {
  UNWIND $issues AS i
  WITH i WHERE i.id IS NOT NULL
  MERGE (n:Issue {id: i.id}) ON CREATE SET n.name = i.name, n.aliases = i.aliases
}
CALL (d) {
  UNWIND $actor_claims AS c
  WITH c WHERE c.source IS NOT NULL
  MATCH (s:Actor {id: c.source})
  MATCH (t:Actor {id: c.target})
  CREATE (k:Claim {%(claim)s})
  CREATE (k)-[:BY]->(s), (k)-[:TARGET]->(t), (k)-[:FROM]->(d)
}
CALL (d) {
  UNWIND $issue_claims AS c
  WITH c WHERE c.source IS NOT NULL
  MATCH (s:Actor {id: c.source})
  MATCH (t:Issue {id: c.target})
  CREATE (k:Claim {%(claim)s})
  CREATE (k)-[:BY]->(s), (k)-[:TARGET]->(t), (k)-[:FROM]->(d)
}
"""
# Each typed edge this document adds to: its two ends are found, then a relationship MERGE
# with the edge's fixed type (one UNION branch per type, from the ontology's fixed list),
# then one SET of its counts: on creation this document's, else each count grows (the map
# is evaluated on the old values, then applied).
#
# A typed edge carries its key (source|type|target) under a relationship uniqueness
# constraint, and is created when missing rather than MERGEd: a relationship MERGE that
# creates takes an exclusive lock on both ends until commit, which, on an actor in most
# documents, serialises concurrent loads and deadlocks them (measured: one transaction in
# five at 4 writers). A CREATE takes shared locks; two loads creating the same edge at
# once meet on the key's index entry, and the later one fails and runs again (``_write``).
_EDGE_BRANCH = """    WITH s, t, e WHERE e.type = '%(type)s'
    OPTIONAL MATCH (s)-[old:%(type)s]->(t)
    OPTIONAL CALL (s, t, e, old) {
      WITH * WHERE old IS NULL CREATE (s)-[new:%(type)s {key: e.key}]->(t) RETURN new }
    RETURN coalesce(old, new) AS r
"""
_WRITE_EDGES = """
CALL () {
  UNWIND $%(param)s AS e
  WITH e WHERE e.source IS NOT NULL
  MATCH (s:Actor {id: e.source})
  MATCH (t:%(label)s {id: e.target})
  CALL (s, t, e) {
%(branches)s  }
  // Take the edge's write lock before reading its counts: without it two loads adding
  // to the same edge at once both read the old counts and one update is lost.
  SET r._lock = true
  WITH r, e, r.weight IS NULL AS created
  SET r += CASE WHEN created THEN {
    weight: e.weight, documents: 1, anonymous: $anonymous, sources: 1,
    outlets: CASE WHEN $doc.source = '' THEN [] ELSE [$doc.source] END,
    first_seen: $doc.published, last_seen: $doc.published}
  ELSE {
    weight: r.weight + e.weight, documents: coalesce(r.documents, 0) + 1,
    outlets: CASE WHEN $doc.source = '' OR $doc.source IN coalesce(r.outlets, [])
                  THEN coalesce(r.outlets, []) ELSE coalesce(r.outlets, []) + $doc.source END,
    anonymous: coalesce(r.anonymous, 0) + $anonymous,
    sources: coalesce(r.sources, 0) + CASE WHEN $doc.source <> ''
                                               AND $doc.source IN coalesce(r.outlets, [])
                                          THEN 0 ELSE 1 END,
    first_seen: CASE WHEN $doc.published <> '' AND (coalesce(r.first_seen, '') = ''
                          OR $doc.published < r.first_seen) THEN $doc.published
                     ELSE coalesce(r.first_seen, '') END,
    last_seen: CASE WHEN $doc.published > coalesce(r.last_seen, '') THEN $doc.published
                    ELSE coalesce(r.last_seen, '') END} END
  REMOVE r._lock
}
"""
# Actor -> actor edges get a branch for every type; actor -> issue edges one for each
# stance type, and one with a dynamic type for any other (the extractor makes none).
_OTHER = """    WITH s, t, e WHERE NOT e.type IN $stances
    OPTIONAL MATCH (s)-[old:$(e.type)]->(t)
    OPTIONAL CALL (s, t, e, old) {
      WITH * WHERE old IS NULL CREATE (s)-[new:$(e.type) {key: e.key}]->(t) RETURN new }
    RETURN coalesce(old, new) AS r
"""


def _edges_subquery(param: str, label: str, types: list[str], other: bool) -> str:
    branches = [_EDGE_BRANCH % {"type": check_type(t)} for t in types]
    return _WRITE_EDGES % {"param": param, "label": label,
                           "branches": "    UNION ALL\n".join(branches + [_OTHER] * other)}


_WRITE_PARAMS = ("doc", "actors", "issues", "actor_claims", "issue_claims", "actor_edges",
                 "issue_edges", "stances", "anonymous")


def _one_parameter(query: str) -> str:
    """``query`` reading its parameters from one map ``$p``: Neo4j keys its plan cache on
    the shape of each list parameter (measured: a new ~1 s plan of this statement for one
    document in 25 early on, and still now and then after hundreds), not inside a map."""
    names = "|".join(_WRITE_PARAMS)
    return re.sub(rf"\$({names})\b", r"$p.\1", query)


_WRITE_NEW = _one_parameter(
    # By default Neo4j plans a statement again each time the graph's statistics have moved
    # enough, which a load into an empty database does every few seconds. This plan is the
    # same at any size (unique-index seeks, a typed expand for each MERGE): keep it.
    "CYPHER replan=skip"
    + _WRITE_HEAD % {"doc": ", ".join(f"{k}: $doc.{k}" for k in _DOC_PROPS),
                     "claim": ", ".join(f"{k}: c.props.{k}" for k in _CLAIM_PROPS)}
    + _edges_subquery("actor_edges", "Actor", list(RELATION_TYPES), other=False)
    + _edges_subquery("issue_edges", "Issue", list(STANCES), other=True)
    + "RETURN d.id AS id\n")


_FIND_OLD = """
OPTIONAL MATCH (d:Document {id: $id})
WITH collect(d) AS same
OPTIONAL MATCH (u:Document {url: $url}) WHERE $url <> ''
WITH same, collect(u) AS by_url
UNWIND same + by_url AS d
WITH DISTINCT d
RETURN d.id AS id
"""
_LOCK = "MATCH (d:Document) WHERE d.id IN $ids SET d.locked_at = $now"
_OLD_EDGES = """
MATCH (c:Claim)-[:FROM]->(d:Document) WHERE d.id IN $ids
MATCH (c)-[:TARGET]->(t)
RETURN DISTINCT c.edge AS key, c.type AS type, t:Issue AS issue
"""
_OLD_ACTORS = "MATCH (d:Document)-[:MENTIONS]->(a:Actor) WHERE d.id IN $ids RETURN DISTINCT a.id AS id"
_DELETE_OLD = """
MATCH (d:Document) WHERE d.id IN $ids
OPTIONAL MATCH (c:Claim)-[:FROM]->(d)
DETACH DELETE c
WITH DISTINCT d
DETACH DELETE d
"""
_EDGES = """
UNWIND $keys AS key
WITH key, split(key, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (t:{label} {id: part[2]})
OPTIONAL MATCH (s)-[old:{type}]->(t)
DELETE old
WITH DISTINCT key, s, t
CALL (key) {
  MATCH (c:Claim {edge: key}) WHERE c.mode IN $modes
  RETURN count(c) AS weight, count(DISTINCT c.document) AS documents,
         collect(DISTINCT CASE WHEN c.outlet <> '' THEN c.outlet END) AS outlets,
         count(DISTINCT CASE WHEN c.outlet = '' THEN c.document END) AS anonymous,
         min(CASE WHEN c.published = '' THEN null ELSE c.published END) AS first_seen,
         max(CASE WHEN c.published = '' THEN null ELSE c.published END) AS last_seen
}
WITH key, s, t, weight, documents, outlets, anonymous, first_seen, last_seen
WHERE weight > 0
CREATE (s)-[r:{type} {key: key}]->(t)
SET r.weight = weight, r.documents = documents, r.outlets = outlets, r.anonymous = anonymous,
    r.sources = size(outlets) + anonymous,
    r.first_seen = coalesce(first_seen, ''), r.last_seen = coalesce(last_seen, '')
"""
_ORPHANS = """
MATCH (a:Actor) WHERE a.id IN $ids AND NOT (a)<-[:MENTIONS]-(:Document)
DETACH DELETE a
"""
_ORPHAN_ISSUES = "MATCH (i:Issue) WHERE NOT (i)<-[:TARGET]-(:Claim) DETACH DELETE i"


def _fill(template: str, **names: str) -> str:
    return re.sub(r"\{(label|type)\}", lambda m: names[m.group(1)], template)


def write_params(rows: Rows, modes: tuple[str, ...], edges: bool = True) -> dict[str, Any]:
    """The parameters of ``_WRITE_NEW`` (its map ``$p``) for one document: claims split by target kind, and
    (when ``edges``) each typed edge's increment from this document's counted claims,
    grouped by relationship type."""
    doc = rows.document
    for a in rows.actors:
        check_label(a["kind"])
    claims: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    increments: dict[tuple[str, str, str, bool], int] = {}
    for c in rows.claims:
        check_type(c["type"])
        key = edge_key(c["source"], c["type"], c["target"])
        props = {k: c[k] for k in ("id", "type", "polarity", "verb", "sentence", "quote",
                                   "confidence", "mode", "rule")}
        props.update(edge=key, document=doc["id"], published=doc["published"],
                     outlet=doc["source"])
        claims[c["target_is_issue"]].append(
            {"source": c["source"], "target": c["target"], "props": props})
        if c["mode"] in modes:
            k = (c["source"], c["type"], c["target"], c["target_is_issue"])
            increments[k] = increments.get(k, 0) + 1
    edge_rows: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    if edges:
        for (src, typ, tgt, is_issue), n in sorted(increments.items()):
            edge_rows[is_issue].append({"source": src, "type": typ, "target": tgt, "weight": n,
                                        "key": edge_key(src, typ, tgt)})
    counts = {m["actor"]: m["count"] for m in rows.mentions}
    actors = sorted(({**a, "count": counts.get(a["id"], 1)} for a in rows.actors),
                    key=lambda a: a["id"])  # one lock order for every load
    return {"doc": {k: doc.get(k, "") for k in _DOC_PROPS}, "actors": actors,
            "issues": rows.issues, "actor_claims": claims[False], "issue_claims": claims[True],
            "actor_edges": edge_rows[False], "issue_edges": edge_rows[True],
            "stances": list(STANCES),
            "anonymous": 0 if doc["source"] else 1}


def write_document(tx: neo4j.ManagedTransaction, rows: Rows, modes: tuple[str, ...],
                   force: bool = False, replace: bool = True) -> tuple[str, list[str]]:
    """Write one document (one round trip when it is new); replace what it, or its url's
    older text, had and recompute the edges touched. Returns (status, ids replaced), or
    ("replace", []) having written nothing when it would replace and not ``replace``."""
    if tx.run(_WRITE_NEW, p=write_params(rows, modes)).single() is not None:
        return "new", []
    doc = rows.document
    old = [r["id"] for r in tx.run(_FIND_OLD, id=doc["id"], url=doc["url"])]
    if doc["id"] in old and not force:
        return "unchanged", []
    if not replace:
        return "replace", []
    tx.run(_LOCK, ids=old, now=doc["loaded_at"]).consume()
    touched: dict[tuple[str, bool], set[str]] = {}
    for r in tx.run(_OLD_EDGES, ids=old):
        touched.setdefault((r["type"], r["issue"]), set()).add(r["key"])
    old_actors = [r["id"] for r in tx.run(_OLD_ACTORS, ids=old)]
    tx.run(_DELETE_OLD, ids=old).consume()
    if tx.run(_WRITE_NEW, p=write_params(rows, modes, edges=False)).single() is None:
        raise RuntimeError("document still stored after deleting it")  # pragma: no cover
    for c in rows.claims:
        key = edge_key(c["source"], c["type"], c["target"])
        touched.setdefault((c["type"], c["target_is_issue"]), set()).add(key)
    for (rel_type, is_issue), keys in sorted(touched.items()):
        q = _fill(_EDGES, type=check_type(rel_type), label="Issue" if is_issue else "Actor")
        tx.run(q, keys=sorted(keys), modes=list(modes)).consume()
    tx.run(_ORPHANS, ids=old_actors).consume()
    tx.run(_ORPHAN_ISSUES).consume()
    return "replaced", old


# -- the store ---------------------------------------------------------------------------

# Each conflict means another load committed the same new edge (or document) first; the next
# attempt finds it, unless yet another new edge of this document was created meanwhile.
_CONFLICT_ATTEMPTS = 5

class Neo4jStore(Store):
    """A Neo4j database reached by ``bolt://`` or ``neo4j://`` (routing, Aura)."""

    def __init__(self, uri: str, *, user: str = "neo4j", password: str = "",
                 database: str | None = None, counted_modes: tuple[str, ...] = COUNTED_MODES):
        self.uri = uri
        self.database = database
        self.counted_modes = counted_modes
        self._schema_ready = False
        self._init_lock = threading.Lock()
        with friendly_errors(uri):
            try:
                self.driver = neo4j.GraphDatabase.driver(
                    uri, auth=(user, password), connection_timeout=10,
                    max_transaction_retry_time=retry_time(), user_agent="graphkit",
                    initial_retry_delay=0.1,  # a deadlock victim runs again soon (default 1 s)
                    notifications_min_severity="OFF")
            except ValueError as exc:
                raise GraphkitError(f"bad Neo4j URI {uri!r}: {exc}") from None
            self.driver.verify_connectivity()

    def close(self) -> None:
        self.driver.close()

    def _session(self, **kw: Any) -> neo4j.Session:
        return self.driver.session(database=self.database, **kw)

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        with friendly_errors(self.uri):
            records, _, _ = self.driver.execute_query(
                query, params, database_=self.database, routing_=neo4j.RoutingControl.READ)
        return [r.data() for r in records]

    def init(self) -> None:
        with friendly_errors(self.uri), self._session() as s:
            for rel_type in RELATION_TYPES:  # typed edges created before edges had keys
                t = check_type(rel_type)
                s.run(f"MATCH (a)-[r:{t}]->(b) WHERE r.key IS NULL "
                      f"CALL (a, r, b) {{ SET r.key = a.id + '|{t}|' + b.id }} "
                      "IN TRANSACTIONS OF 5000 ROWS").consume()
            for stmt in schema_statements():  # with the typed edges' key constraints
                s.run(stmt).consume()
            s.run("CALL db.awaitIndexes(60)").consume()
        self._schema_ready = True

    def has_document(self, doc_id: str) -> bool:
        return bool(self._read("MATCH (d:Document {id: $id}) RETURN d.id AS id", id=doc_id))

    def _actor_names(self) -> list[dict[str, Any]]:
        return self._read(
            "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
            "a.aliases AS aliases")

    concurrent_writes = True

    def _write(self, rows: Rows, force: bool, replace: bool = True) -> tuple[str, list[str]]:
        if not self._schema_ready:
            with self._init_lock:
                if not self._schema_ready:
                    self.init()
        with friendly_errors(self.uri), self._session() as s:
            for attempt in range(_CONFLICT_ATTEMPTS):
                try:
                    return s.execute_write(write_document, rows, self.counted_modes, force,
                                           replace)
                except (nx_errors.ConstraintError, nx_errors.ResultFailedError) as exc:
                    # Another load created the same document, claim or typed edge at the
                    # same moment and committed first: run again, which now finds it. (The
                    # driver may report the conflict, or a deadlock, as the failed result
                    # it met while rolling back.)
                    cause = exc if isinstance(exc, nx_errors.ConstraintError) else exc.__context__
                    retry = isinstance(cause, nx_errors.ConstraintError) or (
                        isinstance(cause, nx_errors.Neo4jError) and cause.is_retryable())
                    if not retry or attempt == _CONFLICT_ATTEMPTS - 1:
                        raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _graph_rows(self) -> dict[str, Any]:
        actors = self._read(
            "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
            "a.aliases AS aliases, a.roles AS roles ORDER BY id")
        issues = self._read(
            "MATCH (i:Issue) RETURN i.id AS id, i.name AS name, i.aliases AS aliases ORDER BY id")
        claims = self._read(
            "MATCH (c:Claim)-[:BY]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(d:Document) "
            "RETURN c.id AS id, s.id AS source, t.id AS target, c.type AS type, "
            "c.polarity AS polarity, c.verb AS verb, c.sentence AS sentence, c.quote AS quote, "
            "c.confidence AS confidence, c.mode AS mode, c.rule AS rule, d.id AS document, "
            "d.title AS title, d.url AS url, d.published AS published, d.source AS outlet "
            "ORDER BY document, id")
        docs = self._read(
            "MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.source AS source, "
            "d.url AS url, d.published AS published, d.path AS path, d.loaded_at AS loaded_at "
            "ORDER BY id")
        mentions = {r["id"]: set(r["docs"]) for r in self._read(
            "MATCH (d:Document)-[:MENTIONS]->(a:Actor) RETURN a.id AS id, collect(d.id) AS docs")}
        return {"actors": actors, "issues": issues, "claims": claims, "documents": docs,
                "mentions": mentions}

    def documents(self) -> list[dict[str, Any]]:
        return self._read(
            "MATCH (d:Document) "
            "RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url, "
            "d.published AS published, d.path AS path, d.loaded_at AS loaded_at, "
            "COUNT { (:Claim)-[:FROM]->(d) } AS claims ORDER BY loaded_at DESC, id")

    def actors(self) -> list[dict[str, Any]]:
        return self._read(
            "MATCH (a:Actor) OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(a) "
            "RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, "
            "a.roles AS roles, coalesce(sum(m.count), 0) AS mentions, "
            "count(DISTINCT d) AS documents ORDER BY id")

    def stats(self) -> dict[str, Any]:
        types = "|".join(check_type(t) for t in RELATION_TYPES)
        row = self._read(
            "CALL () { MATCH (d:Document) RETURN count(d) AS documents } "
            "CALL () { MATCH (a:Actor) RETURN count(a) AS actors } "
            "CALL () { MATCH (i:Issue) RETURN count(i) AS issues } "
            "CALL () { MATCH (c:Claim) RETURN count(c) AS claims } "
            f"CALL () {{ MATCH (:Actor)-[r:{types}]->() "
            "  RETURN count(r) AS edges, count(CASE WHEN r.sources = 1 THEN 1 END) AS single } "
            "RETURN documents, actors, issues, claims, edges, single")[0]
        row["single_source_edges"] = row.pop("single")
        return row

    def reset(self) -> None:
        self._aliases = None
        with friendly_errors(self.uri), self._session() as s:
            for label in ("Claim", "Document", "Actor", "Issue"):
                s.run(f"MATCH (n:{check_label(label)}) CALL (n) {{ DETACH DELETE n }} "
                      "IN TRANSACTIONS OF 5000 ROWS").consume()

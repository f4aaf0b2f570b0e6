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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as nx_errors

from ..errors import GraphkitError
from ..ontology import COUNTED_MODES, RELATION_TYPES, check_label, check_type
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

_WRITE_NEW = """
OPTIONAL MATCH (same:Document {id: $doc.id})
OPTIONAL MATCH (byurl:Document {url: $doc.url}) WHERE $doc.url <> ''
WITH count(same) + count(byurl) AS stored WHERE stored = 0
CREATE (d:Document) SET d = $doc
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
  CREATE (k:Claim) SET k = c.props
  CREATE (k)-[:BY]->(s), (k)-[:TARGET]->(t), (k)-[:FROM]->(d)
}
CALL (d) {
  UNWIND $issue_claims AS c
  WITH c WHERE c.source IS NOT NULL
  MATCH (s:Actor {id: c.source})
  MATCH (t:Issue {id: c.target})
  CREATE (k:Claim) SET k = c.props
  CREATE (k)-[:BY]->(s), (k)-[:TARGET]->(t), (k)-[:FROM]->(d)
}
CALL () {
  UNWIND $actor_edges AS e
  WITH e WHERE e.source IS NOT NULL
  MATCH (s:Actor {id: e.source})
  MATCH (t:Actor {id: e.target})
  MERGE (s)-[r:$(e.type)]->(t)
  WITH r, e, coalesce(r.outlets, []) AS outlets, coalesce(r.first_seen, '') AS first,
       coalesce(r.last_seen, '') AS last
  WITH r, e, first, last,
       CASE WHEN $doc.source = '' OR $doc.source IN outlets THEN outlets
            ELSE outlets + $doc.source END AS outlets,
       coalesce(r.anonymous, 0) + CASE WHEN $doc.source = '' THEN 1 ELSE 0 END AS anonymous
  SET r += {weight: coalesce(r.weight, 0) + e.weight, documents: coalesce(r.documents, 0) + 1,
            outlets: outlets, anonymous: anonymous, sources: size(outlets) + anonymous,
            first_seen: CASE WHEN $doc.published <> '' AND (first = '' OR $doc.published < first)
                             THEN $doc.published ELSE first END,
            last_seen: CASE WHEN $doc.published > last THEN $doc.published ELSE last END}
}
CALL () {
  UNWIND $issue_edges AS e
  WITH e WHERE e.source IS NOT NULL
  MATCH (s:Actor {id: e.source})
  MATCH (t:Issue {id: e.target})
  MERGE (s)-[r:$(e.type)]->(t)
  WITH r, e, coalesce(r.outlets, []) AS outlets, coalesce(r.first_seen, '') AS first,
       coalesce(r.last_seen, '') AS last
  WITH r, e, first, last,
       CASE WHEN $doc.source = '' OR $doc.source IN outlets THEN outlets
            ELSE outlets + $doc.source END AS outlets,
       coalesce(r.anonymous, 0) + CASE WHEN $doc.source = '' THEN 1 ELSE 0 END AS anonymous
  SET r += {weight: coalesce(r.weight, 0) + e.weight, documents: coalesce(r.documents, 0) + 1,
            outlets: outlets, anonymous: anonymous, sources: size(outlets) + anonymous,
            first_seen: CASE WHEN $doc.published <> '' AND (first = '' OR $doc.published < first)
                             THEN $doc.published ELSE first END,
            last_seen: CASE WHEN $doc.published > last THEN $doc.published ELSE last END}
}
RETURN d.id AS id
"""
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
WITH s, t, weight, documents, outlets, anonymous, first_seen, last_seen WHERE weight > 0
CREATE (s)-[r:{type}]->(t)
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
    """The parameters of ``_WRITE_NEW`` for one document: claims split by target kind, and
    (when ``edges``) each typed edge's increment from this document's counted claims."""
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
            edge_rows[is_issue].append({"source": src, "type": typ, "target": tgt, "weight": n})
    counts = {m["actor"]: m["count"] for m in rows.mentions}
    actors = [{**a, "count": counts.get(a["id"], 1)} for a in rows.actors]
    # Every list ends with an empty map that the query skips: Neo4j plans a query again for
    # each combination of empty and non-empty list parameters (64 plans of a long query).
    pad: list[dict[str, Any]] = [{}]
    return {"doc": doc, "actors": actors + pad, "issues": rows.issues + pad,
            "actor_claims": claims[False] + pad, "issue_claims": claims[True] + pad,
            "actor_edges": edge_rows[False] + pad, "issue_edges": edge_rows[True] + pad}


def write_document(tx: neo4j.ManagedTransaction, rows: Rows, modes: tuple[str, ...],
                   force: bool = False) -> tuple[str, list[str]]:
    """Write one document (one round trip when it is new); replace what it, or its url's
    older text, had and recompute the edges touched. Returns (status, ids replaced)."""
    if tx.run(_WRITE_NEW, write_params(rows, modes)).single() is not None:
        return "new", []
    doc = rows.document
    old = [r["id"] for r in tx.run(_FIND_OLD, id=doc["id"], url=doc["url"])]
    if doc["id"] in old and not force:
        return "unchanged", []
    tx.run(_LOCK, ids=old, now=doc["loaded_at"]).consume()
    touched: dict[tuple[str, bool], set[str]] = {}
    for r in tx.run(_OLD_EDGES, ids=old):
        touched.setdefault((r["type"], r["issue"]), set()).add(r["key"])
    old_actors = [r["id"] for r in tx.run(_OLD_ACTORS, ids=old)]
    tx.run(_DELETE_OLD, ids=old).consume()
    if tx.run(_WRITE_NEW, write_params(rows, modes, edges=False)).single() is None:
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

class Neo4jStore(Store):
    """A Neo4j database reached by ``bolt://`` or ``neo4j://`` (routing, Aura)."""

    def __init__(self, uri: str, *, user: str = "neo4j", password: str = "",
                 database: str | None = None, counted_modes: tuple[str, ...] = COUNTED_MODES):
        self.uri = uri
        self.database = database
        self.counted_modes = counted_modes
        self._schema_ready = False
        with friendly_errors(uri):
            try:
                self.driver = neo4j.GraphDatabase.driver(
                    uri, auth=(user, password), connection_timeout=10,
                    max_transaction_retry_time=retry_time(), user_agent="graphkit",
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
            for stmt in schema_statements():
                s.run(stmt).consume()
            s.run("CALL db.awaitIndexes(60)").consume()
        self._schema_ready = True

    def has_document(self, doc_id: str) -> bool:
        return bool(self._read("MATCH (d:Document {id: $id}) RETURN d.id AS id", id=doc_id))

    def _actor_names(self) -> list[dict[str, Any]]:
        return self._read(
            "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
            "a.aliases AS aliases")

    def _write(self, rows: Rows, force: bool) -> tuple[str, list[str]]:
        if not self._schema_ready:
            self.init()
        with friendly_errors(self.uri), self._session() as s:
            try:
                return s.execute_write(write_document, rows, self.counted_modes, force)
            except nx_errors.ConstraintError:
                # Another load created the same document (or claim) at the same moment and
                # committed first: run again, which now finds it stored.
                return s.execute_write(write_document, rows, self.counted_modes, force)

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

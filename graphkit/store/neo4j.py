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
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as nx_errors

from ..errors import GraphkitError
from ..ontology import ACTOR_KINDS, COUNTED_MODES, RELATION_TYPES, check_label, check_type
from ..resolve import alias_index
from .base import Rows, Store

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "cypher" / "schema.cypher"


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of ``cypher/schema.cypher`` (comments dropped)."""
    text = "\n".join(ln for ln in path.read_text().splitlines() if not ln.strip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


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
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GraphkitError(
            f"Neo4j is not reachable at {uri} ({reason[:120]}): start one with "
            "`scripts/neo4j-local start` (no Docker needed) or `docker compose up -d`") from None
    except nx_errors.ClientError as exc:
        if exc.code and "DatabaseNotFound" in exc.code:
            raise GraphkitError(f"Neo4j at {uri} has no such database: {exc.message}") from None
        raise


# -- write transaction -----------------------------------------------------------------

_FIND_OLD = """
OPTIONAL MATCH (d:Document {id: $id})
WITH collect(d) AS same
OPTIONAL MATCH (u:Document {url: $url}) WHERE $url <> ''
WITH same, collect(u) AS by_url
UNWIND same + by_url AS d
WITH DISTINCT d
SET d.locked_at = $now
RETURN d.id AS id
"""
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
_DOCUMENT = "MERGE (d:Document {id: $doc.id}) SET d += $doc"
_ACTORS = """
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
ON CREATE SET n.name = a.name, n.kind = a.kind, n.aliases = a.aliases, n.roles = a.roles
ON MATCH SET
  n.aliases = reduce(acc = coalesce(n.aliases, []), x IN a.aliases + [a.name] |
                     CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END),
  n.roles = reduce(acc = coalesce(n.roles, []), x IN a.roles |
                   CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n:{label}
"""
_ISSUES = """
UNWIND $issues AS i
MERGE (n:Issue {id: i.id}) ON CREATE SET n.name = i.name, n.aliases = i.aliases
"""
_MENTIONS = """
MATCH (d:Document {id: $doc})
UNWIND $mentions AS m
MATCH (a:Actor {id: m.actor})
MERGE (d)-[r:MENTIONS]->(a) SET r.count = m.count
"""
_CLAIMS = """
MATCH (d:Document {id: $doc.id})
UNWIND $claims AS c
MATCH (s:Actor {id: c.source})
MATCH (t:{label} {id: c.target})
CREATE (k:Claim {id: c.id, type: c.type, polarity: c.polarity, verb: c.verb,
                 sentence: c.sentence, quote: c.quote, confidence: c.confidence, mode: c.mode,
                 rule: c.rule, edge: c.edge, document: $doc.id, published: $doc.published,
                 outlet: $doc.source})
CREATE (k)-[:BY]->(s), (k)-[:TARGET]->(t), (k)-[:FROM]->(d)
"""
_EDGES = """
UNWIND $keys AS key
WITH key, split(key, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (t:{label} {id: part[2]})
OPTIONAL MATCH (s)-[old:{type}]->(t)
DELETE old
WITH DISTINCT key, s, t
CALL {
  WITH key
  MATCH (c:Claim {edge: key}) WHERE c.mode IN $modes
  RETURN count(c) AS weight, count(DISTINCT c.document) AS documents,
         count(DISTINCT CASE WHEN c.outlet = '' THEN c.document ELSE c.outlet END) AS sources,
         min(CASE WHEN c.published = '' THEN null ELSE c.published END) AS first_seen,
         max(CASE WHEN c.published = '' THEN null ELSE c.published END) AS last_seen
}
WITH s, t, weight, documents, sources, first_seen, last_seen WHERE weight > 0
CREATE (s)-[r:{type}]->(t)
SET r.weight = weight, r.documents = documents, r.sources = sources,
    r.first_seen = coalesce(first_seen, ''), r.last_seen = coalesce(last_seen, '')
"""
_ORPHANS = """
MATCH (a:Actor) WHERE a.id IN $ids AND NOT (a)<-[:MENTIONS]-(:Document)
DETACH DELETE a
"""
_ORPHAN_ISSUES = "MATCH (i:Issue) WHERE NOT (i)<-[:TARGET]-(:Claim) DETACH DELETE i"


def _fill(template: str, **names: str) -> str:
    return re.sub(r"\{(label|type)\}", lambda m: names[m.group(1)], template)


def write_document(tx: neo4j.ManagedTransaction, rows: Rows, modes: tuple[str, ...]) -> list[str]:
    """Write one document: replace what it (or its url's older text) had, recompute edges."""
    doc = rows.document
    old = [r["id"] for r in tx.run(_FIND_OLD, id=doc["id"], url=doc["url"], now=doc["loaded_at"])]
    touched: dict[tuple[str, bool], set[str]] = {}
    old_actors: list[str] = []
    if old:
        for r in tx.run(_OLD_EDGES, ids=old):
            touched.setdefault((r["type"], r["issue"]), set()).add(r["key"])
        old_actors = [r["id"] for r in tx.run(_OLD_ACTORS, ids=old)]
        tx.run(_DELETE_OLD, ids=old).consume()
    tx.run(_DOCUMENT, doc=doc).consume()
    for kind in ACTOR_KINDS:
        group = [a for a in rows.actors if a["kind"] == kind]
        if group:
            tx.run(_fill(_ACTORS, label=check_label(kind)), actors=group).consume()
    if rows.issues:
        tx.run(_ISSUES, issues=rows.issues).consume()
    tx.run(_MENTIONS, doc=doc["id"], mentions=rows.mentions).consume()
    claims = [{**c, "edge": edge_key(c["source"], c["type"], c["target"])} for c in rows.claims]
    for is_issue in (False, True):
        group = [c for c in claims if c["target_is_issue"] == is_issue]
        if group:
            label = "Issue" if is_issue else "Actor"
            tx.run(_fill(_CLAIMS, label=label), doc=doc, claims=group).consume()
        for c in group:
            touched.setdefault((c["type"], is_issue), set()).add(c["edge"])
    for (rel_type, is_issue), keys in sorted(touched.items()):
        q = _fill(_EDGES, type=check_type(rel_type), label="Issue" if is_issue else "Actor")
        tx.run(q, keys=sorted(keys), modes=list(modes)).consume()
    if old:
        tx.run(_ORPHANS, ids=old_actors).consume()
        tx.run(_ORPHAN_ISSUES).consume()
    return old


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
                    max_transaction_retry_time=30, user_agent="graphkit",
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

    def actor_aliases(self) -> dict[str, tuple[str, str]]:
        return alias_index(self._read(
            "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
            "a.aliases AS aliases"))

    def _write(self, rows: Rows) -> list[str]:
        if not self._schema_ready:
            self.init()
        with friendly_errors(self.uri), self._session() as s:
            try:
                return s.execute_write(write_document, rows, self.counted_modes)
            except nx_errors.ConstraintError:
                # Another load wrote the same document at the same moment: replace its copy.
                return s.execute_write(write_document, rows, self.counted_modes)

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
        with friendly_errors(self.uri), self._session() as s:
            for label in ("Claim", "Document", "Actor", "Issue"):
                s.run(f"MATCH (n:{check_label(label)}) CALL (n) {{ DETACH DELETE n }} "
                      "IN TRANSACTIONS OF 5000 ROWS").consume()

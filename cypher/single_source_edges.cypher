// Title: Single-source edges to verify
// Question: Which typed edges rest on one outlet only (sources = 1), and which sentence is
//   that? The heaviest first: those most worth checking against a second source.
// Parameters:
//   $limit: 25 -- at most this many edges
// Columns:
//   source -- the actor the edge starts from
//   type -- the relation type
//   target -- the actor or issue it points to
//   claims -- claims behind the edge
//   sentence -- one sentence behind it
//   document -- that sentence's document
//   outlet -- the one outlet
//   url -- the document's url
// Each relation type has its own index on (weight, sources) (schema.cypher). The first
// subquery reads each type's heaviest single-source weights from that index; the $limit-th
// heaviest of them all is the floor; the second subquery takes every single-source edge at
// least that heavy from the indexes (ties included, so the order by weight and names below
// is exact), instead of reading every edge.
CALL () {
  MATCH (:Actor)-[x:SUPPORTS]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:COOPERATES_WITH]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:CRITICIZES]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:OPPOSES]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:THREATENS]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:SUES]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:CLASHES_WITH]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:COERCES]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:ORDERS]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:MEMBER_OF]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:LEADS]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:HOLDS_ROLE]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:PART_OF]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:APPOINTED_BY]->() WHERE x.weight IS NOT NULL AND x.sources = 1
  WITH x ORDER BY x.weight DESC, x.sources DESC LIMIT $limit RETURN x.weight AS weight
}
WITH weight ORDER BY weight DESC LIMIT $limit
WITH min(weight) AS floor
CALL (floor) {
  MATCH (s:Actor)-[r:SUPPORTS]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:COOPERATES_WITH]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:CRITICIZES]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:OPPOSES]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:THREATENS]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SUES]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:CLASHES_WITH]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:COERCES]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:ORDERS]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:MEMBER_OF]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:LEADS]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:HOLDS_ROLE]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:PART_OF]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:APPOINTED_BY]->(t) WHERE r.weight >= floor AND r.sources = 1 RETURN s, r, t
}
WITH s, r, t ORDER BY r.weight DESC, s.name, type(r), t.name LIMIT $limit
CALL (s, r, t) {
  MATCH (c:Claim {edge: s.id + '|' + type(r) + '|' + t.id})-[:FROM]->(d:Document)
  WHERE c.mode IN ['asserted', 'reported']
  RETURN c.sentence AS sentence, d.title AS document, d.source AS outlet, d.url AS url
  ORDER BY c.published, c.id
  LIMIT 1
}
RETURN s.name AS source, type(r) AS type, t.name AS target, r.weight AS claims, sentence,
       document, outlet, url
ORDER BY claims DESC, source, type, target;

// Title: Strongest conflicts
// Question: Which hostile edges between actors rest on the most claims and sources?
// Parameters:
//   $limit: 20 -- at most this many edges
// Columns:
//   source -- the actor the hostility comes from
//   type -- CRITICIZES, OPPOSES, THREATENS, SUES, CLASHES_WITH or COERCES
//   target -- the actor it is aimed at
//   claims -- claims behind the edge
//   documents -- documents behind it
//   sources -- distinct outlets behind it
//   first_seen -- earliest dated claim
//   last_seen -- latest dated claim
// Each relation type has its own index on (weight, sources) (schema.cypher). The first
// subquery reads each hostile type's heaviest weights from that index; the $limit-th
// heaviest of them all is the floor; the second takes every hostile edge at least that
// heavy from the indexes (ties included, so the order below is exact), instead of reading
// every edge.
CALL () {
  MATCH (:Actor)-[x:CRITICIZES]->(y) USING INDEX x:CRITICIZES(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:OPPOSES]->(y) USING INDEX x:OPPOSES(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:THREATENS]->(y) USING INDEX x:THREATENS(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:SUES]->(y) USING INDEX x:SUES(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:CLASHES_WITH]->(y) USING INDEX x:CLASHES_WITH(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
  UNION ALL
  MATCH (:Actor)-[x:COERCES]->(y) USING INDEX x:COERCES(weight, sources)
  WHERE x.weight IS NOT NULL AND x.sources IS NOT NULL AND y:Actor
  WITH x ORDER BY x.weight DESC LIMIT $limit RETURN x.weight AS weight
}
WITH weight ORDER BY weight DESC LIMIT $limit
WITH min(weight) AS floor
CALL (floor) {
  MATCH (s:Actor)-[r:CRITICIZES]->(t:Actor) USING INDEX r:CRITICIZES(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:OPPOSES]->(t:Actor) USING INDEX r:OPPOSES(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:THREATENS]->(t:Actor) USING INDEX r:THREATENS(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SUES]->(t:Actor) USING INDEX r:SUES(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:CLASHES_WITH]->(t:Actor) USING INDEX r:CLASHES_WITH(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:COERCES]->(t:Actor) USING INDEX r:COERCES(weight, sources)
  WHERE r.weight >= floor AND r.sources IS NOT NULL RETURN s, r, t
}
RETURN s.name AS source, type(r) AS type, t.name AS target, r.weight AS claims,
       r.documents AS documents, r.sources AS sources, r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY claims DESC, sources DESC, source, type, target
LIMIT $limit;

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
MATCH (s:Actor)-[r:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t:Actor)
RETURN s.name AS source, type(r) AS type, t.name AS target, r.weight AS claims,
       r.documents AS documents, r.sources AS sources, r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY claims DESC, sources DESC, source, type, target
LIMIT $limit;

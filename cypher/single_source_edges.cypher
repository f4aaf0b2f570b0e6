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
MATCH (s:Actor)-[r:SUPPORTS|COOPERATES_WITH|CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES|ORDERS|MEMBER_OF|LEADS|HOLDS_ROLE|PART_OF|APPOINTED_BY]->(t)
WHERE r.sources = 1
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

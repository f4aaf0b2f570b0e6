// Title: Shortest path between two actors, with the evidence on each hop
// Question: How is $source connected to $target through actors (interactions, ORDERS and
//   affiliations, in either direction, at most 6 hops), and which sentences show each hop?
// Parameters:
//   $source: "Tom Homan" -- one actor: a name, alias or id (any case)
//   $target: "Gavin Newsom" -- the other actor
// Columns:
//   hop -- 1 for the first hop from the source
//   from_actor -- the actor the hop leaves
//   direction -- '->' if the edge points along the path, '<-' if against it
//   type -- the relation type
//   to_actor -- the actor the hop reaches
//   claims -- claims behind the edge
//   sources -- distinct outlets behind the edge
//   evidence -- up to 3 sentences behind the edge (asserted or reported)
// The actors are looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($source, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS s
WITH s WHERE toLower($source) IN [toLower(s.name), toLower(s.id)] + [x IN coalesce(s.aliases, []) | toLower(x)]
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($target, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS t
WITH s, t WHERE toLower($target) IN [toLower(t.name), toLower(t.id)] + [x IN coalesce(t.aliases, []) | toLower(x)]
MATCH p = shortestPath((s)-[:SUPPORTS|COOPERATES_WITH|CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES|ORDERS|MEMBER_OF|LEADS|HOLDS_ROLE|PART_OF|APPOINTED_BY*..6]-(t))
WHERE s <> t AND all(n IN nodes(p) WHERE n:Actor)
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS here, nodes(p)[i + 1] AS next, relationships(p)[i] AS r
CALL (r) {
  MATCH (c:Claim {edge: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
  WHERE c.mode IN ['asserted', 'reported']
  WITH c ORDER BY c.published, c.id
  RETURN collect(DISTINCT c.sentence)[..3] AS evidence
}
RETURN i + 1 AS hop, here.name AS from_actor,
       CASE WHEN startNode(r) = here THEN '->' ELSE '<-' END AS direction, type(r) AS type,
       next.name AS to_actor, r.weight AS claims, r.sources AS sources, evidence
ORDER BY hop;

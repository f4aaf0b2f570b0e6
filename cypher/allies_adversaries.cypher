// Title: Allies and adversaries of an actor
// Question: With whom does $actor interact, in either direction, and is the balance of
//   those interactions friendly (ally) or hostile (adversary)? SUPPORTS and
//   COOPERATES_WITH count +1 per claim; CRITICIZES, OPPOSES, THREATENS, SUES, CLASHES_WITH
//   and COERCES count -1; ORDERS (neutral) is left out.
// Parameters:
//   $actor: "Gavin Newsom" -- the actor: a name, alias or id (any case)
//   $limit: 100 -- at most this many other actors, those with the largest |score| first
// Columns:
//   actor -- the actor asked about
//   other -- the other actor
//   side -- ally (score > 0), adversary (score < 0) or mixed (0)
//   score -- friendly claims minus hostile claims, both directions
//   friendly -- claims with a positive sign
//   hostile -- claims with a negative sign
//   relations -- the typed edges, '->TYPE' from the actor, '<-TYPE' towards it
// The actor is looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS a
WITH a WHERE toLower($actor) IN [toLower(a.name), toLower(a.id)] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (a)-[r:SUPPORTS|COOPERATES_WITH|CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]-(other:Actor)
WHERE other <> a
WITH a, other, r,
     CASE WHEN type(r) IN ['SUPPORTS', 'COOPERATES_WITH'] THEN 1 ELSE -1 END AS sign,
     CASE WHEN startNode(r) = a THEN '->' ELSE '<-' END + type(r) AS relation
ORDER BY relation
WITH a, other, sum(sign * r.weight) AS score,
     sum(CASE WHEN sign > 0 THEN r.weight ELSE 0 END) AS friendly,
     sum(CASE WHEN sign < 0 THEN r.weight ELSE 0 END) AS hostile,
     collect(DISTINCT relation) AS relations
ORDER BY abs(score) DESC, friendly + hostile DESC, other.name
LIMIT $limit
RETURN a.name AS actor, other.name AS other,
       CASE WHEN score > 0 THEN 'ally' WHEN score < 0 THEN 'adversary' ELSE 'mixed' END AS side,
       score, friendly, hostile, relations
ORDER BY sign(score) DESC, abs(score) DESC, other;

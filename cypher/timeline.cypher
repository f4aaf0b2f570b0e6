// Title: Timeline of an actor's claims
// Question: In date order, what did $actor do or say, and what was said or done about it?
// Parameters:
//   $actor: "Donald Trump" -- the actor: a name, alias or id (any case)
//   $limit: 100 -- at most this many claims (earliest first)
// Columns:
//   published -- publication date of the document ("" if unknown, listed first)
//   role -- 'by' if the actor makes the claim, 'about' if it is the target
//   source -- who makes the claim
//   type -- the relation type
//   target -- at whom or what
//   mode -- asserted, reported, hypothetical or negated
//   sentence -- the sentence
//   document -- the document's title
//   outlet -- the outlet
// The actor is looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS a
WITH a WHERE toLower($actor) IN [toLower(a.name), toLower(a.id)] + [x IN coalesce(a.aliases, []) | toLower(x)]
CALL (a) {
  MATCH (a)<-[:BY]-(c:Claim)-[:TARGET]->(other)
  RETURN c, 'by' AS role, a AS x, other AS y
  UNION
  MATCH (a)<-[:TARGET]-(c:Claim)-[:BY]->(other)
  RETURN c, 'about' AS role, other AS x, a AS y
}
WITH c, role, x, y
ORDER BY c.published, c.document, role, x.name, c.type, y.name, c.id
LIMIT $limit
MATCH (c)-[:FROM]->(d:Document)
RETURN d.published AS published, role, x.name AS source, c.type AS type, y.name AS target,
       c.mode AS mode, c.sentence AS sentence, d.title AS document, d.source AS outlet
ORDER BY published, document, role, source, type, target;

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
// First the last day that the earliest $limit claims reach (counting claims per day, which
// reads only their date), then only the claims up to that day are read and sorted in full.
CALL (a) {
  CALL (a) {
    MATCH (a)<-[:BY]-(c:Claim)
    RETURN c
    UNION ALL
    MATCH (a)<-[:TARGET]-(c:Claim)
    RETURN c
  }
  WITH c.published AS day, count(*) AS claims
  ORDER BY day
  WITH collect([day, claims]) AS days
  RETURN reduce(acc = [null, 0], d IN days |
                CASE WHEN acc[1] >= $limit THEN acc ELSE [d[0], acc[1] + d[1]] END)[0] AS last_day
}
CALL (a, last_day) {
  MATCH (a)<-[:BY]-(c:Claim)-[:TARGET]->(other)
  WHERE c.published <= last_day
  RETURN c, 'by' AS role, a AS x, other AS y
  UNION
  MATCH (a)<-[:TARGET]-(c:Claim)-[:BY]->(other)
  WHERE c.published <= last_day
  RETURN c, 'about' AS role, other AS x, a AS y
}
WITH c, role, x, y
ORDER BY c.published, c.document, role, x.name, c.type, y.name, c.id
LIMIT $limit
MATCH (c)-[:FROM]->(d:Document)
RETURN d.published AS published, role, x.name AS source, c.type AS type, y.name AS target,
       c.mode AS mode, c.sentence AS sentence, d.title AS document, d.source AS outlet
ORDER BY published, document, role, source, type, target;

// Title: Documents mentioning an actor
// Question: Which documents mention $actor, how often, and how many claims in each involve
//   it? (latest first)
// Parameters:
//   $actor: "Karen Bass" -- the actor: a name, alias or id (any case)
//   $limit: 50 -- at most this many documents
// Columns:
//   actor -- the actor
//   document -- the document's title
//   outlet -- the outlet
//   published -- publication date ("" if unknown, listed last)
//   mentions -- how often the document mentions the actor
//   claims -- claims in the document by or about the actor
//   url -- the document's url
// The actor is looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS a
WITH a WHERE toLower($actor) IN [toLower(a.name), toLower(a.id)] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (d:Document)-[m:MENTIONS]->(a)
WITH a, d, m ORDER BY d.published DESC, d.title, d.id LIMIT $limit
RETURN a.name AS actor, d.title AS document, d.source AS outlet, d.published AS published,
       m.count AS mentions,
       COUNT { MATCH (d)<-[:FROM]-(c:Claim) WHERE (c)-[:BY|TARGET]->(a) } AS claims, d.url AS url
ORDER BY published DESC, document, url;

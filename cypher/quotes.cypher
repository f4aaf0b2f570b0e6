// Title: Quotes by an actor
// Question: What did $actor say in direct quotes, about whom or what, where and when?
// Parameters:
//   $actor: "Gavin Newsom" -- the actor: a name, alias or id (any case)
//   $limit: 50 -- at most this many quotes (earliest first)
// Columns:
//   actor -- the speaker
//   quote -- the quoted words
//   about -- the targets of the claims the quote supports
//   sentence -- the sentence the quote is in
//   document -- the document's title
//   outlet -- the outlet
//   published -- publication date ("" if unknown)
//   url -- the document's url
// The actor is looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS a
WITH a WHERE toLower($actor) IN [toLower(a.name), toLower(a.id)] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (a)<-[:BY]-(c:Claim)-[:FROM]->(d:Document)
WHERE c.quote <> ''
MATCH (c)-[:TARGET]->(t)
WITH a, d, c.quote AS quote, min(c.sentence) AS sentence, t.name AS target
ORDER BY target
WITH a, d, quote, min(sentence) AS sentence, collect(DISTINCT target) AS about
RETURN a.name AS actor, quote, about, sentence, d.title AS document, d.source AS outlet,
       d.published AS published, d.url AS url
ORDER BY published, document, quote
LIMIT $limit;

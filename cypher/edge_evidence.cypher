// Title: The evidence behind an edge
// Question: Which sentences show what $source and $target did or said to each other
//   (both directions), with their mode, confidence, rule, document and date?
// Parameters:
//   $source: "Gavin Newsom" -- one actor: a name, alias or id (any case)
//   $target: "Donald Trump" -- the other actor
//   $type: null -- one relation type, e.g. "CRITICIZES", or null for every type
//   $min_confidence: 0 -- only claims at least this sure (0-1; README's Accuracy says what a cut buys)
// Columns:
//   source -- who made the claim
//   type -- the relation type
//   target -- at whom
//   mode -- asserted, reported, hypothetical or negated (only the first two make edges)
//   verb -- the word used in the text
//   sentence -- the sentence
//   quote -- the quoted words, if any
//   confidence -- how sure the rule that found it is (0-1)
//   rule -- the lexicon entry or pattern that found it (why the edge exists)
//   document -- the document's title
//   outlet -- the outlet
//   published -- publication date
// The actors are looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($source, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS s
WITH s WHERE toLower($source) IN [toLower(s.name), toLower(s.id)] + [x IN coalesce(s.aliases, []) | toLower(x)]
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($target, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS t
WITH s, t WHERE toLower($target) IN [toLower(t.name), toLower(t.id)] + [x IN coalesce(t.aliases, []) | toLower(x)]
CALL (s, t) {
  MATCH (s)<-[:BY]-(c:Claim)-[:TARGET]->(t)
  RETURN c, s AS x, t AS y
  UNION
  MATCH (t)<-[:BY]-(c:Claim)-[:TARGET]->(s)
  RETURN c, t AS x, s AS y
}
WITH c, x, y
WHERE ($type IS NULL OR c.type = $type) AND coalesce(c.confidence, 0) >= $min_confidence
MATCH (c)-[:FROM]->(d:Document)
RETURN x.name AS source, c.type AS type, y.name AS target, c.mode AS mode, c.verb AS verb,
       c.sentence AS sentence, c.quote AS quote, c.confidence AS confidence, c.rule AS rule,
       d.title AS document, d.source AS outlet, d.published AS published
ORDER BY published, document, source, type, sentence;

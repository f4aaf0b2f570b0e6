// Title: Who supports an actor
// Question: Which actors support $actor, how often, in how many documents and outlets, since when?
// Parameters:
//   $actor: "Donald Trump" -- the actor: a name, alias or id (any case)
// Columns:
//   supporter -- the supporter's name
//   actor -- the actor asked about
//   claims -- claims behind the edge (asserted or reported)
//   documents -- documents those claims come from
//   sources -- distinct outlets (a document without outlet counts as its own source)
//   first_seen -- earliest publication date of a claim ("" if undated)
//   last_seen -- latest publication date of a claim
//   example -- one sentence that shows it (the latest)
// The actor is looked up in the fulltext index actor_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS a
WITH a WHERE toLower($actor) IN [toLower(a.name), toLower(a.id)] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (supporter:Actor)-[r:SUPPORTS]->(a)
CALL (supporter, a) {
  MATCH (c:Claim {edge: supporter.id + '|SUPPORTS|' + a.id})
  WHERE c.mode IN ['asserted', 'reported']
  RETURN c.sentence AS example
  ORDER BY c.published DESC, c.id
  LIMIT 1
}
RETURN supporter.name AS supporter, a.name AS actor, r.weight AS claims, r.documents AS documents,
       r.sources AS sources, r.first_seen AS first_seen, r.last_seen AS last_seen, example
ORDER BY claims DESC, sources DESC, supporter;

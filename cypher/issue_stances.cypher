// Title: Who stands where on an issue
// Question: Which actors support or oppose $issue, on how many claims, and with which
//   sentence?
// Parameters:
//   $issue: "National Guard deployment" -- the issue: a name, alias or id (any case)
// Columns:
//   issue -- the issue
//   actor -- the actor
//   stance -- for, against or split
//   supports -- claims that the actor supports it
//   opposes -- claims that the actor opposes it
//   example -- one sentence that shows the stance (the latest)
// The issue is looked up in the fulltext index issue_names (name, aliases, id; any case).
CALL db.index.fulltext.queryNodes('issue_names', '"' + replace(replace($issue, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node AS i
WITH i WHERE toLower($issue) IN [toLower(i.name), toLower(i.id)] + [x IN coalesce(i.aliases, []) | toLower(x)]
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(i)
WITH i, a, sum(CASE type(r) WHEN 'SUPPORTS' THEN r.weight ELSE 0 END) AS supports,
     sum(CASE type(r) WHEN 'OPPOSES' THEN r.weight ELSE 0 END) AS opposes
CALL (i, a) {
  MATCH (c:Claim)
  WHERE c.edge IN [a.id + '|SUPPORTS|' + i.id, a.id + '|OPPOSES|' + i.id] AND c.mode IN ['asserted', 'reported']
  RETURN c.sentence AS example
  ORDER BY c.published DESC, c.id
  LIMIT 1
}
RETURN i.name AS issue, a.name AS actor,
       CASE WHEN supports > opposes THEN 'for' WHEN supports < opposes THEN 'against'
            ELSE 'split' END AS stance,
       supports, opposes, example
ORDER BY stance, supports + opposes DESC, actor;

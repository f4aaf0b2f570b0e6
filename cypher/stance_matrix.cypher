// Title: Stance matrix
// Question: Where does each actor stand on each issue, and on how many claims does that
//   rest? One row per (actor, issue) pair; pivot it (e.g. --format csv) for a grid.
// Parameters:
//   $limit: 300 -- at most this many pairs, those resting on most claims; raise it for the whole matrix
// Columns:
//   issue -- the issue
//   actor -- the actor
//   supports -- claims that the actor supports the issue
//   opposes -- claims that the actor opposes the issue
//   net -- supports minus opposes
//   stance -- for, against or split
// Aggregates the typed stance edges (one SUPPORTS and one OPPOSES edge at most per pair,
// each carrying its claim count), not the claims.
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(i:Issue)
WITH i, a, sum(CASE type(r) WHEN 'SUPPORTS' THEN r.weight ELSE 0 END) AS supports,
     sum(CASE type(r) WHEN 'OPPOSES' THEN r.weight ELSE 0 END) AS opposes
WITH i.name AS issue, a.name AS actor, supports, opposes
ORDER BY supports + opposes DESC, issue, actor
LIMIT $limit
RETURN issue, actor, supports, opposes, supports - opposes AS net,
       CASE WHEN supports > opposes THEN 'for' WHEN supports < opposes THEN 'against'
            ELSE 'split' END AS stance
ORDER BY issue, net DESC, actor;

// Title: Stance matrix
// Question: Where does each actor stand on each issue, and on how many claims does that
//   rest? One row per (actor, issue) pair; pivot it (e.g. --format csv) for a grid.
// Parameters: none
// Columns:
//   issue -- the issue
//   actor -- the actor
//   supports -- claims that the actor supports the issue
//   opposes -- claims that the actor opposes the issue
//   net -- supports minus opposes
//   stance -- for, against or split
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(i:Issue)
WITH i, a, sum(CASE type(r) WHEN 'SUPPORTS' THEN r.weight ELSE 0 END) AS supports,
     sum(CASE type(r) WHEN 'OPPOSES' THEN r.weight ELSE 0 END) AS opposes
RETURN i.name AS issue, a.name AS actor, supports, opposes, supports - opposes AS net,
       CASE WHEN supports > opposes THEN 'for' WHEN supports < opposes THEN 'against'
            ELSE 'split' END AS stance
ORDER BY issue, net DESC, actor;

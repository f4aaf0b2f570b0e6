// Title: Most contested issues
// Question: Which issues split the actors most evenly into supporters and opponents?
//   (ranked by the smaller side, then by how many actors take a side)
// Parameters: none
// Columns:
//   issue -- the issue
//   contested -- the smaller of supporters and opponents
//   supporters -- actors whose claims on the issue are mostly for it
//   opponents -- actors whose claims are mostly against it
//   pro -- the supporters, by name
//   con -- the opponents, by name
//   claims -- stance claims on the issue (asserted or reported)
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(i:Issue)
WITH i, a, sum(CASE type(r) WHEN 'SUPPORTS' THEN r.weight ELSE -r.weight END) AS net,
     sum(r.weight) AS claims
ORDER BY a.name
WITH i, sum(claims) AS claims, collect(CASE WHEN net > 0 THEN a.name END) AS pro,
     collect(CASE WHEN net < 0 THEN a.name END) AS con
WITH i, claims, pro, con, size(pro) AS supporters, size(con) AS opponents
RETURN i.name AS issue,
       CASE WHEN supporters < opponents THEN supporters ELSE opponents END AS contested,
       supporters, opponents, pro, con, claims
ORDER BY contested DESC, supporters + opponents DESC, claims DESC, issue;

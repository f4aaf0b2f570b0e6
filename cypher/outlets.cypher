// Title: Most-cited outlets
// Question: Which outlets supply the documents and claims in the graph, and over which dates?
// Parameters:
//   $limit: 20 -- at most this many outlets
// Columns:
//   outlet -- the outlet ("(unknown)" for documents without one)
//   documents -- its documents
//   claims -- claims extracted from them
//   first_published -- its earliest dated document
//   last_published -- its latest dated document
MATCH (d:Document)
WITH CASE WHEN coalesce(d.source, '') = '' THEN '(unknown)' ELSE d.source END AS outlet,
     d, COUNT { (d)<-[:FROM]-() } AS claims
WITH outlet, count(d) AS documents, sum(claims) AS claims,
     min(CASE WHEN d.published <> '' THEN d.published END) AS first_published,
     max(CASE WHEN d.published <> '' THEN d.published END) AS last_published
RETURN outlet, documents, claims, first_published, last_published
ORDER BY claims DESC, documents DESC, outlet
LIMIT $limit;

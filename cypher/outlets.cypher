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
WITH d.source AS source, d.published AS published, COUNT { (d)<-[:FROM]-() } AS claims
WITH CASE WHEN coalesce(source, '') = '' THEN '(unknown)' ELSE source END AS outlet,
     count(*) AS documents, sum(claims) AS claims,
     min(CASE WHEN published <> '' THEN published END) AS first_published,
     max(CASE WHEN published <> '' THEN published END) AS last_published
RETURN outlet, documents, claims, first_published, last_published
ORDER BY claims DESC, documents DESC, outlet
LIMIT $limit;

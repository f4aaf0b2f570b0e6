// Title: Actors first seen in a date range
// Question: Which actors appear for the first time (their earliest dated document) between
//   $since and $until, inclusive?
// Parameters:
//   $since: "2025-06-01" -- first day, YYYY-MM-DD (a string, as dates are stored)
//   $until: "2025-06-30" -- last day, YYYY-MM-DD
// Columns:
//   actor -- the actor
//   kind -- Person, Organization, Group or Location
//   first_seen -- publication date of the earliest document that mentions it
//   documents -- dated documents that mention it
// Starts from the documents published in the range (index document_published).
MATCH (d:Document)
WHERE d.published >= $since AND d.published <= $until AND d.published <> ''
MATCH (d)-[:MENTIONS]->(a:Actor)
WITH DISTINCT a
WHERE NOT EXISTS {
  MATCH (a)<-[:MENTIONS]-(x:Document)
  WHERE x.published <> '' AND x.published < $since
}
CALL (a) {
  MATCH (a)<-[:MENTIONS]-(x:Document)
  WHERE x.published <> ''
  RETURN min(x.published) AS first_seen, count(x) AS documents
}
RETURN a.name AS actor, a.kind AS kind, first_seen, documents
ORDER BY first_seen, actor;

// Title: Claims by rule in a date range
// Question: Which rules, and the stance model, found the claims of the documents published
//   between $since and $until, how many of them, in how many documents, and how sure?
// Parameters:
//   $since: "2025-06-01" -- first day, YYYY-MM-DD (a string, as dates are stored)
//   $until: "2025-06-30" -- last day, YYYY-MM-DD
//   $prefix: "" -- only the rules whose name starts with this: "model:" for the stance encoder, "fallback:" for the permissive fallbacks, "" for all
//   $limit: 30 -- at most this many rules
// Columns:
//   rule -- the lexicon entry, pattern or model that found the claims
//   claims -- how many claims it found
//   stances -- how many of them are stances on an issue
//   documents -- in how many documents
//   mean_confidence -- their average confidence (0-1)
//   example -- one of their evidence sentences (the first in alphabetical order)
// Starts from the documents published in the range (index document_published).
MATCH (d:Document)
WHERE d.published >= $since AND d.published <= $until AND d.published <> ''
MATCH (c:Claim)-[:FROM]->(d)
WHERE coalesce(c.rule, '') STARTS WITH $prefix
WITH coalesce(c.rule, '') AS rule, count(c) AS claims, count(DISTINCT d) AS documents,
     sum(CASE WHEN EXISTS { (c)-[:TARGET]->(:Issue) } THEN 1 ELSE 0 END) AS stances,
     round(avg(coalesce(c.confidence, 0.0)), 2) AS mean_confidence,
     min(c.sentence) AS example
RETURN rule, claims, stances, documents, mean_confidence, example
ORDER BY claims DESC, rule
LIMIT $limit;

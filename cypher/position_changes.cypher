// Title: Who changed position
// Question: Which actors have both friendly and hostile edges towards the same actor or
//   issue, and did they turn against it (all friendly claims dated before the first
//   hostile one), come round (the reverse), or do both at once (mixed)?
// Parameters:
//   $limit: 50 -- at most this many pairs (turned against / came round first)
// Columns:
//   actor -- the actor whose position changed
//   target -- the actor or issue it is about
//   shift -- turned against, came round, or mixed
//   friendly -- friendly claims (SUPPORTS, COOPERATES_WITH)
//   hostile -- hostile claims (CRITICIZES, OPPOSES, THREATENS, SUES, CLASHES_WITH, COERCES)
//   friendly_from -- first dated friendly claim
//   friendly_until -- last dated friendly claim
//   hostile_from -- first dated hostile claim
//   hostile_until -- last dated hostile claim
MATCH (a:Actor)-[p:SUPPORTS|COOPERATES_WITH]->(t)
WHERE EXISTS { (a)-[:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t) }
WITH a, t, sum(p.weight) AS friendly,
     min(CASE WHEN p.first_seen <> '' THEN p.first_seen END) AS friendly_from,
     max(CASE WHEN p.last_seen <> '' THEN p.last_seen END) AS friendly_until
MATCH (a)-[n:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t)
WITH a, t, friendly, friendly_from, friendly_until, sum(n.weight) AS hostile,
     min(CASE WHEN n.first_seen <> '' THEN n.first_seen END) AS hostile_from,
     max(CASE WHEN n.last_seen <> '' THEN n.last_seen END) AS hostile_until
WITH a, t, friendly, hostile, friendly_from, friendly_until, hostile_from, hostile_until,
     CASE WHEN friendly_until < hostile_from THEN 'turned against'
          WHEN hostile_until < friendly_from THEN 'came round'
          ELSE 'mixed' END AS shift
RETURN a.name AS actor, t.name AS target, shift, friendly, hostile, friendly_from,
       friendly_until, hostile_from, hostile_until
ORDER BY shift = 'mixed', friendly + hostile DESC, actor, target
LIMIT $limit;

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
MATCH (a:Actor)-[r:SUPPORTS|COOPERATES_WITH|CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t)
WITH a, t, r, type(r) IN ['SUPPORTS', 'COOPERATES_WITH'] AS kind
WITH a, t, sum(CASE WHEN kind THEN r.weight ELSE 0 END) AS friendly,
     sum(CASE WHEN kind THEN 0 ELSE r.weight END) AS hostile,
     min(CASE WHEN kind AND r.first_seen <> '' THEN r.first_seen END) AS friendly_from,
     max(CASE WHEN kind AND r.last_seen <> '' THEN r.last_seen END) AS friendly_until,
     min(CASE WHEN NOT kind AND r.first_seen <> '' THEN r.first_seen END) AS hostile_from,
     max(CASE WHEN NOT kind AND r.last_seen <> '' THEN r.last_seen END) AS hostile_until
WHERE friendly > 0 AND hostile > 0
WITH a, t, friendly, hostile, friendly_from, friendly_until, hostile_from, hostile_until,
     CASE WHEN friendly_until < hostile_from THEN 'turned against'
          WHEN hostile_until < friendly_from THEN 'came round'
          ELSE 'mixed' END AS shift
RETURN a.name AS actor, t.name AS target, shift, friendly, hostile, friendly_from,
       friendly_until, hostile_from, hostile_until
ORDER BY shift = 'mixed', friendly + hostile DESC, actor, target
LIMIT $limit;

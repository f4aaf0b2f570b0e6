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
// Pairs with edges of both kinds: a hash join of the friendly edges (the fewer) with the
// hostile ones on (actor, target); then weights and dates only for those pairs' edges.
MATCH (a:Actor)-[f:SUPPORTS|COOPERATES_WITH]->(t), (a)-[h:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t)
USING JOIN ON a, t
WITH a, t, collect(DISTINCT f) AS friendly_edges, collect(DISTINCT h) AS hostile_edges
WITH a, t, [e IN friendly_edges | e {.weight, .first_seen, .last_seen}] AS fe,
     [e IN hostile_edges | e {.weight, .first_seen, .last_seen}] AS he
WITH a, t, reduce(n = 0, e IN fe | n + e.weight) AS friendly,
     reduce(n = 0, e IN he | n + e.weight) AS hostile,
     reduce(d = null, e IN fe | CASE WHEN e.first_seen <> '' AND (d IS NULL OR e.first_seen < d)
                                     THEN e.first_seen ELSE d END) AS friendly_from,
     reduce(d = null, e IN fe | CASE WHEN e.last_seen <> '' AND (d IS NULL OR e.last_seen > d)
                                     THEN e.last_seen ELSE d END) AS friendly_until,
     reduce(d = null, e IN he | CASE WHEN e.first_seen <> '' AND (d IS NULL OR e.first_seen < d)
                                     THEN e.first_seen ELSE d END) AS hostile_from,
     reduce(d = null, e IN he | CASE WHEN e.last_seen <> '' AND (d IS NULL OR e.last_seen > d)
                                     THEN e.last_seen ELSE d END) AS hostile_until
WHERE friendly > 0 AND hostile > 0
WITH a, t, friendly, hostile, friendly_from, friendly_until, hostile_from, hostile_until,
     CASE WHEN friendly_until < hostile_from THEN 'turned against'
          WHEN hostile_until < friendly_from THEN 'came round'
          ELSE 'mixed' END AS shift
RETURN a.name AS actor, t.name AS target, shift, friendly, hostile, friendly_from,
       friendly_until, hostile_from, hostile_until
ORDER BY shift = 'mixed', friendly + hostile DESC, actor, target
LIMIT $limit;

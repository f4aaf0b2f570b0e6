// Title: Who changed position
// Question: Which actors have both friendly and hostile edges towards the same actor or
//   issue, and did they turn against it (all friendly claims dated before the first
//   hostile one), come round (the reverse), or do both at once (mixed)?
// Parameters: none
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
MATCH (a:Actor)-[:SUPPORTS|COOPERATES_WITH]->(t)
WHERE EXISTS { (a)-[:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t) }
WITH DISTINCT a, t
CALL (a, t) {
  MATCH (a)-[r:SUPPORTS|COOPERATES_WITH]->(t)
  RETURN sum(r.weight) AS friendly,
         min(CASE WHEN r.first_seen <> '' THEN r.first_seen END) AS friendly_from,
         max(CASE WHEN r.last_seen <> '' THEN r.last_seen END) AS friendly_until
}
CALL (a, t) {
  MATCH (a)-[r:CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES]->(t)
  RETURN sum(r.weight) AS hostile,
         min(CASE WHEN r.first_seen <> '' THEN r.first_seen END) AS hostile_from,
         max(CASE WHEN r.last_seen <> '' THEN r.last_seen END) AS hostile_until
}
WITH a, t, friendly, hostile, friendly_from, friendly_until, hostile_from, hostile_until,
     CASE WHEN friendly_until < hostile_from THEN 'turned against'
          WHEN hostile_until < friendly_from THEN 'came round'
          ELSE 'mixed' END AS shift
RETURN a.name AS actor, t.name AS target, shift, friendly, hostile, friendly_from,
       friendly_until, hostile_from, hostile_until
ORDER BY shift = 'mixed', actor, target;

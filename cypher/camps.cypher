// Title: Camps: actors grouped by shared stances
// Question: Which actors take exactly the same side on the same issues? Each actor's
//   stances (for / against / split, by the balance of its claims on each issue) form its
//   signature; actors with the same signature are one camp.
// Parameters:
//   $min_size: 1 -- only camps with at least this many actors
//   $limit: 100 -- at most this many camps (the largest first)
// Columns:
//   stances -- the shared stances, e.g. "against Immigration raids"
//   size -- how many actors share them
//   actors -- the actors, by name
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(i:Issue)
WITH a, i, sum(CASE type(r) WHEN 'SUPPORTS' THEN r.weight ELSE -r.weight END) AS net
WITH a, CASE WHEN net > 0 THEN 'for ' WHEN net < 0 THEN 'against ' ELSE 'split on ' END
        + i.name AS stance
ORDER BY stance
WITH a, collect(stance) AS stances
ORDER BY a.name
WITH stances, collect(a.name) AS actors
WHERE size(actors) >= $min_size
RETURN stances, size(actors) AS size, actors
ORDER BY size DESC, size(stances) DESC, stances
LIMIT $limit;

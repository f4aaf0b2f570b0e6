// Title: Negated and hypothetical claims
// Question: Which statements were denied or negated ("did not order", "never threatened")
//   or only hypothetical ("would sue", "may deploy")? They are stored but make no edge.
// Parameters:
//   $modes: ["negated", "hypothetical"] -- the modes to list
//   $limit: 50 -- at most this many claims (latest first)
// Columns:
//   mode -- negated or hypothetical
//   source -- who the claim is by
//   type -- the relation type it would have
//   target -- at whom or what
//   verb -- the word used
//   sentence -- the sentence
//   document -- the document's title
//   outlet -- the outlet
//   published -- publication date
MATCH (c:Claim)
WHERE c.mode IN $modes
WITH c ORDER BY c.published DESC, c.document, c.id LIMIT $limit
MATCH (x)<-[:BY]-(c)-[:TARGET]->(y), (c)-[:FROM]->(d:Document)
RETURN c.mode AS mode, x.name AS source, c.type AS type, y.name AS target, c.verb AS verb,
       c.sentence AS sentence, d.title AS document, d.source AS outlet, d.published AS published
ORDER BY published DESC, document, mode, source, type, target;

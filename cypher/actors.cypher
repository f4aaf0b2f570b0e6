// Title: Actors overview
// Question: Which actors does the graph hold, in how many documents are they mentioned,
//   how often, how many claims do they make, and how connected are they?
// Parameters:
//   $limit: 25 -- how many actors to list (those in most documents first)
// Columns:
//   actor -- the actor's name
//   kind -- Person, Organization, Group or Location
//   documents -- documents that mention the actor
//   mentions -- mentions summed over those documents
//   claims -- claims the actor makes (any mode)
//   degree -- typed edges to or from the actor (interactions, affiliations, stances)
MATCH (a:Actor)
WITH a, COUNT { (a)<-[:MENTIONS]-() } AS documents
ORDER BY documents DESC, a.name
LIMIT $limit
CALL (a) {
  MATCH (a)<-[m:MENTIONS]-()
  RETURN sum(m.count) AS mentions
}
RETURN a.name AS actor, a.kind AS kind, documents, mentions,
       COUNT { (a)<-[:BY]-() } AS claims,
       COUNT { (a)-[:SUPPORTS|COOPERATES_WITH|CRITICIZES|OPPOSES|THREATENS|SUES|CLASHES_WITH|COERCES|ORDERS|MEMBER_OF|LEADS|HOLDS_ROLE|PART_OF|APPOINTED_BY]-() } AS degree
ORDER BY documents DESC, mentions DESC, actor;

// graphkit schema: uniqueness constraints on every id and indexes for names.
// Applied idempotently by `graphkit db init` and before the first load; also runnable
// as is in cypher-shell (`cypher-shell -f cypher/schema.cypher`) or Neo4j Browser.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX group_name IF NOT EXISTS FOR (n:Group) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX issue_name IF NOT EXISTS FOR (n:Issue) ON (n.name);
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
// Every claim carries the key of the typed edge it supports (source|type|target), so the
// edge can be recomputed from an index seek when a document is replaced.
CREATE INDEX claim_edge IF NOT EXISTS FOR (n:Claim) ON (n.edge);
CREATE INDEX claim_type IF NOT EXISTS FOR (n:Claim) ON (n.type);
// The query library (cypher/*.cypher) finds an actor by name, alias or id, in any case,
// from this index (a list property like `aliases` cannot be looked up in a range index).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases, n.id];
CREATE FULLTEXT INDEX issue_names IF NOT EXISTS FOR (n:Issue) ON EACH [n.name, n.aliases, n.id];
// cypher/denials.cypher lists claims by mode (negated, hypothetical) without a label scan.
CREATE INDEX claim_mode IF NOT EXISTS FOR (n:Claim) ON (n.mode);

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
// No index on Claim.type: no query looks claims up by type (they filter claims reached by
// `edge` or from a document), and every claim written paid for it.
DROP INDEX claim_type IF EXISTS;
// The query library (cypher/*.cypher) finds an actor by name, alias or id, in any case,
// from this index (a list property like `aliases` cannot be looked up in a range index).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases, n.id];
CREATE FULLTEXT INDEX issue_names IF NOT EXISTS FOR (n:Issue) ON EACH [n.name, n.aliases, n.id];
// cypher/denials.cypher lists claims by mode (negated, hypothetical) without a label scan.
CREATE INDEX claim_mode IF NOT EXISTS FOR (n:Claim) ON (n.mode);
// cypher/conflicts.cypher and single_source_edges.cypher read the heaviest typed edges
// straight from an index, in weight order (a relationship index covers one type).
CREATE INDEX supports_weight_sources IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.weight, r.sources);
CREATE INDEX cooperates_with_weight_sources IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.weight, r.sources);
CREATE INDEX criticizes_weight_sources IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.weight, r.sources);
CREATE INDEX opposes_weight_sources IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.weight, r.sources);
CREATE INDEX threatens_weight_sources IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.weight, r.sources);
CREATE INDEX sues_weight_sources IF NOT EXISTS FOR ()-[r:SUES]-() ON (r.weight, r.sources);
CREATE INDEX clashes_with_weight_sources IF NOT EXISTS FOR ()-[r:CLASHES_WITH]-() ON (r.weight, r.sources);
CREATE INDEX coerces_weight_sources IF NOT EXISTS FOR ()-[r:COERCES]-() ON (r.weight, r.sources);
CREATE INDEX orders_weight_sources IF NOT EXISTS FOR ()-[r:ORDERS]-() ON (r.weight, r.sources);
CREATE INDEX member_of_weight_sources IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.weight, r.sources);
CREATE INDEX leads_weight_sources IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.weight, r.sources);
CREATE INDEX holds_role_weight_sources IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.weight, r.sources);
CREATE INDEX part_of_weight_sources IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.weight, r.sources);
CREATE INDEX appointed_by_weight_sources IF NOT EXISTS FOR ()-[r:APPOINTED_BY]-() ON (r.weight, r.sources);
// Every typed edge carries its key (source|type|target), unique per type: concurrent loads
// create a missing edge (shared locks) instead of MERGEing it (exclusive locks on both
// ends), and the constraint makes the later of two creators retry.
CREATE CONSTRAINT supports_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT cooperates_with_key IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT criticizes_key IF NOT EXISTS FOR ()-[r:CRITICIZES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT opposes_key IF NOT EXISTS FOR ()-[r:OPPOSES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT threatens_key IF NOT EXISTS FOR ()-[r:THREATENS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT sues_key IF NOT EXISTS FOR ()-[r:SUES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT clashes_with_key IF NOT EXISTS FOR ()-[r:CLASHES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT coerces_key IF NOT EXISTS FOR ()-[r:COERCES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT orders_key IF NOT EXISTS FOR ()-[r:ORDERS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT leads_key IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_role_key IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT appointed_by_key IF NOT EXISTS FOR ()-[r:APPOINTED_BY]-() REQUIRE r.key IS UNIQUE;

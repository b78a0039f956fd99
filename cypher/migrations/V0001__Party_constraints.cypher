// Keys of the graph model. Every key includes the tenant (DESIGN.md, principle 5).
CREATE CONSTRAINT party_id IF NOT EXISTS
FOR (p:Party) REQUIRE (p.tenant, p.id) IS UNIQUE;

CREATE CONSTRAINT source_record_key IF NOT EXISTS
FOR (s:SourceRecord) REQUIRE (s.tenant, s.source, s.table, s.key) IS UNIQUE;

CREATE CONSTRAINT role_code IF NOT EXISTS
FOR (r:Role) REQUIRE (r.tenant, r.code) IS UNIQUE;

// Contact points are shared nodes: two parties with one email meet at one (:Email).
CREATE CONSTRAINT email_value IF NOT EXISTS
FOR (e:Email) REQUIRE (e.tenant, e.value) IS UNIQUE;

CREATE CONSTRAINT phone_value IF NOT EXISTS
FOR (p:Phone) REQUIRE (p.tenant, p.value) IS UNIQUE;

CREATE CONSTRAINT domain_value IF NOT EXISTS
FOR (d:Domain) REQUIRE (d.tenant, d.value) IS UNIQUE;

CREATE CONSTRAINT activity_id IF NOT EXISTS
FOR (a:Activity) REQUIRE (a.tenant, a.id) IS UNIQUE;

CREATE CONSTRAINT sync_error_id IF NOT EXISTS
FOR (e:SyncError) REQUIRE (e.tenant, e.id) IS UNIQUE;

CREATE CONSTRAINT match_suggestion_id IF NOT EXISTS
FOR (m:MatchSuggestion) REQUIRE (m.tenant, m.id) IS UNIQUE;

CREATE CONSTRAINT merge_id IF NOT EXISTS
FOR (m:Merge) REQUIRE (m.tenant, m.id) IS UNIQUE;

CREATE CONSTRAINT watermark_source IF NOT EXISTS
FOR (w:Watermark) REQUIRE (w.tenant, w.source) IS UNIQUE;

CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE (m.tenant, m.version) IS UNIQUE;

// Lookups the API and resolution run: by normalized name, by status, and full-text on names.
CREATE INDEX party_normalized_name IF NOT EXISTS
FOR (p:Party) ON (p.tenant, p.normalizedName);

CREATE INDEX party_status IF NOT EXISTS
FOR (p:Party) ON (p.tenant, p.status);

CREATE INDEX party_merged_into IF NOT EXISTS
FOR (p:Party) ON (p.tenant, p.mergedInto);

CREATE FULLTEXT INDEX party_names IF NOT EXISTS
FOR (p:Party) ON EACH [p.displayName, p.legalName, p.dbaName, p.givenName, p.familyName];

CREATE INDEX source_record_table IF NOT EXISTS
FOR (s:SourceRecord) ON (s.tenant, s.source, s.table);

CREATE INDEX sync_error_status IF NOT EXISTS
FOR (e:SyncError) ON (e.tenant, e.status);

CREATE INDEX activity_at IF NOT EXISTS
FOR (a:Activity) ON (a.tenant, a.at);

CREATE INDEX match_suggestion_status IF NOT EXISTS
FOR (m:MatchSuggestion) ON (m.tenant, m.status);

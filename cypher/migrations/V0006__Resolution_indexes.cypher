// Lookups resolution runs: parties merged into a party (re-pointed when that party is merged in turn),
// and a tenant's match suggestions by status.
CREATE INDEX party_merged_into IF NOT EXISTS
FOR (p:Party) ON (p.tenant, p.mergedInto);

CREATE INDEX match_suggestion_status IF NOT EXISTS
FOR (m:MatchSuggestion) ON (m.tenant, m.status);

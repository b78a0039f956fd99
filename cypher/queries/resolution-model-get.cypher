// The tenant's own match model: the settings document and when, by whom and from what it was estimated.
MATCH (m:MatchModel {tenant: $tenant})
RETURN m.yaml AS yaml, m.estimatedAt AS estimatedAt, m.by AS by, m.summaries AS summaries

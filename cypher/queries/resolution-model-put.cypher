// Stores the tenant's own match model ($yaml, a settings document; $summaries, JSON of what it learnt from).
MERGE (m:MatchModel {tenant: $tenant})
SET m.yaml = $yaml, m.summaries = $summaries, m.estimatedAt = datetime(), m.by = $by
RETURN m.yaml AS yaml, m.estimatedAt AS estimatedAt, m.by AS by, m.summaries AS summaries

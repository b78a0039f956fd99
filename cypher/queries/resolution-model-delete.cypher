// Drops the tenant's own match model: the shipped one is used again.
MATCH (m:MatchModel {tenant: $tenant})
DELETE m
RETURN count(*) AS deleted

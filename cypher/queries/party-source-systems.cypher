// The source systems a tenant's records come from (the tenant's part of the (tenant, source, table) index).
MATCH (s:SourceRecord)
WHERE s.tenant = $tenant AND s.source IS NOT NULL
RETURN DISTINCT s.source AS source
ORDER BY source

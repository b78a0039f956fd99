// The roles a tenant may use: the catalog template plus roles the tenant has of its own.
MATCH (r:Role)
WHERE r.tenant IN [$catalog, $tenant]
RETURN r.code AS code, r.label AS label, r.category AS category, r.tenant = $tenant AS own
ORDER BY code, own

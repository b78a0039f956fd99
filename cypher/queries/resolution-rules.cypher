// The tenant's steward decisions in force (not withdrawn) that automatic resolution must respect, oldest
// first: type, the parties and the records they name, in the order each decision keeps them.
MATCH (d:Decision {tenant: $tenant})
WHERE d.withdrawnAt IS NULL AND d.type IN ['reject', 'never-link', 'unmerge', 'link', 'unlink']
RETURN d.type AS type, d.parties AS parties, coalesce(d.records, []) AS records
ORDER BY d.at, d.id

MATCH (l:SchemaMigrationLock {tenant: $tenant, name: 'schema', owner: $owner})
DELETE l

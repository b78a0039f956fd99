MATCH (m:SchemaMigration {tenant: $tenant})
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version

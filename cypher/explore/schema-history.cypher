// The schema migrations applied to this database.
MATCH (m:SchemaMigration {tenant: '_system'})
RETURN m.version AS version, m.description AS description, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY version

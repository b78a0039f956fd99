MERGE (m:SchemaMigration {tenant: $tenant, version: $version})
SET m.description = $description, m.checksum = $checksum, m.durationMs = $durationMs, m.appliedAt = datetime()

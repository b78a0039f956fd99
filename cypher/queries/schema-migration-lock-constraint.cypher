CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS
FOR (l:SchemaMigrationLock) REQUIRE (l.tenant, l.name) IS UNIQUE

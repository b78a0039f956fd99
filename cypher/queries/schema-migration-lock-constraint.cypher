// The constraint that makes the migration lock one per name; schema, so not scoped by tenant.
CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS
FOR (l:SchemaMigrationLock) REQUIRE (l.tenant, l.name) IS UNIQUE

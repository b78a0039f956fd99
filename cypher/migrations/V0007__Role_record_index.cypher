// Retracting what one record asserted finds the roles it gave by the record, not by walking every role of
// its parties (an organization may hold a role from 100,000 rows).
CREATE INDEX has_role_record IF NOT EXISTS
FOR ()-[h:HAS_ROLE]-() ON (h.record);

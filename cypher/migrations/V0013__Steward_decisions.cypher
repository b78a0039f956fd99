// Steward decisions (accept, reject, merge, unmerge, link, unlink, never-link): who, when, why, what they
// touched and the evidence at the time; read newest first, and by resolution when a tenant's index is built.
CREATE CONSTRAINT decision_id IF NOT EXISTS
FOR (d:Decision) REQUIRE (d.tenant, d.id) IS UNIQUE;

CREATE INDEX decision_at IF NOT EXISTS
FOR (d:Decision) ON (d.tenant, d.at);

// How many admin keys are live in any tenant: none at first start, when one is made and shown once.
// Counts only; not scoped by tenant: it asks about the installation.
MATCH (k:ApiKey {role: 'admin'})
WHERE k.revokedAt IS NULL
RETURN count(k) AS admins

// How many operator keys are live: none at first start, when one is made and shown once.
// Counts only; not scoped by tenant: it asks about the installation.
MATCH (k:ApiKey {role: 'operator'})
WHERE k.revokedAt IS NULL
RETURN count(k) AS operators

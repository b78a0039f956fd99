// The installation's own keys (the configured one, the one the first start printed) become operator keys: an
// admin is the admin of one tenant from now on, and only an operator works on every tenant.
MATCH (k:ApiKey)
WHERE k.role = 'admin' AND k.createdBy IN ['configuration', 'first start']
SET k.role = 'operator';

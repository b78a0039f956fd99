MATCH (a:Activity {tenant: $tenant, id: $uid})
DETACH DELETE a

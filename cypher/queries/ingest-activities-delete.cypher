// The activities of deleted rows ($uids).
UNWIND $uids AS uid
MATCH (a:Activity {tenant: $tenant, id: uid})
DETACH DELETE a

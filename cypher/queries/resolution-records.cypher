// A tenant's live party records with their active party, to build its resolution index: the party's
// creation time orders parties (the oldest survives a merge).
MATCH (s:SourceRecord {tenant: $tenant})-[:IDENTIFIES]->(p:Party {tenant: $tenant})
WHERE NOT coalesce(s.deleted, false) AND s.partyKind IS NOT NULL AND p.status = 'active'
RETURN s.uid AS uid, s.partyKind AS kind, s.displayName AS displayName, s.nameless AS nameless, s.givenName AS givenName,
       s.middleName AS middleName, s.familyName AS familyName, s.legalName AS legalName,
       s.otherNames AS otherNames, s.emails AS emails, s.phones AS phones, s.domains AS domains,
       s.addresses AS addresses, s.birthDate AS birthDate, s.identifiers AS identifiers, p.id AS partyId,
       p.createdAt.epochSeconds * 1000000000 + p.createdAt.nanosecond AS partyOrder

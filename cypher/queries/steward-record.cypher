// A source record a steward names ($source, $table, $key), with what resolution reads of it and the party
// it identifies.
MATCH (s:SourceRecord {tenant: $tenant, source: $source, table: $table, key: $key})
USING INDEX s:SourceRecord(tenant, source, table, key)
OPTIONAL MATCH (s)-[:IDENTIFIES]->(p:Party)
RETURN s.uid AS uid, s.partyKind AS kind, coalesce(s.deleted, false) AS deleted, s.derivedFrom AS derivedFrom,
       s.displayName AS displayName, s.nameless AS nameless, s.givenName AS givenName, s.middleName AS middleName,
       s.familyName AS familyName, s.legalName AS legalName, s.otherNames AS otherNames, s.emails AS emails,
       s.phones AS phones, s.domains AS domains, s.addresses AS addresses, s.birthDate AS birthDate,
       s.identifiers AS identifiers, p.id AS partyId

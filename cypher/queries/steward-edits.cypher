// The steward's corrections of the party $partyId in force (edit decisions not withdrawn), oldest first: each one's
// evidence (JSON: the values before and after).
MATCH (d:Decision {tenant: $tenant, type: 'edit'})
WHERE d.withdrawnAt IS NULL AND d.parties[0] = $partyId
RETURN d.evidence AS evidence
ORDER BY d.at, d.id

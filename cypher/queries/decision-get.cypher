// One steward decision of the tenant.
MATCH (d:Decision {tenant: $tenant, id: $id})
RETURN d {.id, .type, .by, .reason, .parties, .records, .suggestion, .evidence, .withdrawnBy, .withdrawReason,
          at: toString(d.at), withdrawnAt: toString(d.withdrawnAt)} AS decision

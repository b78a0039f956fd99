package com.partygraph.ingest.mapping;

/**
 * One table: its kind and the spec for that kind (the others are null).
 *
 * @param tenant overrides the source's tenant rule for this table, or null
 */
public record TableMapping(
        TableKind kind,
        TenantRule tenant,
        PartySpec party,
        RelationshipSpec relationship,
        RoleSpec role,
        ActivitySpec activity) {}

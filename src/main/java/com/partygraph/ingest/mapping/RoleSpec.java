package com.partygraph.ingest.mapping;

/**
 * A row that gives the party of another row a role.
 *
 * @param party the row whose party takes the role
 * @param role the role code(s)
 * @param context a row the role is scoped to (e.g. a project), or null
 * @param since column of the first day, or null
 * @param until column of the last day, or null
 */
public record RoleSpec(Ref party, RoleChoice role, Ref context, String since, String until) {}

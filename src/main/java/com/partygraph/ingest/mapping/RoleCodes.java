package com.partygraph.ingest.mapping;

import java.util.List;
import java.util.Set;

/** The role codes of the catalog: a row naming any other role cannot be mapped. */
final class RoleCodes {

    private final Set<String> codes;

    RoleCodes(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** The roles the choice gives for the row, each checked against the catalog. */
    List<String> resolve(RoleChoice choice, RowValues values) throws UnmappableRowException {
        if (choice == null) {
            return List.of();
        }
        List<String> resolved = choice.resolve(values.row());
        for (String code : resolved) {
            if (!this.codes.contains(code)) {
                throw new UnmappableRowException(
                        (choice.column() != null ? choice.column() : "roles") + ": unknown role '" + code + "'");
            }
        }
        return resolved;
    }
}

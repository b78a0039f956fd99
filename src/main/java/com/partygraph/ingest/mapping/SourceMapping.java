package com.partygraph.ingest.mapping;

import java.util.Map;

/**
 * One source's mapping file.
 *
 * @param source the source's name, as configured under {@code partygraph.ingest.sources}
 * @param tenant where a row's tenant comes from, unless its table says otherwise
 * @param tables every captured table, by name
 */
public record SourceMapping(String source, TenantRule tenant, Map<String, TableMapping> tables) {

    /** The tenant rule that applies to {@code table}. */
    public TenantRule tenantRule(String table) {
        TableMapping mapping = this.tables.get(table);
        return mapping != null && mapping.tenant() != null ? mapping.tenant() : this.tenant;
    }
}

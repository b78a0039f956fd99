package com.partygraph.ingest.mapping;

/**
 * Where a row's tenant comes from: a fixed tenant, or a column's value put into {@code format}.
 *
 * @param fixed the tenant of every row, or null
 * @param column the column holding the tenant (or a value that names it), or null
 * @param format {@link String#format} pattern applied to the column value; {@code %s} when null
 */
public record TenantRule(String fixed, String column, String format) {}

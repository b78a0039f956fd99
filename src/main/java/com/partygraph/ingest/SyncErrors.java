package com.partygraph.ingest;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.problem.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The central sync error log, per tenant: listed, filtered and resolved. Rows that name no tenant
 * belong to none: they are kept under the system tenant and listed per source for operators.
 * Thread-safe.
 */
@Service
public class SyncErrors {

    private final Neo4jClient client;

    private final CypherQueries queries;

    SyncErrors(Neo4jClient client, CypherQueries queries) {
        this.client = client;
        this.queries = queries;
    }

    /**
     * A page of the tenant's errors, newest first.
     * @param status open, superseded or resolved; null for all
     */
    public List<Map<String, Object>> list(
            Tenant tenant, String status, String source, String table, int page, int size) {
        Map<String, Object> parameters = page(tenant, source, table, page, size);
        parameters.put("status", status);
        return this.client.query(this.queries.get("sync-error-list")).bindAll(parameters).fetch().all().stream()
                .map(row -> readable(row.get("error")))
                .toList();
    }

    /**
     * A page of the tenant's records applied with field-level warnings (values kept raw and left out of matching),
     * newest first.
     */
    public List<Map<String, Object>> warnings(Tenant tenant, String source, String table, int page, int size) {
        return this.client
                .query(this.queries.get("sync-warning-list"))
                .bindAll(page(tenant, source, table, page, size))
                .fetch()
                .all()
                .stream()
                .map(row -> readable(row.get("warning")))
                .toList();
    }

    private static Map<String, Object> page(Tenant tenant, String source, String table, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("source", source);
        parameters.put("table", table);
        parameters.put("skip", page * size);
        parameters.put("limit", size);
        return parameters;
    }

    /** A page of the source's errors for rows that name no tenant, newest first. */
    public List<Map<String, Object>> listWithoutTenant(String source, String status, int page, int size) {
        return list(Tenant.SYSTEM_TENANT, status, source, null, page, size);
    }

    /** Marks an error of a row that names no tenant resolved by a person, with a note. */
    public Map<String, Object> resolveWithoutTenant(String source, UUID id, String note, String by) {
        return resolve(Tenant.SYSTEM_TENANT, source, id, note, by)
                .orElseThrow(() -> new NotFoundException(
                        "No sync error " + id + " of source " + source + " for a row without tenant"));
    }

    /** Marks an error resolved by a person, with a note. */
    public Map<String, Object> resolve(Tenant tenant, UUID id, String note, String by) {
        return resolve(tenant, null, id, note, by)
                .orElseThrow(() -> new NotFoundException("No sync error " + id + " in this tenant"));
    }

    private Optional<Map<String, Object>> resolve(Tenant tenant, String source, UUID id, String note, String by) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("source", source);
        parameters.put("id", id.toString());
        parameters.put("note", note);
        parameters.put("by", by);
        return this.client
                .query(this.queries.get("sync-error-resolve"))
                .bindAll(parameters)
                .fetch()
                .one()
                .map(row -> readable(row.get("error")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readable(Object error) {
        Map<String, Object> copy = new HashMap<>((Map<String, Object>) error);
        copy.replaceAll(
                (key, value) -> value instanceof java.time.temporal.TemporalAccessor ? value.toString() : value);
        return copy;
    }
}

package com.partygraph.ingest;

import com.partygraph.graph.SyncError;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.graph.neo4j.Rows;
import com.partygraph.problem.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The central sync error log, per tenant: listed, filtered and resolved. Rows that name no tenant
 * belong to none: they are kept under the system tenant and listed per source for operators.
 * Thread-safe.
 */
@Service
public class SyncErrors {

    private final Graph graph;

    SyncErrors(Graph graph) {
        this.graph = graph;
    }

    /**
     * A page of the tenant's errors, newest first.
     * @param status open, superseded or resolved; null for all
     */
    public List<SyncError> list(Tenant tenant, String status, String source, String table, int page, int size) {
        Map<String, Object> parameters = page(tenant, source, table, page, size);
        parameters.put("status", status);
        return this.graph.read("sync-error-list", parameters).stream()
                .map(row -> Rows.as(row.get("error").asMap(), SyncError.class))
                .toList();
    }

    /**
     * A page of the tenant's records applied with field-level warnings (values kept raw and left out of matching),
     * newest first.
     */
    public List<SyncWarning> warnings(Tenant tenant, String source, String table, int page, int size) {
        return this.graph.read("sync-warning-list", page(tenant, source, table, page, size)).stream()
                .map(row -> Rows.as(row.get("warning").asMap(), SyncWarning.class))
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
    public List<SyncError> listWithoutTenant(String source, String status, int page, int size) {
        return list(Tenant.SYSTEM_TENANT, status, source, null, page, size);
    }

    /** Marks an error of a row that names no tenant resolved by a person, with a note. */
    public SyncError resolveWithoutTenant(String source, UUID id, String note, String by) {
        return resolve(Tenant.SYSTEM_TENANT, source, id, note, by)
                .orElseThrow(() -> new NotFoundException(
                        "No sync error " + id + " of source " + source + " for a row without tenant"));
    }

    /** Marks an error resolved by a person, with a note. */
    public SyncError resolve(Tenant tenant, UUID id, String note, String by) {
        return resolve(tenant, null, id, note, by)
                .orElseThrow(() -> new NotFoundException("No sync error " + id + " in this tenant"));
    }

    private Optional<SyncError> resolve(Tenant tenant, String source, UUID id, String note, String by) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("source", source);
        parameters.put("id", id.toString());
        parameters.put("note", note);
        parameters.put("by", by);
        return this.graph.write("sync-error-resolve", parameters).stream()
                .map(row -> Rows.as(row.get("error").asMap(), SyncError.class))
                .findFirst();
    }
}

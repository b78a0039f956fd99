package com.partygraph.query;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reports across a tenant's parties: the top parties by revenue across every channel (what no single
 * source system can tell), cross-sell lists (a role without another), and the sync-error dashboard's
 * figures. Thread-safe.
 */
@Service
public class Reports {

    private final Neo4jClient client;

    private final CypherQueries queries;

    private final QuerySettings settings;

    Reports(Neo4jClient client, CypherQueries queries, QuerySettings settings) {
        this.client = client;
        this.queries = queries;
        this.settings = settings;
    }

    /** A page of the parties with the most revenue, each with its revenue per channel. */
    public List<Map<String, Object>> topParties(Tenant tenant, int page, int size) {
        return rows(
                "report-top-parties",
                Map.of(
                        "tenant",
                        tenant.id(),
                        "revenueTypes",
                        this.settings.revenueTypes(),
                        "defaultCurrency",
                        this.settings.defaultCurrency(),
                        "skip",
                        page * size,
                        "limit",
                        size));
    }

    /** A page of the active parties with role {@code has} and without role {@code lacks}. */
    public List<Map<String, Object>> crossSell(Tenant tenant, String has, String lacks, int page, int size) {
        return rows(
                        "report-cross-sell",
                        Map.of("tenant", tenant.id(), "has", has, "lacks", lacks, "skip", page * size, "limit", size))
                .stream()
                .map(row -> (Map<String, Object>) row.get("party"))
                .toList();
    }

    /** The sync-error figures of the tenant. */
    public Map<String, Object> syncErrors(Tenant tenant) {
        return rows("report-sync-errors", Map.of("tenant", tenant.id())).get(0);
    }

    private List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
        return this.client.query(this.queries.get(query)).bindAll(parameters).fetch().all().stream()
                .map(Readable::map)
                .toList();
    }
}

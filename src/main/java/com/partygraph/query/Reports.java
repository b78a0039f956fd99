package com.partygraph.query;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.graph.neo4j.Rows;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reports across a tenant's parties: the top parties by revenue across every channel (what no single
 * source system can tell), cross-sell lists (a role without another), and the sync-error dashboard's
 * figures. Thread-safe.
 */
@Service
public class Reports {

    private final Graph graph;

    private final QuerySettings settings;

    Reports(Graph graph, QuerySettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** A page of the parties with the most revenue, each with its revenue per channel. */
    public List<TopParty> topParties(Tenant tenant, int page, int size) {
        return rows(
                TopParty.class,
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
    public List<CrossSellParty> crossSell(Tenant tenant, String has, String lacks, int page, int size) {
        return this.graph
                .read(
                        "report-cross-sell",
                        Map.of("tenant", tenant.id(), "has", has, "lacks", lacks, "skip", page * size, "limit", size))
                .stream()
                .map(row -> Rows.as(row.get("party").asMap(), CrossSellParty.class))
                .toList();
    }

    /** The sync-error figures of the tenant. */
    public SyncErrorReport syncErrors(Tenant tenant) {
        return rows(SyncErrorReport.class, "report-sync-errors", Map.of("tenant", tenant.id()))
                .get(0);
    }

    private <T> List<T> rows(Class<T> type, String query, Map<String, Object> parameters) {
        return this.graph.read(query, parameters).stream()
                .map(row -> Rows.as(row.asMap(), type))
                .toList();
    }
}

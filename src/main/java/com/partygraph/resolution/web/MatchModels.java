package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.problem.ConflictException;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.estimate.Estimator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's match model: the shipped one, or one estimated from the tenant's own records (m and u of every level
 * of every comparison, as a settings document a person can read), stored in the graph ({@code (:MatchModel)}) and
 * used by every later decision of the tenant, after a restart too. Records already resolved keep their parties
 * until they are resolved again ({@code POST /resolution/reresolve}). Thread-safe.
 */
@Component
class MatchModels {

    private static final int RANDOM_PAIRS = 1_000_000;

    private static final long SEED = 42;

    private final Graph graph;

    private final Resolver resolver;

    private final JsonMapper json = JsonMapper.builder().build();

    MatchModels(Graph graph, Resolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** The model in force: its source (shipped or estimated), when and by whom, and the settings document. */
    MatchModelView get(Tenant tenant) {
        List<Record> rows = this.graph.read("resolution-model-get", Map.of("tenant", tenant.id()));
        return rows.isEmpty() ? shipped() : estimated(rows.get(0));
    }

    /**
     * Estimates a model from the tenant's records; unless {@code dryRun}, stores it and puts it in use.
     * @throws ConflictException when the tenant has too few records of every kind to learn from
     */
    MatchModelView estimate(Tenant tenant, boolean dryRun, String by) {
        Resolver.Estimate estimate = this.resolver.estimate(tenant, SEED, RANDOM_PAIRS);
        if (estimate.summaries().isEmpty()) {
            throw new ConflictException("Too few records to estimate a match model from: at least "
                    + Resolver.MIN_ESTIMATE_RECORDS + " records of a kind (persons or organizations) are needed");
        }
        String yaml = estimate.model().toYaml();
        List<MatchModelView.Learnt> learnt =
                estimate.summaries().stream().map(MatchModels::learnt).toList();
        if (dryRun) {
            return new MatchModelView("estimated", null, null, false, learnt, yaml);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("yaml", yaml);
        parameters.put("summaries", this.json.writeValueAsString(learnt));
        parameters.put("by", by);
        List<Record> stored = this.graph.write("resolution-model-put", parameters);
        this.resolver.useModel(tenant, estimate.model());
        return estimated(stored.get(0)).applied(true);
    }

    /** Drops the tenant's own model: the shipped one is used again. */
    MatchModelView drop(Tenant tenant) {
        this.graph.write("resolution-model-delete", Map.of("tenant", tenant.id()));
        this.resolver.useModel(tenant, null);
        return shipped();
    }

    private MatchModelView shipped() {
        return new MatchModelView(
                "shipped",
                null,
                null,
                null,
                null,
                this.resolver.scorer().parameters().toYaml());
    }

    private MatchModelView estimated(Record row) {
        return new MatchModelView(
                "estimated",
                row.get("estimatedAt").asZonedDateTime().toOffsetDateTime().toString(),
                row.get("by").asString(null),
                null,
                List.of(this.json.readValue(row.get("summaries").asString("[]"), MatchModelView.Learnt[].class)),
                row.get("yaml").asString());
    }

    private static MatchModelView.Learnt learnt(Estimator.Summary summary) {
        return new MatchModelView.Learnt(
                summary.kind().label(),
                summary.candidatePairs(),
                summary.randomPairs(),
                Math.round(summary.matchShare() * 10_000) / 10_000.0);
    }
}

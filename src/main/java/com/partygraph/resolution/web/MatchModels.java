package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.problem.ConflictException;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.estimate.Estimator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
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

    private final Driver driver;

    private final CypherQueries queries;

    private final Resolver resolver;

    private final JsonMapper json = JsonMapper.builder().build();

    MatchModels(Driver driver, CypherQueries queries, Resolver resolver) {
        this.driver = driver;
        this.queries = queries;
        this.resolver = resolver;
    }

    /** The model in force: its source (shipped or estimated), when and by whom, and the settings document. */
    Map<String, Object> get(Tenant tenant) {
        List<Record> rows = run("resolution-model-get", tenant, Map.of());
        return rows.isEmpty() ? shipped() : estimated(rows.get(0));
    }

    /**
     * Estimates a model from the tenant's records; unless {@code dryRun}, stores it and puts it in use.
     * @throws ConflictException when the tenant has too few records of every kind to learn from
     */
    Map<String, Object> estimate(Tenant tenant, boolean dryRun, String by) {
        Resolver.Estimate estimate = this.resolver.estimate(tenant, SEED, RANDOM_PAIRS);
        if (estimate.summaries().isEmpty()) {
            throw new ConflictException("Too few records to estimate a match model from: at least "
                    + Resolver.MIN_ESTIMATE_RECORDS + " records of a kind (persons or organizations) are needed");
        }
        String yaml = estimate.model().toYaml();
        List<Map<String, Object>> learnt =
                estimate.summaries().stream().map(MatchModels::summary).toList();
        if (dryRun) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("source", "estimated");
            view.put("applied", false);
            view.put("learntFrom", learnt);
            view.put("yaml", yaml);
            return view;
        }
        List<Record> stored = run(
                "resolution-model-put",
                tenant,
                Map.of("yaml", yaml, "summaries", this.json.writeValueAsString(learnt), "by", by));
        this.resolver.useModel(tenant, estimate.model());
        Map<String, Object> view = estimated(stored.get(0));
        view.put("applied", true);
        return view;
    }

    /** Drops the tenant's own model: the shipped one is used again. */
    Map<String, Object> drop(Tenant tenant) {
        run("resolution-model-delete", tenant, Map.of());
        this.resolver.useModel(tenant, null);
        return shipped();
    }

    private Map<String, Object> shipped() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("source", "shipped");
        view.put("yaml", this.resolver.scorer().parameters().toYaml());
        return view;
    }

    private Map<String, Object> estimated(Record row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("source", "estimated");
        view.put(
                "estimatedAt",
                row.get("estimatedAt").asZonedDateTime().toOffsetDateTime().toString());
        view.put("by", row.get("by").asString(null));
        view.put("learntFrom", this.json.readValue(row.get("summaries").asString("[]"), List.class));
        view.put("yaml", row.get("yaml").asString());
        return view;
    }

    private static Map<String, Object> summary(Estimator.Summary summary) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", summary.kind().label());
        view.put("candidatePairs", summary.candidatePairs());
        view.put("randomPairs", summary.randomPairs());
        view.put("matchShare", Math.round(summary.matchShare() * 10_000) / 10_000.0);
        return view;
    }

    private List<Record> run(String query, Tenant tenant, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("tenant", tenant.id());
        try (var session = this.driver.session()) {
            return session.executeWrite(
                    tx -> tx.run(this.queries.get(query), all).list());
        }
    }
}

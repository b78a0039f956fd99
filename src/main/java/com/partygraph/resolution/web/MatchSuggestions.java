package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.problem.NotFoundException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's match suggestions for review, filtered and side by side, with their explanations. Thread-safe. */
@Component
public class MatchSuggestions {

    private static final List<String> ATTRIBUTES = List.of(
            "givenName",
            "middleName",
            "familyName",
            "legalName",
            "birthDate",
            "addresses",
            "identifiers",
            "otherNames");

    private final Driver driver;

    private final CypherQueries queries;

    private final JsonMapper json = JsonMapper.builder().build();

    MatchSuggestions(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** What to list: every filter may be null for any. */
    public record Filter(
            String status,
            double minScore,
            double maxScore,
            String kind,
            String source,
            String table,
            String party,
            String sort) {}

    public List<SuggestionView> list(Tenant tenant, Filter filter, int page, int size) {
        return query(tenant, null, filter, page, size);
    }

    /**
     * One suggestion, whatever its status.
     * @throws NotFoundException when the tenant has no such suggestion
     */
    public SuggestionView get(Tenant tenant, UUID id) {
        return query(tenant, id.toString(), new Filter(null, 0, 1, null, null, null, null, "score"), 0, 1).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No match suggestion " + id + " in this tenant"));
    }

    private List<SuggestionView> query(Tenant tenant, String id, Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("id", id);
        parameters.put("status", filter.status());
        parameters.put("minScore", filter.minScore());
        parameters.put("maxScore", filter.maxScore());
        parameters.put(
                "kind", filter.kind() == null ? null : filter.kind().equals("PERSON") ? "Person" : "Organization");
        parameters.put("source", filter.source());
        parameters.put("table", filter.table());
        parameters.put("party", filter.party());
        parameters.put("sort", filter.sort());
        parameters.put("skip", (long) page * size);
        parameters.put("limit", (long) size);
        try (var session = this.driver.session()) {
            return session.executeRead(tx -> tx.run(this.queries.get("match-suggestion-list"), parameters)
                    .list(this::view));
        }
    }

    private SuggestionView view(org.neo4j.driver.Record row) {
        Value m = row.get("suggestion");
        String record = m.get("record").asString();
        String[] parts = record.split("/", 3);
        List<Value> sides = row.get("sides").asList(v -> v);
        return new SuggestionView(
                m.get("id").asString(),
                m.get("status").asString(),
                m.get("probability").asDouble(),
                m.get("weight").isNull() ? null : m.get("weight").asDouble(),
                record,
                parts[0],
                parts.length > 1 ? parts[1] : null,
                m.get("createdAt").asString(null),
                row.get("partyId").asString(),
                row.get("candidateId").asString(),
                side(sides.get(0)),
                side(sides.get(1)),
                this.json.readTree(m.get("explanation").asString("{}")),
                m.get("decidedAt").asString(null),
                m.get("decidedBy").asString(null),
                m.get("decision").asString(null),
                m.get("closedAt").asString(null),
                m.get("closedReason").asString(null));
    }

    private static SuggestionView.Side side(Value side) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            Object value = side.get(name).asObject();
            if (value != null) {
                attributes.put(name, value instanceof java.time.LocalDate date ? date.toString() : value);
            }
        }
        return new SuggestionView.Side(
                side.get("id").asString(),
                side.get("kind").asString(),
                side.get("status").asString(null),
                side.get("displayName").asString(null),
                attributes,
                side.get("emails").asList(Value::asString),
                side.get("phones").asList(Value::asString),
                side.get("domains").asList(Value::asString),
                side.get("recordCount").asLong(),
                side.get("records").asList(Value::asString));
    }
}

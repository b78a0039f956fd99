package com.partygraph.steward;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.features.RecordFacts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What steward decisions read and write in the graph besides the ingestion bookkeeping: party states,
 * source records, suggestions and {@code (:Decision)} nodes, each a named statement scoped by tenant.
 * Thread-safe.
 */
@Component
class StewardGraph {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Driver driver;

    private final CypherQueries queries;

    StewardGraph(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Reads in a transaction of its own. */
    List<Value> read(Tenant tenant, String statement, Object... keysAndValues) {
        Map<String, Object> parameters = parameters(tenant, keysAndValues);
        try (var session = this.driver.session()) {
            return session.executeRead(tx -> tx.run(this.queries.get(statement), parameters)
                    .list(row -> {
                        Map<String, Object> map = new LinkedHashMap<>();
                        row.keys().forEach(key -> map.put(key, row.get(key).asObject()));
                        return org.neo4j.driver.Values.value(map);
                    }));
        }
    }

    /** Runs in the caller's transaction. */
    List<Value> run(GraphWork.Cypher tx, Tenant tenant, String statement, Object... keysAndValues) {
        return tx.run(this.queries.get(statement), parameters(tenant, keysAndValues));
    }

    /** @throws NotFoundException when the tenant has no such party */
    PartyState party(Tenant tenant, UUID id) {
        List<Value> rows = read(tenant, "steward-parties", "ids", List.of(id.toString()));
        if (rows.isEmpty()) {
            throw new NotFoundException("No party " + id + " in this tenant");
        }
        Value row = rows.get(0);
        return new PartyState(
                row.get("id").asString(),
                row.get("status").asString(null),
                row.get("mergedInto").asString(null),
                row.get("kind").asString(null),
                row.get("name").asString(null),
                row.get("partyOrder").asLong(0));
    }

    /** A source record, or empty when the tenant has none of that source, table and key. */
    Optional<Value> record(Tenant tenant, String source, String table, String key) {
        List<Value> rows = read(tenant, "steward-record", "source", source, "table", table, "key", key);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** What resolution reads of a record as {@code steward-record} or {@code steward-unmerge-plan} return it. */
    static RecordFacts facts(Value record) {
        Map<String, Object> fields = new HashMap<>(record.asMap());
        String kind = record.get("partyKind").isNull()
                ? record.get("kind").asString()
                : record.get("partyKind").asString();
        return RecordFacts.of(
                record.get("uid").asString(),
                PartyKind.fromLabel(kind),
                fields,
                strings(record.get("emails")),
                strings(record.get("phones")),
                strings(record.get("domains")));
    }

    static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** Records a decision in the caller's transaction; returns its id. */
    String decide(
            GraphWork.Cypher tx,
            Tenant tenant,
            String actor,
            String type,
            String reason,
            List<String> parties,
            List<String> records,
            String suggestion,
            String evidence) {
        Map<String, Object> decision = new HashMap<>();
        String id = UUID.randomUUID().toString();
        decision.put("id", id);
        decision.put("type", type);
        decision.put("reason", reason);
        decision.put("parties", parties);
        decision.put("records", records);
        decision.put("suggestion", suggestion);
        decision.put("evidence", evidence);
        run(tx, tenant, "decision-record", "decision", decision, "actor", actor);
        return id;
    }

    /** @throws NotFoundException when the tenant has no such decision */
    DecisionView decision(Tenant tenant, String id) {
        List<Value> rows = read(tenant, "decision-get", "id", id);
        if (rows.isEmpty()) {
            throw new NotFoundException("No decision " + id + " in this tenant");
        }
        return view(rows.get(0).get("decision"));
    }

    List<DecisionView> decisions(Tenant tenant, String type, String party, int page, int size) {
        return read(tenant, "decision-list", "type", type, "party", party, "skip", (long) page * size, "limit", (long)
                        size)
                .stream()
                .map(row -> view(row.get("decision")))
                .toList();
    }

    private static DecisionView view(Value d) {
        return new DecisionView(
                d.get("id").asString(),
                d.get("type").asString(),
                d.get("at").asString(null),
                d.get("by").asString(null),
                d.get("reason").asString(null),
                strings(d.get("parties")),
                strings(d.get("records")),
                d.get("suggestion").asString(null),
                d.get("evidence").asString(null),
                d.get("withdrawnAt").asString(null),
                d.get("withdrawnBy").asString(null),
                d.get("withdrawReason").asString(null));
    }

    /** A value as JSON text, for a decision's evidence or a record's raw row. */
    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** JSON text read as a map; empty for null. */
    static Map<String, Object> map(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    private static Map<String, Object> parameters(Tenant tenant, Object... keysAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return parameters;
    }
}

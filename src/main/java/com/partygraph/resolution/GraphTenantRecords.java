package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.resolution.decide.StewardRules;
import com.partygraph.resolution.features.RecordFacts;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A tenant's live party records read from the graph ({@code resolution-records}), streamed. Thread-safe. */
public final class GraphTenantRecords implements TenantRecords {

    private final Driver driver;

    private final String query;

    private final String rulesQuery;

    private final String modelQuery;

    public GraphTenantRecords(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.query = queries.get("resolution-records");
        this.rulesQuery = queries.get("resolution-rules");
        this.modelQuery = queries.get("resolution-model-get");
    }

    @Override
    public String model(Tenant tenant) {
        try (var session = this.driver.session()) {
            return session.executeRead(tx -> {
                var rows =
                        tx.run(this.modelQuery, Map.of("tenant", tenant.id())).list();
                return rows.isEmpty() ? null : rows.get(0).get("yaml").asString(null);
            });
        }
    }

    @Override
    public void rules(Tenant tenant, StewardRules rules) {
        try (var session = this.driver.session()) {
            session.executeRead(tx -> {
                tx.run(this.rulesQuery, Map.of("tenant", tenant.id()))
                        .forEachRemaining(row -> rules.add(
                                StewardRules.Type.of(row.get("type").asString()),
                                strings(row.get("parties")),
                                strings(row.get("records"))));
                return null;
            });
        }
    }

    @Override
    public void load(Tenant tenant, Consumer<StoredRecord> sink) {
        try (var session = this.driver.session()) {
            session.executeRead(tx -> {
                tx.run(this.query, Map.of("tenant", tenant.id())).forEachRemaining(row -> sink.accept(stored(row)));
                return null;
            });
        }
    }

    private static StoredRecord stored(Record row) {
        Map<String, Object> fields = row.asMap();
        RecordFacts facts = RecordFacts.of(
                row.get("uid").asString(),
                PartyKind.fromLabel(row.get("kind").asString()),
                fields,
                strings(row.get("emails")),
                strings(row.get("phones")),
                strings(row.get("domains")));
        return new StoredRecord(
                facts, row.get("partyId").asString(), row.get("partyOrder").asLong());
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}

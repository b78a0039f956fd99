package com.partygraph.ingest.reconcile;

import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.TenantRule;
import com.partygraph.ingest.source.SourceConnector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Compares a source with the graph, per tenant and table. Source rows are read over JDBC (keys and
 * the tenant column only); graph records with one query per table. Thread-safe.
 */
public final class Reconciler {

    private final Driver driver;

    private final CypherQueries queries;

    public Reconciler(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Reconciles every tenant found in the source. */
    public List<Reconciliation> all(SourceConnector connector) {
        Map<String, Map<String, KeySet>> source = sourceKeys(connector);
        return source.keySet().stream()
                .sorted()
                .map(tenant -> reconcile(connector, Tenant.named(tenant), source))
                .toList();
    }

    /** Reconciles one tenant. */
    public Reconciliation tenant(SourceConnector connector, Tenant tenant) {
        return reconcile(connector, tenant, sourceKeys(connector));
    }

    private Reconciliation reconcile(
            SourceConnector connector, Tenant tenant, Map<String, Map<String, KeySet>> source) {
        SourceMapping mapping = connector.applier().mapping();
        List<Reconciliation.TableCheck> checks = new ArrayList<>();
        try (var session = this.driver.session()) {
            for (String table : mapping.tables().keySet()) {
                KeySet inSource = source.getOrDefault(tenant.id(), Map.of()).getOrDefault(table, new KeySet());
                KeySet inGraph = new KeySet();
                long[] errors = {0};
                session.executeRead(tx -> tx.run(
                                        this.queries.get("reconcile-records"),
                                        Map.of("tenant", tenant.id(), "source", mapping.source(), "table", table))
                                .list())
                        .forEach(row -> {
                            // A row without a key is an error of its own, not a key the source could hold.
                            if (!row.get("key").asString().startsWith(RowChange.NO_KEY)) {
                                inGraph.add(row.get("key").asString());
                            }
                            errors[0] += "error".equals(row.get("status").asString(null)) ? 1 : 0;
                        });
                checks.add(new Reconciliation.TableCheck(
                        table,
                        inSource.size(),
                        inGraph.size(),
                        errors[0],
                        inSource.checksum(),
                        inGraph.checksum(),
                        inSource.notIn(inGraph),
                        inGraph.notIn(inSource)));
            }
            var orphans = session.executeRead(tx -> tx.run(
                            this.queries.get("reconcile-orphans"),
                            Map.of(
                                    "tenant",
                                    tenant.id(),
                                    "source",
                                    mapping.source(),
                                    "relationshipTypes",
                                    RelationshipType.names()))
                    .single());
            Reconciliation.Orphans found = new Reconciliation.Orphans(
                    orphans.get("unsupportedParties").asLong(),
                    orphans.get("activitiesWithoutParty").asLong(),
                    orphans.get("unassertedRelationships").asLong(),
                    orphans.get("pendingRecords").asLong(),
                    orphans.get("pendingSample").asList(v -> v.asString()));
            boolean matches = checks.stream().allMatch(Reconciliation.TableCheck::matches) && found.none();
            return new Reconciliation(mapping.source(), tenant.id(), matches, checks, found);
        }
    }

    /** tenant -> table -> keys, read from the source with each table's tenant rule. */
    private static Map<String, Map<String, KeySet>> sourceKeys(SourceConnector connector) {
        SourceMapping mapping = connector.applier().mapping();
        Map<String, Map<String, KeySet>> keys = new HashMap<>();
        try (Connection connection = connector.connect()) {
            String schema = connector.settings().schema();
            for (String table : mapping.tables().keySet()) {
                List<String> primaryKey = primaryKey(connection, schema, table);
                TenantRule rule = mapping.tenantRule(table);
                List<String> columns = new ArrayList<>(primaryKey);
                if (rule.column() != null) {
                    columns.add(rule.column());
                }
                String sql = "SELECT "
                        + String.join(
                                ", ", columns.stream().map(Reconciler::quote).toList()) + " FROM " + quote(schema) + "."
                        + quote(table);
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        List<String> parts = new ArrayList<>();
                        for (int i = 1; i <= primaryKey.size(); i++) {
                            parts.add(rows.getString(i));
                        }
                        String tenant = rule.fixed() != null
                                ? rule.fixed()
                                : (rule.format() == null ? "%s" : rule.format())
                                        .formatted(rows.getString(primaryKey.size() + 1));
                        keys.computeIfAbsent(tenant, t -> new LinkedHashMap<>())
                                .computeIfAbsent(table, t -> new KeySet())
                                .add(String.join("|", parts));
                    }
                }
            }
            return keys;
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot read source " + connector.name() + ": " + ex.getMessage(), ex);
        }
    }

    private static List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new java.util.TreeMap<>();
        try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, schema, table)) {
            while (keys.next()) {
                columns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("Table " + schema + "." + table + " has no primary key");
        }
        return List.copyOf(columns.values());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting the only row of a party removes the party; rows that pointed at it (an invoice, a portal
 * user working there) must not keep pointing at nothing as if all were well: they wait for the row,
 * and take up the party again when it comes back.
 */
class PartyRowDeleteIT {

    private static final String TENANT = "business-20";

    @RegisterExtension
    static final DemoApplier demo = new DemoApplier(Set.of("sales_customer", "portal_user"));

    @Test
    void rowsPointingAtADeletedPartyWaitForItsRowAndTakeItUpAgain() {
        Map<String, Object> customer = row(
                "customers",
                50,
                "customer_kind",
                "company",
                "customer_name",
                "Omega LLC",
                "email",
                "info@omega.com",
                "entity_type",
                "sales_customer");
        demo.applier()
                .apply(List.of(
                        change(Op.CREATE, customer, 100),
                        change(
                                Op.CREATE,
                                row(
                                        "sales_invoices",
                                        60,
                                        "customer_id",
                                        50,
                                        "invoice_date",
                                        "2026-03-01",
                                        "total_amount",
                                        "99.00",
                                        "currency",
                                        "usd",
                                        "sales_channel",
                                        "web",
                                        "invoice_number",
                                        "I-60"),
                                101),
                        change(
                                Op.CREATE,
                                row(
                                        "customer_portal_users",
                                        70,
                                        "first_name",
                                        "Oli",
                                        "last_name",
                                        "Mega",
                                        "email",
                                        "oli@omega.com",
                                        "customer_id",
                                        50),
                                102)));
        assertThat(record("sales_invoices", "60")).containsEntry("syncStatus", "synced");

        demo.applier().apply(List.of(change(Op.DELETE, customer, 200)));

        assertThat(organizations()).isEmpty();
        assertThat(record("sales_invoices", "60"))
                .containsEntry("syncStatus", "pending")
                .containsEntry("pendingOn", List.of("customers/50"));
        assertThat(record("customer_portal_users", "70"))
                .containsEntry("syncStatus", "pending")
                .containsEntry("pendingOn", List.of("customers/50"));

        demo.applier().apply(List.of(change(Op.CREATE, customer, 300)));

        assertThat(organizations()).containsExactly("Omega LLC");
        assertThat(record("sales_invoices", "60"))
                .containsEntry("syncStatus", "synced")
                .containsEntry("party", "Omega LLC");
        assertThat(record("customer_portal_users", "70"))
                .containsEntry("syncStatus", "synced")
                .containsEntry("employer", "Omega LLC");
    }

    /** The record's status, what it waits for, its invoice's party and its person's employer. */
    private static Map<String, Object> record(String table, String key) {
        try (var session = demo.harness().driver().session()) {
            return session.run("""
					MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: $table, key: $key})
					RETURN s.syncStatus AS syncStatus, s.pendingOn AS pendingOn,
					       COLLECT { MATCH (:Activity {tenant: $tenant, id: s.uid})-[:OF]->(p:Party)
					                 RETURN p.displayName }[0] AS party,
					       COLLECT { MATCH (s)-[:IDENTIFIES]->(:Party)-[:EMPLOYEE_OF]->(o:Party)
					                 RETURN o.displayName }[0] AS employer
					""", Map.of("tenant", TENANT, "table", table, "key", key))
                    .single()
                    .asMap();
        }
    }

    private static List<String> organizations() {
        try (var session = demo.harness().driver().session()) {
            return session.run(
                            "MATCH (o:Party:Organization {tenant: $tenant}) RETURN o.displayName AS name",
                            Map.of("tenant", TENANT))
                    .list(row -> row.get("name").asString());
        }
    }

    private static Map<String, Object> row(String table, int id, Object... columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("__table", table);
        row.put("id", id);
        row.put("business_id", 20);
        for (int i = 0; i < columns.length; i += 2) {
            row.put((String) columns[i], columns[i + 1]);
        }
        return row;
    }

    private static RowChange change(Op op, Map<String, Object> row, long lsn) {
        Map<String, Object> columns = new HashMap<>(row);
        String table = (String) columns.remove("__table");
        return new RowChange(op, table, columns.get("id").toString(), columns, new Position(lsn, lsn, false));
    }
}

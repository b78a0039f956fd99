package com.partygraph.ingest.write;

import static com.partygraph.ingest.write.StreamingChangesIT.change;
import static com.partygraph.ingest.write.StreamingChangesIT.contact;
import static com.partygraph.ingest.write.StreamingChangesIT.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.graphdb.Transaction;

/**
 * The statements planned ahead at start ({@link StatementWarmUp}) are the ones ingestion runs, with the parameter
 * types it sends them with (else the plans made ahead are never used), and planning them leaves nothing behind.
 */
class StatementWarmUpIT {

    @RegisterExtension
    static final DemoApplier demo = new DemoApplier(Set.of("contact", "technology_vendor", "operator", "prospect"));

    @Test
    void theWarmUpPlansEveryStatementAndLeavesTheGraphAsItWas() {
        // On an empty graph nothing is planned ahead (the first snapshot plans): this one holds a record.
        demo.applier().apply(List.of(snapshot(contact("business-62", 1, "Grace", "Navy", "Officer"))));
        long before = nodes();
        int expected = 0;
        for (String name : StatementWarmUp.STATEMENTS) {
            int sets = StatementWarmUp.parameters(name, demo.harness().queries().get(name))
                    .size();
            expected += sets * (StatementWarmUp.FIRST.contains(name) ? 2 : 1);
        }

        int planned = StatementWarmUp.run(demo.work(), demo.harness().queries());

        assertThat(planned).as("every statement planned, none refused").isEqualTo(expected);
        assertThat(nodes()).isEqualTo(before);
    }

    @Test
    void ingestionRunsNoStatementTheWarmUpDoesNotPlan() {
        String tenant = "business-61";
        List<RowChange> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(snapshot(contact(tenant, i, "Person" + i, i % 2 == 0 ? "Evenco" : "Oddco", "Engineer")));
        }
        demo.applier().apply(rows);
        demo.applier()
                .apply(List.of(
                        change(Op.CREATE, contact(tenant, 21, "Newcomer", "Oddco", "Analyst")),
                        change(Op.UPDATE, contact(tenant, 3, "Person3", "Evenco", "Director")),
                        change(Op.UPDATE, contact(tenant, 4, "Person4", "Evenco", "Director")),
                        change(Op.DELETE, contact(tenant, 5, "Person5", "Oddco", "Engineer")),
                        // No tenant: a sync error.
                        change(Op.CREATE, Map.of("__table", "contacts", "id", 22, "first_name", "Nobody"))));
        demo.applier().apply(List.of(change(Op.DELETE, contact(tenant, 6, "Person6", "Evenco", "Engineer"))));

        assertThat(Statements.signatures()).isNotEmpty();
        assertThat(StatementWarmUp.unplanned(demo.harness().queries()))
                .as("statements (with their parameters' types) ingestion ran that the warm-up does not plan")
                .isEmpty();
    }

    private static long nodes() {
        try (Transaction tx = demo.harness().neo4j().defaultDatabaseService().beginTx()) {
            return (Long) tx.execute("MATCH (n) RETURN count(n) AS n").next().get("n");
        }
    }
}

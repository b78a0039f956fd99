package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.support.Harness;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Units of work written apart on several threads of the embedded database. */
class EmbeddedWorkIT {

    @RegisterExtension
    static final Harness harness = new Harness();

    @Test
    void unitsThatDeadlockEachOtherAreRetriedAndBothCommit() throws InterruptedException {
        try (EmbeddedWork work = new EmbeddedWork(harness.neo4j().defaultDatabaseService(), 2)) {
            work.write(tx -> tx.run("CREATE (:DeadlockProbe {name: 'a'}), (:DeadlockProbe {name: 'b'})", Map.of()));
            // Each unit locks one node, waits until the other holds the other node, then wants it too.
            CountDownLatch bothLocked = new CountDownLatch(2);
            List<Function<GraphWork.Cypher, String>> units =
                    List.of(lockThenTouch("a", "b", bothLocked), lockThenTouch("b", "a", bothLocked));

            List<GraphWork.Outcome<String>> outcomes = work.writeApart(units);

            assertThat(outcomes).extracting(GraphWork.Outcome::rejected).containsOnlyNulls();
            assertThat(outcomes).extracting(GraphWork.Outcome::result).containsExactly("a", "b");
            List<Long> touches = work
                    .write(tx ->
                            tx.run("MATCH (n:DeadlockProbe) RETURN n.touches AS touches ORDER BY n.name", Map.of()))
                    .stream()
                    .map(row -> row.get("touches").asLong())
                    .toList();
            assertThat(touches).containsExactly(2L, 2L);
        }
    }

    @Test
    void aRejectedUnitIsRolledBackAloneWhileTheOthersCommit() throws InterruptedException {
        try (EmbeddedWork work = new EmbeddedWork(harness.neo4j().defaultDatabaseService(), 2)) {
            List<GraphWork.Outcome<Object>> outcomes = work.writeApart(List.of(
                    tx -> tx.run("CREATE (:ApartProbe {name: 'kept'})", Map.of()),
                    tx -> tx.run("CREATE (:ApartProbe {name: 'lost'}) WITH 1 AS one RETURN 1 / 0", Map.of())));

            assertThat(outcomes.get(0).rejected()).isNull();
            assertThat(outcomes.get(1).rejected()).hasMessageContaining("/ by zero");
            List<String> names =
                    work.write(tx -> tx.run("MATCH (n:ApartProbe) RETURN n.name AS name", Map.of())).stream()
                            .map(row -> row.get("name").asString())
                            .toList();
            assertThat(names).containsExactly("kept");
        }
    }

    private static Function<GraphWork.Cypher, String> lockThenTouch(
            String first, String second, CountDownLatch bothLocked) {
        return tx -> {
            touch(tx, first);
            bothLocked.countDown();
            try {
                // On a retry the other unit has committed already: no need to wait.
                bothLocked.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            touch(tx, second);
            return first;
        };
    }

    private static void touch(GraphWork.Cypher tx, String name) {
        tx.run(
                "MATCH (n:DeadlockProbe {name: $name}) SET n.touches = coalesce(n.touches, 0) + 1",
                Map.of("name", name));
    }
}

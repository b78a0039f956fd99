package com.partygraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.partygraph.support.Harness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SchemaMigrationsIT {

    @RegisterExtension
    static final Harness harness = new Harness();

    @BeforeEach
    void emptyDatabase() {
        harness.wipe();
        assertThat(harness.schemaNames()).isEmpty();
    }

    private SchemaMigrations migrations() {
        return new SchemaMigrations(harness.driver(), harness.queries());
    }

    @Test
    void appliesEveryMigrationToAnEmptyDatabase() {
        List<Integer> applied = migrations().apply();

        assertThat(applied)
                .startsWith(1, 2, 3, 4)
                .containsExactlyElementsOf(SchemaMigrations.discover(SchemaMigrations.LOCATION).stream()
                        .map(Migration::version)
                        .toList());
        assertThat(harness.schemaNames())
                .contains(
                        "party_id",
                        "source_record_key",
                        "role_code",
                        "email_value",
                        "phone_value",
                        "party_normalized_name",
                        "party_names",
                        "sync_error_status");
        assertThat(count("MATCH (r:Role {tenant: '_catalog'}) RETURN count(r)")).isEqualTo(19);
        assertThat(count("MATCH (m:SchemaMigration {tenant: '_system'}) RETURN count(m)"))
                .isEqualTo(applied.size());
        assertThat(count("MATCH (l:SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void secondRunChangesNothing() {
        migrations().apply();
        List<String> schema = harness.schemaNames();
        String history = history();

        assertThat(migrations().apply()).isEmpty();
        assertThat(harness.schemaNames()).containsExactlyInAnyOrderElementsOf(schema);
        assertThat(history()).isEqualTo(history);
        assertThat(count("MATCH (r:Role) RETURN count(r)")).isEqualTo(19);
    }

    @Test
    void refusesToStartWhenAnAppliedMigrationWasEdited() {
        migrations().apply();
        List<Migration> edited = new ArrayList<>(SchemaMigrations.discover(SchemaMigrations.LOCATION));
        edited.set(
                0,
                Migration.parse(
                        "V0001__Party_constraints.cypher",
                        "CREATE CONSTRAINT other IF NOT EXISTS FOR (p:Party) REQUIRE p.x IS UNIQUE;"));

        assertThatIllegalStateException()
                .isThrownBy(() -> new SchemaMigrations(harness.driver(), harness.queries(), edited).apply())
                .withMessageContaining("V0001 Party constraints was changed after it was applied");
        assertThat(harness.schemaNames()).doesNotContain("other");
        assertThat(count("MATCH (l:SchemaMigrationLock) RETURN count(l)"))
                .as("lock released")
                .isZero();
    }

    @Test
    void appliesOnlyWhatIsNew() {
        List<Migration> firstRelease =
                SchemaMigrations.discover(SchemaMigrations.LOCATION).subList(0, 2);
        assertThat(new SchemaMigrations(harness.driver(), harness.queries(), firstRelease).apply())
                .containsExactly(1, 2);

        assertThat(migrations().apply()).startsWith(3).doesNotContain(1, 2);
    }

    private long count(String cypher) {
        try (var session = harness.driver().session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private String history() {
        try (var session = harness.driver().session()) {
            return session.run("MATCH (m:SchemaMigration) RETURN m.version, m.checksum, m.appliedAt ORDER BY m.version")
                    .list()
                    .toString();
        }
    }
}

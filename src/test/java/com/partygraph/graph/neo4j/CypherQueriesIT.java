package com.partygraph.graph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.partygraph.graph.schema.SchemaMigrations;
import com.partygraph.support.Harness;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement in cypher/queries/ must plan against the migrated schema: a broken file fails the build. */
class CypherQueriesIT {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @RegisterExtension
    static final Harness harness = new Harness();

    @BeforeAll
    static void migrate() {
        new SchemaMigrations(harness.driver(), harness.queries()).apply();
    }

    static Stream<String> statementNames() {
        return new CypherQueries().all().keySet().stream();
    }

    static Stream<String> explorationFiles() throws java.io.IOException {
        return Stream.of(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath*:cypher/explore/*.cypher"))
                .map(resource -> {
                    try {
                        return resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
    }

    @Test
    void findsTheQueryFiles() {
        assertThat(new CypherQueries().all())
                .containsKeys("party-create", "party-by-id", "party-search-by-name", "schema-migration-history");
    }

    @ParameterizedTest
    @MethodSource("statementNames")
    void isScopedByTenantOrSaysWhyNot(String name) {
        String statement = new CypherQueries().get(name);
        assertThat(statement.contains("$tenant")
                        || statement.replaceAll("\\s*\n//\\s*", " ").contains("not scoped by tenant"))
                .as("%s names $tenant, or its comment says why it is not scoped by tenant", name)
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("statementNames")
    void explains(String name) {
        explain(name, new CypherQueries().get(name));
    }

    @ParameterizedTest
    @MethodSource("explorationFiles")
    void explainsExplorationQueries(String statement) {
        explain(statement.lines().findFirst().orElse(""), statement);
    }

    @Test
    void shipsExplorationQueries() throws java.io.IOException {
        assertThat(explorationFiles()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static void explain(String name, String statement) {
        Map<String, Object> parameters = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(statement);
        while (matcher.find()) {
            parameters.put(matcher.group(1), null);
        }
        try (var session = harness.driver().session()) {
            assertThatNoException()
                    .as(name)
                    .isThrownBy(() ->
                            session.run("EXPLAIN " + statement, parameters).consume());
        }
    }
}

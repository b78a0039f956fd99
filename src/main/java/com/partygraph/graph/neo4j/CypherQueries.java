package com.partygraph.graph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements the application runs, one per file in {@code cypher/queries/}, looked up by
 * file name without extension ({@code party-by-id}). Loaded once; thread-safe.
 */
@Component
public class CypherQueries {

    static final String LOCATION = "classpath*:cypher/queries/*.cypher";

    private final Map<String, String> statements;

    public CypherQueries() {
        this.statements = load();
    }

    /**
     * The statement stored in {@code cypher/queries/<name>.cypher}.
     * @throws IllegalArgumentException when there is no such file
     */
    public String get(String name) {
        String statement = this.statements.get(name);
        if (statement == null) {
            throw new IllegalArgumentException("No Cypher statement cypher/queries/" + name + ".cypher");
        }
        return statement;
    }

    /** Every statement by name, for tools and tests that check them all. */
    public Map<String, String> all() {
        return this.statements;
    }

    private static Map<String, String> load() {
        Map<String, String> statements = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename().replaceFirst("\\.cypher$", "");
                statements.put(
                        name,
                        resource.getContentAsString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + LOCATION, ex);
        }
        return Map.copyOf(statements);
    }
}

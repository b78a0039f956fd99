package com.partygraph;

import com.partygraph.support.Harness;
import org.junit.jupiter.api.extension.RegisterExtension;

/** External mode against a Neo4j started by neo4j-harness: runs everywhere, no Docker needed. */
class ExternalNeo4jIT extends AbstractExternalNeo4jTests {

    @RegisterExtension
    static final Harness harness = new Harness();

    @Override
    String boltUri() {
        return harness.neo4j().boltURI().toString();
    }

    @Override
    String password() {
        // The harness runs without authentication and accepts any credentials.
        return "unused-secret";
    }
}

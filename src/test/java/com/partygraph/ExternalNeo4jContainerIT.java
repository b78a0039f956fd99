package com.partygraph;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * External mode against a real Neo4j server in a container, where a Docker engine exists. Its
 * embedded twin, {@link ExternalNeo4jIT}, always runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jContainerIT extends AbstractExternalNeo4jTests {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("partygraph-secret");

    @Override
    String boltUri() {
        return neo4j.getBoltUrl();
    }

    @Override
    String password() {
        return neo4j.getAdminPassword();
    }
}

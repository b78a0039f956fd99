package com.partygraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on its embedded default — embedded Neo4j with Bolt on a free port and a new
 * data directory under target/ — listening on a random HTTP port. Test classes that carry it share
 * one running application, so each test works in a tenant of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partygraph.neo4j.embedded.bolt-port=0",
            "partygraph.ingest.enabled=false",
            "partygraph.neo4j.embedded.directory=target/it-neo4j/${random.uuid}"
        })
public @interface EmbeddedApplicationTest {}

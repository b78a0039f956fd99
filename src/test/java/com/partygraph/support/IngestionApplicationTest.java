package com.partygraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application with ingestion on: embedded Neo4j and the embedded demo PostgreSQL (seeded
 * from import/) on free ports, with new data and offset directories under target/. Classes that
 * carry it share one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "partygraph.neo4j.embedded.bolt-port=0",
            "partygraph.neo4j.embedded.directory=target/it-ingest/${random.uuid}/neo4j",
            "partygraph.ingest.demo.port=0",
            "partygraph.ingest.demo.directory=target/it-ingest/${random.uuid}/postgres",
            "partygraph.ingest.state-directory=target/it-ingest/${random.uuid}/state"
        })
public @interface IngestionApplicationTest {}

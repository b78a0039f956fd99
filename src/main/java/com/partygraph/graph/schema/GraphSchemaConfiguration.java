package com.partygraph.graph.schema;

import com.partygraph.graph.neo4j.CypherQueries;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the schema up to date while the context starts, before the web server or any ingestion
 * accepts work.
 */
@Configuration(proxyBeanMethods = false)
class GraphSchemaConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(Driver driver, CypherQueries queries) {
        SchemaMigrations migrations = new SchemaMigrations(driver, queries);
        migrations.apply();
        return migrations;
    }
}

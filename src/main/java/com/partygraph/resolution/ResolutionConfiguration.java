package com.partygraph.resolution;

import com.partygraph.graph.neo4j.CypherQueries;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The resolution engine, its tenants' records read from the graph. */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

	@Bean
	Resolver resolver(ResolutionSettings settings, Driver driver, CypherQueries queries) {
		return new Resolver(settings, new GraphTenantRecords(driver, queries));
	}

}

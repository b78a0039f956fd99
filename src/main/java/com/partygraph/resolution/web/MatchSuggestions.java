package com.partygraph.resolution.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** A tenant's match suggestions for review, with their explanations as JSON. Thread-safe. */
@Component
class MatchSuggestions {

	private final Driver driver;

	private final CypherQueries queries;

	private final JsonMapper json = JsonMapper.builder().build();

	MatchSuggestions(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	List<Map<String, Object>> list(Tenant tenant, String status, int page, int size) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.queries.get("match-suggestion-list"), Map.of("tenant",
					tenant.id(), "status", status, "skip", (long) page * size, "limit", (long) size))
				.list(row -> {
					Map<String, Object> suggestion = new LinkedHashMap<>(row.asMap());
					suggestion.put("explanation", this.json.readTree(row.get("explanation").asString("{}")));
					return suggestion;
				}));
		}
	}

}

package com.partygraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** The central sync error log, per tenant: listed, filtered and resolved. Thread-safe. */
@Service
public class SyncErrors {

	private final Neo4jClient client;

	private final CypherQueries queries;

	SyncErrors(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/**
	 * A page of the tenant's errors, newest first.
	 * @param status open, superseded or resolved; null for all
	 */
	public List<Map<String, Object>> list(Tenant tenant, String status, String source, String table, int page,
			int size) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("tenant", tenant.id());
		parameters.put("status", status);
		parameters.put("source", source);
		parameters.put("table", table);
		parameters.put("skip", page * size);
		parameters.put("limit", size);
		return this.client.query(this.queries.get("sync-error-list")).bindAll(parameters).fetch().all().stream()
			.map(row -> readable(row.get("error")))
			.toList();
	}

	/** Marks an error resolved by a person, with a note. */
	public Map<String, Object> resolve(Tenant tenant, UUID id, String note, String by) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("tenant", tenant.id());
		parameters.put("id", id.toString());
		parameters.put("note", note);
		parameters.put("by", by);
		return this.client.query(this.queries.get("sync-error-resolve")).bindAll(parameters).fetch().one()
			.map(row -> readable(row.get("error")))
			.orElseThrow(() -> new NotFoundException("No sync error " + id + " in this tenant"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readable(Object error) {
		Map<String, Object> copy = new HashMap<>((Map<String, Object>) error);
		copy.replaceAll((key, value) -> value instanceof java.time.temporal.TemporalAccessor ? value.toString() : value);
		return copy;
	}

}

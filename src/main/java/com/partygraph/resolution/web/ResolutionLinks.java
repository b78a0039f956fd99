package com.partygraph.resolution.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes every live source record of a tenant with its party link as NDJSON or CSV, row by row as the
 * graph returns them, so that a tenant of any size streams in constant memory. Thread-safe.
 */
@Component
class ResolutionLinks {

	static final List<String> COLUMNS = List.of("source", "table", "key", "partyId", "method", "score");

	private final Driver driver;

	private final CypherQueries queries;

	private final JsonMapper json = JsonMapper.builder().build();

	ResolutionLinks(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/** Writes the tenant's links to {@code out}: CSV with a header line when {@code csv}, else NDJSON. */
	void write(Tenant tenant, boolean csv, OutputStream out) throws IOException {
		if (csv) {
			out.write((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		try (var session = this.driver.session()) {
			session.executeRead(tx -> {
				tx.run(this.queries.get("resolution-links"), Map.of("tenant", tenant.id())).forEachRemaining(row -> {
					try {
						out.write((csv ? csvLine(row) : jsonLine(row)).getBytes(StandardCharsets.UTF_8));
					}
					catch (IOException ex) {
						// The client went away: stop reading the graph.
						throw new UncheckedIOException(ex);
					}
				});
				return null;
			});
		}
		out.flush();
	}

	private String jsonLine(Record row) {
		return this.json.writeValueAsString(row.asMap()) + "\n";
	}

	private static String csvLine(Record row) {
		StringBuilder line = new StringBuilder();
		for (String column : COLUMNS) {
			if (!line.isEmpty()) {
				line.append(',');
			}
			Object value = row.get(column).asObject();
			String text = value == null ? "" : value.toString();
			line.append(text.matches(".*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
		}
		return line.append('\n').toString();
	}

}

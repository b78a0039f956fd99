package com.partygraph.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A tenant's live party records read from the graph ({@code resolution-records}), streamed. Thread-safe. */
public final class GraphTenantRecords implements TenantRecords {

	private final Driver driver;

	private final String query;

	public GraphTenantRecords(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.query = queries.get("resolution-records");
	}

	@Override
	public void load(Tenant tenant, Consumer<StoredRecord> sink) {
		try (var session = this.driver.session()) {
			session.executeRead(tx -> {
				tx.run(this.query, Map.of("tenant", tenant.id())).forEachRemaining(row -> sink.accept(stored(row)));
				return null;
			});
		}
	}

	private static StoredRecord stored(Record row) {
		PartyKind kind = PartyKind.fromLabel(row.get("kind").asString());
		Map<String, String> identifiers = new java.util.TreeMap<>();
		for (String identifier : strings(row.get("identifiers"))) {
			int colon = identifier.indexOf(':');
			if (colon > 0) {
				identifiers.put(identifier.substring(0, colon), identifier.substring(colon + 1));
			}
		}
		Value birth = row.get("birthDate");
		RecordFacts facts = new RecordFacts(row.get("uid").asString(), kind, text(row, "displayName"),
				text(row, "givenName"), text(row, "middleName"), text(row, "familyName"),
				kind == PartyKind.ORGANIZATION ? text(row, "legalName") : null, strings(row.get("otherNames")),
				strings(row.get("emails")), strings(row.get("phones")), strings(row.get("domains")),
				strings(row.get("addresses")), birth.isNull() ? null : LocalDate.parse(birth.asObject().toString()),
				identifiers);
		return new StoredRecord(facts, row.get("partyId").asString(), row.get("partyOrder").asLong());
	}

	private static String text(Record row, String key) {
		return row.get(key).isNull() ? null : row.get(key).asString();
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}

package com.partygraph.ingest.apply;

import java.util.Map;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.apply.RowChange.Op;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one source's rows through its mapping and writes them one at a time: works out the tenant,
 * then deletes, upserts, or stores the row as a sync error when it cannot be mapped. Rows without a
 * tenant are kept under the system tenant. Thread-safe.
 */
final class RowApplier {

	static final Tenant SYSTEM = Tenant.SYSTEM_TENANT;

	private final CypherQueries queries;

	private final String source;

	private final RowInterpreter interpreter;

	private final JsonMapper json = JsonMapper.builder().build();

	RowApplier(CypherQueries queries, String source, RowInterpreter interpreter) {
		this.queries = queries;
		this.source = source;
		this.interpreter = interpreter;
	}

	/** What writing one row came to. */
	enum Outcome {

		APPLIED, PENDING, ERROR

	}

	/** Writes the change of a row whose tenant is {@code tenant} ({@link #tenantOrSystem}). */
	Outcome apply(GraphWork.Cypher tx, RowChange change, Tenant tenant) {
		String raw = raw(change.row());
		if (tenant.equals(SYSTEM)) {
			RowWriter.error(statements(tx, SYSTEM), change, raw, noTenant(change));
			return Outcome.ERROR;
		}
		Statements db = statements(tx, tenant);
		if (change.op() == Op.DELETE) {
			RowWriter.delete(db, change);
			return Outcome.APPLIED;
		}
		try {
			Claims.RowPlan plan = this.interpreter.interpret(change.table(), change.key(), change.row());
			return RowWriter.upsert(db, change, raw, plan) ? Outcome.APPLIED : Outcome.PENDING;
		}
		catch (UnmappableRowException ex) {
			RowWriter.error(db, change, raw, ex.getMessage());
			return Outcome.ERROR;
		}
	}

	/** The row's tenant, or the system tenant when the row names none. */
	Tenant tenantOrSystem(RowChange change) {
		try {
			return this.interpreter.tenant(change.table(), change.row());
		}
		catch (UnmappableRowException ex) {
			return SYSTEM;
		}
	}

	// Why the row names no tenant: asked again only for such rows.
	private String noTenant(RowChange change) {
		try {
			return "no tenant: " + this.interpreter.tenant(change.table(), change.row());
		}
		catch (UnmappableRowException ex) {
			return ex.getMessage();
		}
	}

	Statements statements(GraphWork.Cypher tx, Tenant tenant) {
		return new Statements(tx, this.queries, tenant, this.source, this.interpreter.fingerprint());
	}

	RowInterpreter interpreter() {
		return this.interpreter;
	}

	String raw(Map<String, Object> row) {
		return this.json.writeValueAsString(row);
	}

	Map<String, Object> row(String raw) {
		return this.json.readValue(raw, new TypeReference<>() {
		});
	}

}

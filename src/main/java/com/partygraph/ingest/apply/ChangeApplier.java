package com.partygraph.ingest.apply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.apply.RowChange.Op;
import com.partygraph.ingest.apply.RowChange.Position;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.TableKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies batches of one source's row changes to the graph, each batch in one transaction together
 * with the source's watermark, so that a replayed change at or below the watermark changes nothing.
 * Snapshot reads carry no order of their own and are applied again on replay, which the idempotent
 * writes make harmless. A row that cannot be mapped becomes a sync error; a row that makes a
 * statement fail is retried alone and, failing again, becomes a sync error too. Never throws for a
 * row; throws only when the graph itself cannot be written. Not thread-safe: one per source.
 */
public final class ChangeApplier {

	private static final Logger log = LoggerFactory.getLogger(ChangeApplier.class);

	private static final Tenant SYSTEM = Tenant.SYSTEM_TENANT;

	private static final int PENDING_SWEEP = 1000;

	private final GraphWork graph;

	private final CypherQueries queries;

	private final SourceMapping mapping;

	private final RowInterpreter interpreter;

	private final JsonMapper json = JsonMapper.builder().build();

	public ChangeApplier(GraphWork graph, CypherQueries queries, SourceMapping mapping, Set<String> roleCodes,
			RowInterpreter.Normalizers normalizers) {
		this.graph = graph;
		this.queries = queries;
		this.mapping = mapping;
		this.interpreter = new RowInterpreter(mapping, roleCodes, normalizers);
	}

	public String source() {
		return this.mapping.source();
	}

	/** The mapping this applier reads rows with. */
	public SourceMapping mapping() {
		return this.mapping;
	}

	/** Applies the batch; throws only when the graph cannot be written at all. */
	public BatchResult apply(List<RowChange> changes) {
		BatchResult result;
		try {
			result = this.graph.write(tx -> applyAll(tx, changes));
		}
		catch (GraphWork.Rejected ex) {
			log.warn("Batch of {} changes from {} failed ({}); applying them one by one", changes.size(), source(),
					ex.getMessage());
			result = BatchResult.NONE;
			for (RowChange change : changes) {
				result = result.plus(applyAlone(change));
			}
		}
		return result.plus(sweepPending(changes));
	}

	private BatchResult applyAlone(RowChange change) {
		try {
			return this.graph.write(tx -> applyAll(tx, List.of(change)));
		}
		catch (GraphWork.Rejected ex) {
			this.graph.write(tx -> {
				RowWriter.error(statements(tx, tenantOrSystem(change)), change, raw(change.row()),
						"the graph rejected the row: " + ex.getMessage());
				return null;
			});
			return new BatchResult(0, 0, 1, 0, 0);
		}
	}

	private BatchResult applyAll(GraphWork.Cypher tx, List<RowChange> changes) {
		Statements system = statements(tx, SYSTEM);
		Position watermark = watermark(system);
		Position highest = watermark;
		int applied = 0;
		int skipped = 0;
		int errors = 0;
		int pending = 0;
		int streamed = 0;
		for (RowChange change : changes) {
			Position position = change.position();
			if (!position.snapshot() && watermark != null && position.compareTo(watermark) <= 0) {
				skipped++;
				continue;
			}
			switch (applyOne(tx, change)) {
				case APPLIED -> applied++;
				case PENDING -> {
					applied++;
					pending++;
				}
				case ERROR -> errors++;
			}
			if (!position.snapshot()) {
				streamed++;
				highest = highest == null || position.compareTo(highest) > 0 ? position : highest;
			}
		}
		if (streamed > 0) {
			system.run("watermark-set", "commitLsn", highest.commitLsn(), "lsn", highest.lsn(), "events", streamed);
		}
		return new BatchResult(applied, skipped, errors, pending, 0);
	}

	private enum Outcome {

		APPLIED, PENDING, ERROR

	}

	private Outcome applyOne(GraphWork.Cypher tx, RowChange change) {
		String raw = raw(change.row());
		Tenant tenant;
		try {
			tenant = this.interpreter.tenant(change.table(), change.row());
		}
		catch (UnmappableRowException ex) {
			RowWriter.error(statements(tx, SYSTEM), change, raw, ex.getMessage());
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

	/**
	 * Re-applies records that waited for rows this batch may have brought: only rows that describe
	 * parties (or activities found by email) can complete a pending record.
	 */
	private BatchResult sweepPending(List<RowChange> changes) {
		Set<Tenant> tenants = new LinkedHashSet<>();
		for (RowChange change : changes) {
			var table = this.mapping.tables().get(change.table());
			if (change.op() != Op.DELETE && table != null && (table.kind() == TableKind.PARTY
					|| (table.kind() == TableKind.ACTIVITY && table.activity().partyEmail() != null))) {
				tenants.add(tenantOrSystem(change));
			}
		}
		int resolved = 0;
		for (Tenant tenant : tenants) {
			resolved += this.graph.write(tx -> {
				Statements db = statements(tx, tenant);
				int done = 0;
				for (var row : db.run("ingest-pending", "limit", PENDING_SWEEP)) {
					Map<String, Object> values = this.json.readValue(row.get("raw").asString(), new TypeReference<>() {
					});
					RowChange again = new RowChange(Op.UPDATE, row.get("table").asString(), row.get("key").asString(),
							values, new Position(0, 0, true));
					if (applyOne(tx, again) == Outcome.APPLIED) {
						done++;
					}
				}
				return done;
			});
		}
		return new BatchResult(0, 0, 0, -resolved, resolved);
	}

	private Tenant tenantOrSystem(RowChange change) {
		try {
			return this.interpreter.tenant(change.table(), change.row());
		}
		catch (UnmappableRowException ex) {
			return SYSTEM;
		}
	}

	private Position watermark(Statements system) {
		var rows = system.run("watermark-get");
		if (rows.isEmpty()) {
			return null;
		}
		return new Position(rows.get(0).get("commitLsn").asLong(), rows.get(0).get("lsn").asLong(), false);
	}

	private Statements statements(GraphWork.Cypher tx, Tenant tenant) {
		return new Statements(tx, this.queries, tenant, source());
	}

	private String raw(Map<String, Object> row) {
		return this.json.writeValueAsString(row);
	}

}

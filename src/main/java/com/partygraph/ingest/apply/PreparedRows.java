package com.partygraph.ingest.apply;

import java.util.List;

import com.partygraph.graph.Tenant;

/**
 * Rows of one source read and resolved again after a steward's decision ({@link ChangeApplier#prepare}),
 * to be written in the caller's transaction. Commit once that transaction has committed; closing first
 * takes the resolution back. Not thread-safe.
 */
public final class PreparedRows implements AutoCloseable {

	private final List<ReadRow> rows;

	private final Resolutions resolutions;

	private final RowApplier applier;

	PreparedRows(List<ReadRow> rows, Resolutions resolutions, RowApplier applier) {
		this.rows = rows;
		this.resolutions = resolutions;
		this.applier = applier;
	}

	/** How many rows will be written. */
	public int size() {
		return this.rows.size();
	}

	/**
	 * Writes the rows in runs whose order within does not matter ({@link ChangedRecords}), retracting what each
	 * asserted and asserting what it says now. May run again when the transaction is retried.
	 */
	public void write(GraphWork.Cypher tx) {
		ChangedRecords run = new ChangedRecords();
		java.util.function.Function<Tenant, Statements> statements = tenant -> this.applier.statements(tx, tenant);
		for (ReadRow row : this.rows) {
			if (!run.accepts(row)) {
				run.write(statements, this.resolutions);
			}
			run.add(row);
		}
		run.write(statements, this.resolutions);
	}

	public void commit() {
		this.resolutions.commit();
	}

	@Override
	public void close() {
		this.resolutions.close();
	}

}

package com.partygraph.ingest.mapping;

import java.util.Map;

/**
 * One change of one source row, free of connector types.
 *
 * @param op what happened
 * @param table the row's table
 * @param key the primary key as text (several key columns joined by {@code |}); null for a row of a table
 * without one
 * @param row the row after the change, or before it for deletes; values are JSON-friendly
 * (strings, numbers, booleans; dates and times as ISO-8601 text)
 * @param position where the change stands in the source's log
 */
public record RowChange(Op op, String table, String key, Map<String, Object> row, Position position) {

    /**
     * How the record of a row without a key is named (followed by its log position): a sync error of its own,
     * never a key of the source's.
     */
    public static final String NO_KEY = "no-key@";

    /** The kind of change. */
    public enum Op {

        /** Read by the initial snapshot. */
        READ,
        CREATE,
        UPDATE,
        DELETE
    }

    /**
     * A change's place in the source's log: PostgreSQL orders changes by the commit LSN of their
     * transaction, then by their own LSN. Snapshot reads all share the snapshot's position.
     */
    public record Position(long commitLsn, long lsn, boolean snapshot) implements Comparable<Position> {

        @Override
        public int compareTo(Position other) {
            int byCommit = Long.compare(this.commitLsn, other.commitLsn);
            return byCommit != 0 ? byCommit : Long.compare(this.lsn, other.lsn);
        }
    }
}

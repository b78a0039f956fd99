package com.partygraph.ingest.source;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.write.ChangeApplier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a snapshot read, kept while it reads a source the graph already holds records of: the source's log position
 * was lost (a replication slot dropped, recreated after a failover or an upgrade, or moved past changes not applied),
 * so Debezium reads its tables again, or its offsets were deleted to that end. Rows deleted in the meantime left no
 * delete to stream; at the snapshot's end their records are withdrawn as deletes placed just before the snapshot in
 * the source's log, so that every change streamed after it still applies. A first snapshot keeps nothing.
 */
final class SnapshotReads {

    private final Map<String, Set<String>> keys = new HashMap<>();

    private RowChange.Position position;

    /** Notes the snapshot reads among {@code changes}. */
    void note(List<RowChange> changes) {
        for (RowChange change : changes) {
            if (change.position().snapshot() && change.key() != null) {
                this.keys
                        .computeIfAbsent(change.table(), table -> new HashSet<>())
                        .add(change.key());
                this.position = change.position();
            }
        }
    }

    /** Deletes of the source's live records the snapshot did not read; none when it read nothing. */
    List<RowChange> unread(ChangeApplier applier) {
        if (this.position == null) {
            return List.of();
        }
        long before = Math.min(this.position.commitLsn(), this.position.lsn()) - 1;
        return applier.unreadRecords(this.keys, new RowChange.Position(before, before, false));
    }
}

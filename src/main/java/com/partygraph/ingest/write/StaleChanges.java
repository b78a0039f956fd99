package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The streamed changes of a batch that are older than what the graph holds of their rows: a change at or below
 * its record's own log position was applied already, or overtaken by a later change, whatever the source's
 * watermark says. That watermark keeps an ordinary redelivery out; this keeps out the whole log read again
 * after Debezium's offsets and the watermark were lost or reset (a graph restored from a backup, an old slot),
 * which would otherwise bring back every old version of every row, rows deleted since and rows erased since.
 * Snapshot reads are not measured: they carry no order of their own. Read from the batch's one lookup
 * ({@link HeldRecords}).
 */
final class StaleChanges {

    private StaleChanges() {}

    static Set<ReadRow> of(HeldRecords held, List<ReadRow> changes) {
        Set<ReadRow> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ReadRow change : changes) {
            if (change.change().position().snapshot() || change.tenant().equals(RowApplier.SYSTEM)) {
                continue;
            }
            HeldRecords.Held record = held.get(change);
            if (record == null) {
                continue;
            }
            Position position = RowWriter.position(record.position());
            if (!position.snapshot() && change.change().position().compareTo(position) <= 0) {
                stale.add(change);
            }
        }
        return stale;
    }
}

package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a batch not at or below their source's watermark (snapshot reads never are), how many of them were
 * streamed and the highest log position among them: what a transaction writes, and where it moves the watermark.
 */
record AboveWatermark(List<ReadRow> live, int streamed, Position highest) {

    /** Reads the watermark in the transaction of {@code system} when any change was streamed. */
    static AboveWatermark of(Statements system, List<ReadRow> changes) {
        boolean streaming =
                changes.stream().anyMatch(change -> !change.change().position().snapshot());
        return of(changes, streaming ? watermark(system) : null);
    }

    private static AboveWatermark of(List<ReadRow> changes, Position watermark) {
        Position highest = watermark;
        List<ReadRow> live = new ArrayList<>();
        int streamed = 0;
        for (ReadRow change : changes) {
            Position position = change.change().position();
            if (!position.snapshot() && watermark != null && position.compareTo(watermark) <= 0) {
                continue;
            }
            live.add(change);
            if (!position.snapshot()) {
                streamed++;
                highest = highest == null || position.compareTo(highest) > 0 ? position : highest;
            }
        }
        return new AboveWatermark(live, streamed, highest);
    }

    private static Position watermark(Statements system) {
        var found = system.run("watermark-get");
        if (found.isEmpty()) {
            return null;
        }
        return new Position(
                found.get(0).get("commitLsn").asLong(), found.get(0).get("lsn").asLong(), false);
    }

    /** Moves the watermark to the highest position, counting the streamed changes; none, nothing. */
    void moveWatermark(Statements system) {
        if (this.streamed > 0) {
            system.run(
                    "watermark-set",
                    "commitLsn",
                    this.highest.commitLsn(),
                    "lsn",
                    this.highest.lsn(),
                    "events",
                    this.streamed);
        }
    }
}

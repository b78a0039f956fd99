package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes not at or below the watermark (snapshot reads are never), how many of them were streamed and the
 * highest log position among them.
 */
record AboveWatermark(List<ReadRow> live, int streamed, Position highest) {

    static AboveWatermark of(List<ReadRow> changes, Position watermark) {
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

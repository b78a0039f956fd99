package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The streamed changes of a batch that are older than what the graph holds of their rows: a change at or below
 * its record's own log position was applied already, or overtaken by a later change, whatever the source's
 * watermark says. That watermark keeps an ordinary redelivery out; this keeps out the whole log read again
 * after Debezium's offsets and the watermark were lost or reset (a graph restored from a backup, an old slot),
 * which would otherwise bring back every old version of every row, rows deleted since and rows erased since.
 * Snapshot reads are not measured: they carry no order of their own. One lookup per tenant.
 */
final class StaleChanges {

    private StaleChanges() {}

    static Set<ReadRow> of(GraphWork graph, RowApplier rows, List<ReadRow> changes) {
        Map<Tenant, Map<List<String>, List<ReadRow>>> streamed = new LinkedHashMap<>();
        for (ReadRow change : changes) {
            if (!change.change().position().snapshot() && !change.tenant().equals(RowApplier.SYSTEM)) {
                streamed.computeIfAbsent(change.tenant(), tenant -> new HashMap<>())
                        .computeIfAbsent(
                                List.of(change.change().table(), change.change().key()), key -> new ArrayList<>())
                        .add(change);
            }
        }
        Set<ReadRow> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        if (streamed.isEmpty()) {
            return stale;
        }
        graph.write(tx -> {
            streamed.forEach((tenant, byRecord) -> {
                List<Map<String, Object>> refs = byRecord.keySet().stream()
                        .map(key -> Map.<String, Object>of("table", key.get(0), "key", key.get(1)))
                        .toList();
                for (var row : rows.statements(tx, tenant).run("ingest-records-positions", "refs", refs)) {
                    Position held = RowWriter.position(row.get("position").asString(""));
                    if (held.snapshot()) {
                        continue;
                    }
                    for (ReadRow change : byRecord.get(
                            List.of(row.get("table").asString(), row.get("key").asString()))) {
                        if (change.change().position().compareTo(held) <= 0) {
                            stale.add(change);
                        }
                    }
                }
            });
            return null;
        });
        return stale;
    }
}

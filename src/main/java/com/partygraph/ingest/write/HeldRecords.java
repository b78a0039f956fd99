package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the graph holds of the records a batch's changes write, read once per tenant for the whole batch (one
 * statement, {@code ingest-records-existing}): each record's log position ({@link StaleChanges}), whether it is
 * current (live, read under this mapping) and its row ({@link FreshRecords}). Records the graph has never seen are
 * not in it.
 */
final class HeldRecords {

    /** A record of one tenant. */
    record Key(Tenant tenant, String table, String key) {

        static Key of(ReadRow change) {
            return new Key(
                    change.tenant(), change.change().table(), change.change().key());
        }
    }

    /** What the graph holds of one record: its log position as stored, whether it is current, its row if so. */
    record Held(String position, boolean current, String raw) {}

    private final Map<Key, Held> held;

    private HeldRecords(Map<Key, Held> held) {
        this.held = held;
    }

    /** Looks up the records of the changes (rows that name no tenant have none) in the transaction. */
    static HeldRecords of(GraphWork.Cypher tx, RowApplier rows, List<ReadRow> changes) {
        Map<Tenant, Set<List<String>>> refs = new LinkedHashMap<>();
        for (ReadRow change : changes) {
            if (!change.tenant().equals(RowApplier.SYSTEM)) {
                refs.computeIfAbsent(change.tenant(), t -> new LinkedHashSet<>())
                        .add(List.of(change.change().table(), change.change().key()));
            }
        }
        Map<Key, Held> held = new HashMap<>();
        refs.forEach((tenant, keys) -> {
            List<Map<String, Object>> lookup = new ArrayList<>(keys.size());
            keys.forEach(key -> lookup.add(Map.of("table", key.get(0), "key", key.get(1))));
            for (var row : rows.statements(tx, tenant).run("ingest-records-existing", "refs", lookup)) {
                boolean current = row.get("current").asBoolean();
                held.put(
                        new Key(
                                tenant,
                                row.get("table").asString(),
                                row.get("key").asString()),
                        new Held(
                                row.get("position").asString(""),
                                current,
                                current ? row.get("raw").asString(null) : null));
            }
        });
        return new HeldRecords(held);
    }

    /** What the graph holds of the change's record, or null when it has never seen it. */
    Held get(ReadRow change) {
        return this.held.get(Key.of(change));
    }
}

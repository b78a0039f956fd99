package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.RowChange.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a batch that write records the graph has never seen and that no other change of
 * the batch touches: nothing of theirs needs retracting, so they can be written together
 * ({@link NewRecords}); and the changes that bring a row exactly as its record already holds it,
 * read under the same mapping (a replayed snapshot), which change nothing and are left out. One
 * lookup per tenant however large the batch.
 */
final class FreshRecords {

    private final Set<Key> fresh;

    private final Set<Key> unchanged;

    private final Map<Key, String> held;

    private FreshRecords(Set<Key> fresh, Set<Key> unchanged, Map<Key, String> held) {
        this.fresh = fresh;
        this.unchanged = unchanged;
        this.held = held;
    }

    static FreshRecords of(GraphWork.Cypher tx, RowApplier rows, List<ReadRow> changes) {
        Map<Key, ReadRow> once = new HashMap<>();
        Set<Key> repeated = new LinkedHashSet<>();
        for (ReadRow change : changes) {
            Key key = Key.of(change);
            if (once.putIfAbsent(key, change) != null) {
                repeated.add(key);
            }
        }
        Map<Tenant, List<Map<String, Object>>> candidates = new LinkedHashMap<>();
        once.forEach((key, change) -> {
            if (!repeated.contains(key)
                    && change.change().op() != Op.DELETE
                    && !key.tenant().equals(RowApplier.SYSTEM)) {
                candidates
                        .computeIfAbsent(key.tenant(), t -> new ArrayList<>())
                        .add(Map.of("table", key.table(), "key", key.key()));
            }
        });
        Set<Key> fresh = new HashSet<>();
        Set<Key> unchanged = new HashSet<>();
        Map<Key, String> held = new HashMap<>();
        candidates.forEach((tenant, refs) -> {
            refs.forEach(ref -> fresh.add(new Key(tenant, (String) ref.get("table"), (String) ref.get("key"))));
            for (var row : rows.statements(tx, tenant).run("ingest-records-existing", "refs", refs)) {
                Key key = new Key(
                        tenant, row.get("table").asString(), row.get("key").asString());
                fresh.remove(key);
                if (row.get("current").asBoolean() && !row.get("raw").isNull()) {
                    String raw = row.get("raw").asString();
                    if (raw.equals(once.get(key).raw())) {
                        unchanged.add(key);
                    } else {
                        held.put(key, raw);
                    }
                }
            }
        });
        return new FreshRecords(fresh, unchanged, held);
    }

    /** Whether the change brings its row as the graph holds it already. */
    boolean unchanged(ReadRow change) {
        return this.unchanged.contains(Key.of(change));
    }

    /**
     * The row the graph holds of the change's record when it is current (live, read under the same mapping) and
     * the change brings another; null otherwise.
     */
    String held(ReadRow change) {
        return this.held.get(Key.of(change));
    }

    /** Whether the change writes a record new to the graph. */
    boolean contains(ReadRow change) {
        return this.fresh.contains(Key.of(change));
    }

    /** A record of one tenant. */
    private record Key(Tenant tenant, String table, String key) {

        static Key of(ReadRow change) {
            return new Key(
                    change.tenant(), change.change().table(), change.change().key());
        }
    }
}

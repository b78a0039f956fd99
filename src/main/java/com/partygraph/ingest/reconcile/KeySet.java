package com.partygraph.ingest.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keys of one table on one side, with a checksum that does not depend on their order: the wrapping
 * sum of a 64-bit hash of each key. Keeps the keys themselves to name differences.
 */
final class KeySet {

    private final Set<String> keys = new HashSet<>();

    private long checksum;

    void add(String key) {
        if (this.keys.add(key)) {
            this.checksum +=
                    UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        }
    }

    long size() {
        return this.keys.size();
    }

    String checksum() {
        return Long.toHexString(this.checksum);
    }

    /** Up to ten keys of this set that {@code other} lacks. */
    List<String> notIn(KeySet other) {
        List<String> missing = new ArrayList<>();
        for (String key : this.keys) {
            if (!other.keys.contains(key)) {
                missing.add(key);
                if (missing.size() == 10) {
                    break;
                }
            }
        }
        return missing;
    }
}

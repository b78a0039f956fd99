package com.partygraph.resolution.evaluate;

import java.util.HashMap;
import java.util.Map;

/**
 * How a clustering and the truth share the records both label: records per cluster, per entity, and per
 * cluster and entity together. What pairwise and B-cubed scores are counted from.
 *
 * @param joint cluster to entity to the records they share
 */
record Contingency(
        Map<String, Long> clusters, Map<String, Long> entities, Map<String, Map<String, Long>> joint, long records) {

    /** Counts {@code predicted} (record to cluster) against {@code truth} (record to entity). */
    static Contingency of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> clusters = new HashMap<>();
        Map<String, Long> entities = new HashMap<>();
        Map<String, Map<String, Long>> joint = new HashMap<>();
        long records = 0;
        for (Map.Entry<String, String> entry : truth.entrySet()) {
            String cluster = predicted.get(entry.getKey());
            if (cluster == null) {
                continue;
            }
            records++;
            clusters.merge(cluster, 1L, Long::sum);
            entities.merge(entry.getValue(), 1L, Long::sum);
            joint.computeIfAbsent(cluster, c -> new HashMap<>()).merge(entry.getValue(), 1L, Long::sum);
        }
        return new Contingency(clusters, entities, joint, records);
    }
}

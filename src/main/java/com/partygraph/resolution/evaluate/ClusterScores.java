package com.partygraph.resolution.evaluate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cluster precision, recall and F1 of a clustering against the truth, over the records both label: a cluster
 * is right when it holds exactly the records of one entity, no more and no fewer. Precision is the share of
 * clusters that are right, recall the share of entities found exactly.
 *
 * @param exact clusters that are exactly one entity
 * @param clusters clusters among the labelled records
 * @param entities entities of the truth among them
 */
public record ClusterScores(long exact, long clusters, long entities) {

    /** Compares {@code predicted} (record to cluster) with {@code truth} (record to entity). */
    public static ClusterScores of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Set<String>> byCluster = new HashMap<>();
        Map<String, Set<String>> byEntity = new HashMap<>();
        for (Map.Entry<String, String> entry : truth.entrySet()) {
            String cluster = predicted.get(entry.getKey());
            if (cluster != null) {
                byCluster.computeIfAbsent(cluster, c -> new HashSet<>()).add(entry.getKey());
                byEntity.computeIfAbsent(entry.getValue(), e -> new HashSet<>()).add(entry.getKey());
            }
        }
        Set<Set<String>> entities = new HashSet<>(byEntity.values());
        long exact = byCluster.values().stream().filter(entities::contains).count();
        return new ClusterScores(exact, byCluster.size(), byEntity.size());
    }

    public double precision() {
        return this.clusters == 0 ? 1 : (double) this.exact / this.clusters;
    }

    public double recall() {
        return this.entities == 0 ? 1 : (double) this.exact / this.entities;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package com.partygraph.resolution.evaluate;

import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against the truth, over the records both label: for each record,
 * the share of its cluster that is its entity (precision) and the share of its entity that is in its cluster
 * (recall), averaged over the records. Unlike pairwise scores, a large cluster does not weigh quadratically.
 *
 * @param precision the records' mean precision
 * @param recall the records' mean recall
 * @param records records both label
 */
public record BCubedScores(double precision, double recall, long records) {

    /** Compares {@code predicted} (record to cluster) with {@code truth} (record to entity). */
    public static BCubedScores of(Map<String, String> predicted, Map<String, String> truth) {
        Contingency counts = Contingency.of(predicted, truth);
        if (counts.records() == 0) {
            return new BCubedScores(1, 1, 0);
        }
        // Each of the n records a cluster and an entity share counts n/|cluster| and n/|entity|: n²/size in all.
        double precision = 0;
        double recall = 0;
        for (var cluster : counts.joint().entrySet()) {
            for (var shared : cluster.getValue().entrySet()) {
                double n = shared.getValue();
                precision += n * n / counts.clusters().get(cluster.getKey());
                recall += n * n / counts.entities().get(shared.getKey());
            }
        }
        return new BCubedScores(precision / counts.records(), recall / counts.records(), counts.records());
    }

    public double f1() {
        return this.precision + this.recall == 0
                ? 0
                : 2 * this.precision * this.recall / (this.precision + this.recall);
    }
}

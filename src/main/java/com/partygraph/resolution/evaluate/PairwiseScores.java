package com.partygraph.resolution.evaluate;

import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against the truth, over the records both label: a
 * pair of records is a true match when the truth puts them in one entity, a predicted match when the
 * clustering puts them in one cluster. Counted from cluster sizes, never pair by pair.
 *
 * @param truePairs pairs in one entity
 * @param predictedPairs pairs in one cluster
 * @param correctPairs pairs in one entity and one cluster
 * @param records records both label
 * @param entities entities of the truth among them
 * @param clusters clusters among them
 */
public record PairwiseScores(
        long truePairs, long predictedPairs, long correctPairs, long records, long entities, long clusters) {

    /** Compares {@code predicted} (record to cluster) with {@code truth} (record to entity). */
    public static PairwiseScores of(Map<String, String> predicted, Map<String, String> truth) {
        Contingency counts = Contingency.of(predicted, truth);
        long correct = counts.joint().values().stream()
                .mapToLong(byEntity -> pairs(byEntity))
                .sum();
        return new PairwiseScores(
                pairs(counts.entities()),
                pairs(counts.clusters()),
                correct,
                counts.records(),
                counts.entities().size(),
                counts.clusters().size());
    }

    public double precision() {
        return this.predictedPairs == 0 ? 1 : (double) this.correctPairs / this.predictedPairs;
    }

    public double recall() {
        return this.truePairs == 0 ? 1 : (double) this.correctPairs / this.truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}

package com.partygraph.resolution.model;

import java.util.Comparator;
import java.util.List;

/**
 * How strongly two records look like one party, with its explanation: the total match weight in bits
 * (prior included), the match probability, and each feature's part.
 */
public record Score(double weight, double probability, double prior, List<FeatureWeight> features) {

    private static final Comparator<FeatureWeight> PART = Comparator.comparing(FeatureWeight::feature)
            .thenComparing(FeatureWeight::level)
            .thenComparing(FeatureWeight::left, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FeatureWeight::right, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Orders scores by their explanations, part by part (feature, level, the values compared), whatever their weights:
     * of two records that score the same, the one that explains a match is then the same in any order they are
     * found in (an index built again finds them in another).
     */
    public static int compareExplanations(Score a, Score b) {
        int parts = Math.min(a.features.size(), b.features.size());
        for (int i = 0; i < parts; i++) {
            int order = PART.compare(a.features.get(i), b.features.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.features.size(), b.features.size());
    }

    /** The features in hard conflict (a level that two records of one party almost never land on). */
    public List<FeatureWeight> conflicts() {
        return this.features.stream().filter(FeatureWeight::conflict).toList();
    }

    /** The features that agree (positive weight), strongest first. */
    public List<FeatureWeight> agreeing() {
        return this.features.stream()
                .filter(f -> f.weight() > 0)
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .toList();
    }

    /** The features that disagree (negative weight), strongest first. */
    public List<FeatureWeight> disagreeing() {
        return this.features.stream()
                .filter(f -> f.weight() < 0)
                .sorted((a, b) -> Double.compare(a.weight(), b.weight()))
                .toList();
    }
}

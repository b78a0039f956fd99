package com.partygraph.resolution.model;

import java.util.List;

/**
 * How strongly two records look like one party, with its explanation: the total match weight in bits
 * (prior included), the match probability, and each feature's part.
 */
public record Score(double weight, double probability, double prior, List<FeatureWeight> features) {

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

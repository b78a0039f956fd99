package com.partygraph.resolution.model;

/**
 * One feature's part of a score: the two values compared, the level they landed on ("missing" when one
 * has none), its weight in bits (log2 of m / u; positive weights speak for a match), and whether it is a
 * hard conflict, which keeps the pair from being linked automatically however the rest agrees.
 */
public record FeatureWeight(String feature, String level, String left, String right, double weight, boolean conflict) {

    /** The same part, not a conflict: the rest of the pair's evidence explains the disagreement. */
    FeatureWeight withoutConflict() {
        return this.conflict
                ? new FeatureWeight(this.feature, this.level, this.left, this.right, this.weight, false)
                : this;
    }
}

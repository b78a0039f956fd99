package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/**
 * One feature compared at graded levels, best first and "different" last. Implementations are small,
 * stateless and thread-safe.
 */
public abstract class Comparison {

    /** How the weight of the first level follows the frequency of the value both records share. */
    public enum Frequency {

        /** Not at all. */
        NONE,

        /** A rare value weighs more, a common one less (names): u is the value's share of the records. */
        VALUE,

        /**
         * Only a value more records share than one party's own (an "info@" address, an office phone) weighs
         * less: u is then its share of the records, when that is larger.
         */
        SHARED
    }

    private final String name;

    private final List<String> levels;

    private final Frequency frequency;

    private final boolean hardConflict;

    Comparison(String name, List<String> levels, Frequency frequency, boolean hardConflict) {
        this.name = name;
        this.levels = levels;
        this.frequency = frequency;
        this.hardConflict = hardConflict;
    }

    /** The feature's name in explanations and in the model settings ({@code givenName}). */
    public final String name() {
        return this.name;
    }

    /** The level names, best first; the last one is the disagreement level. */
    public final List<String> levels() {
        return this.levels;
    }

    public final Frequency frequency() {
        return this.frequency;
    }

    /**
     * Whether the "different" level is a hard conflict: two records of one party almost never land on it,
     * so a pair on it is not linked automatically however the rest agrees.
     */
    public final boolean hardConflict() {
        return this.hardConflict;
    }

    public abstract Compared compare(Features a, Features b);
}

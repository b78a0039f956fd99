package com.partygraph.resolution.compare;

/**
 * Where a pair landed on one comparison: the level (an index into the comparison's levels, or
 * {@link #MISSING}), the two values compared, and the value both share when the level's weight depends
 * on how common that value is (null otherwise).
 */
public record Compared(int level, String left, String right, String shared) {

    public static final int MISSING = -1;

    public static Compared missing(String left, String right) {
        return new Compared(MISSING, left, right, null);
    }
}

package com.partygraph.resolution.compare;

/** Whether two value lists share a value, and which one. */
final class Overlap {

    private Overlap() {}

    /** The first value of {@code a} that {@code b} holds too, or null. */
    static String shared(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return x;
                }
            }
        }
        return null;
    }

    static String first(String[] values) {
        return values.length == 0 ? "" : values[0];
    }
}

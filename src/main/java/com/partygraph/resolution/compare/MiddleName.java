package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/** A person's middle name: the same, the same initial, or different. */
final class MiddleName extends Comparison {

    MiddleName() {
        super("middleName", List.of("exact", "initial", "different"), Frequency.NONE, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.middle().isEmpty() || b.middle().isEmpty()) {
            return Compared.missing(a.middle(), b.middle());
        }
        int level = a.middle().equals(b.middle())
                ? 0
                : a.middle().charAt(0) == b.middle().charAt(0) ? 1 : 2;
        return new Compared(level, a.middle(), b.middle(), null);
    }
}

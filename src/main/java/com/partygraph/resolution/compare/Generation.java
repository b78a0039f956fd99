package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/** Jr, Sr, III: the same, or different (a father and his son). Missing unless both records say. */
final class Generation extends Comparison {

    Generation() {
        super("generation", List.of("exact", "different"), Frequency.NONE, true);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.generation().isEmpty() || b.generation().isEmpty()) {
            return Compared.missing(a.generation(), b.generation());
        }
        return new Compared(a.generation().equals(b.generation()) ? 0 : 1, a.generation(), b.generation(), null);
    }
}

package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/** Phones (E.164): one shared, weighed by how many records share it (an office line), or none. */
final class Phone extends Comparison {

    Phone() {
        super("phone", List.of("exact", "different"), Frequency.SHARED, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.phones().length == 0 || b.phones().length == 0) {
            return Compared.missing(Overlap.first(a.phones()), Overlap.first(b.phones()));
        }
        String shared = Overlap.shared(a.phones(), b.phones());
        return shared != null
                ? new Compared(0, shared, shared, shared)
                : new Compared(1, a.phones()[0], b.phones()[0], null);
    }
}

package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/**
 * Emails: one shared (weighed by how many records share it: an "info@" address says little), or none
 * shared. People have several addresses, so "different" weighs little. The same local part at another
 * domain is no level of its own: it is mostly the name again, which the name comparisons count.
 */
final class Email extends Comparison {

    Email() {
        super("email", List.of("exact", "different"), Frequency.SHARED, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.emails().length == 0 || b.emails().length == 0) {
            return Compared.missing(Overlap.first(a.emails()), Overlap.first(b.emails()));
        }
        String shared = Overlap.shared(a.emails(), b.emails());
        if (shared != null) {
            return new Compared(0, shared, shared, shared);
        }
        return new Compared(1, a.emails()[0], b.emails()[0], null);
    }
}

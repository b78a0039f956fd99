package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;
import java.util.stream.Stream;

/** An organization's web domains, with the domains of its non-free-mail emails: one shared, or none. */
final class Domain extends Comparison {

    Domain() {
        super("domain", List.of("exact", "different"), Frequency.NONE, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        String[] left = all(a);
        String[] right = all(b);
        if (left.length == 0 || right.length == 0) {
            return Compared.missing(Overlap.first(left), Overlap.first(right));
        }
        String shared = Overlap.shared(left, right);
        return shared != null ? new Compared(0, shared, shared, null) : new Compared(1, left[0], right[0], null);
    }

    private static String[] all(Features f) {
        return f.emailDomains().length == 0
                ? f.domains()
                : Stream.concat(Stream.of(f.domains()), Stream.of(f.emailDomains()))
                        .distinct()
                        .toArray(String[]::new);
    }
}

package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.List;

/**
 * A person's family name: the same (weighed by how common it is), close (a typo), sounding alike, or
 * different. Given and family names written the other way round count as the same.
 */
final class FamilyName extends Comparison {

    FamilyName() {
        super("familyName", List.of("exact", "close", "phonetic", "different"), Frequency.VALUE, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.family().isEmpty() || b.family().isEmpty()) {
            return Compared.missing(a.family(), b.family());
        }
        if (a.family().equals(b.family()) || swapped(a, b)) {
            return new Compared(0, a.family(), b.family(), a.family());
        }
        int level = Similarity.close(a.family(), b.family(), 0.92) || swappedClosely(a, b)
                ? 1
                : Similarity.soundAlike(a.family(), b.family()) ? 2 : 3;
        return new Compared(level, a.family(), b.family(), null);
    }

    /** Whether the given and family names were written the other way round in one of the records. */
    static boolean swapped(Features a, Features b) {
        return !a.given().isEmpty()
                && !b.given().isEmpty()
                && a.givenFormal().equals(b.family())
                && a.family().equals(b.givenFormal());
    }

    /** {@link #swapped}, but each name within a typo or a nickname ("Holjones Joe" against "Joseph Holjones"). */
    static boolean swappedClosely(Features a, Features b) {
        return !a.given().isEmpty()
                && !b.given().isEmpty()
                && Similarity.close(a.given(), b.family(), 0.9)
                && (Similarity.close(a.family(), b.given(), 0.85)
                        || Similarity.close(a.family(), b.givenFormal(), 0.85));
    }
}

package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.normalize.GivenNames;
import java.util.List;

/**
 * A person's given name: the same in formal form (Bob and Robert), close (a typo: one letter in, out, replaced or
 * swapped with its neighbour, or Jaro–Winkler 0.9 or more), one written as an initial, or different. Two names
 * that are both known names ({@link GivenNames}) are never a typo of each other: Jane and Janet are two people.
 * Given and family names written the other way round count as the same.
 */
final class GivenName extends Comparison {

    GivenName() {
        super("givenName", List.of("exact", "close", "initial", "different"), Frequency.VALUE, true);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.given().isEmpty() || b.given().isEmpty()) {
            return Compared.missing(a.given(), b.given());
        }
        int level;
        if (a.givenFormal().equals(b.givenFormal()) || FamilyName.swapped(a, b)) {
            level = 0;
        } else if (!bothNames(a.givenFormal(), b.givenFormal())
                        && (typo(a.given(), b.given()) || typo(a.givenFormal(), b.givenFormal()))
                || FamilyName.swappedClosely(a, b)) {
            level = 1;
        } else if ((a.given().length() == 1 || b.given().length() == 1)
                && (a.given().charAt(0) == b.given().charAt(0)
                        || a.givenFormal().charAt(0) == b.givenFormal().charAt(0))) {
            level = 2;
        } else {
            level = 3;
        }
        return new Compared(level, a.given(), b.given(), level == 0 ? a.givenFormal() : null);
    }

    private static boolean typo(String a, String b) {
        return Similarity.close(a, b, 0.9) || Math.min(a.length(), b.length()) >= 3 && Similarity.oneTypo(a, b);
    }

    // Two known names are two people, unless one is the other spelt with a letter doubled or as a pet form
    // ending in "ie", "y", "i" or "e" (Briana and Brianna, Ann and Annie, John and Johnny, Philip and Phillip).
    private static boolean bothNames(String a, String b) {
        return GivenNames.shipped().known(a)
                && GivenNames.shipped().known(b)
                && !spelling(a).equals(spelling(b));
    }

    private static String spelling(String name) {
        String single = name.replaceAll("(.)\\1", "$1");
        if (single.length() > 3 && single.endsWith("ie")) {
            return single.substring(0, single.length() - 2);
        }
        boolean pet = single.endsWith("y") || single.endsWith("i") || single.endsWith("e");
        return single.length() > 3 && pet ? single.substring(0, single.length() - 1) : single;
    }
}

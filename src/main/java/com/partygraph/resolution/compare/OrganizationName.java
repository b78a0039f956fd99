package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An organization's name (legal forms dropped, abbreviations written out), against the other's name
 * and other names: the same (weighed by how common), the same words in another order or all of the
 * shorter name's words, close (a typo), an acronym of the other, or different.
 */
final class OrganizationName extends Comparison {

    OrganizationName() {
        super("organizationName", List.of("exact", "words", "close", "acronym", "different"), Frequency.VALUE, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.name().isEmpty() || b.name().isEmpty()) {
            return Compared.missing(a.name(), b.name());
        }
        Compared best = null;
        for (String x : names(a)) {
            for (String y : names(b)) {
                int level = level(x, y);
                if (best == null || level < best.level()) {
                    best = new Compared(level, x, y, level == 0 ? x : null);
                }
            }
        }
        return best;
    }

    private static List<String> names(Features f) {
        if (f.otherNames().length == 0) {
            return List.of(f.name());
        }
        String[] all = Arrays.copyOf(f.otherNames(), f.otherNames().length + 1);
        all[all.length - 1] = f.name();
        return List.of(all);
    }

    private static int level(String x, String y) {
        if (x.equals(y)) {
            return 0;
        }
        Set<String> left = new HashSet<>(List.of(x.split(" ")));
        Set<String> right = new HashSet<>(List.of(y.split(" ")));
        Set<String> shorter = left.size() <= right.size() ? left : right;
        Set<String> longer = shorter == left ? right : left;
        if (longer.containsAll(shorter)
                && (shorter.size() >= 2 || shorter.iterator().next().length() >= 5)) {
            return 1;
        }
        if (Similarity.jaroWinkler(x, y) >= 0.94) {
            return 2;
        }
        if (acronym(x, y) || acronym(y, x)) {
            return 3;
        }
        return 4;
    }

    private static boolean acronym(String shortName, String longName) {
        String[] words = longName.split(" ");
        if (shortName.contains(" ") || words.length < 2 || shortName.length() != words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].charAt(0) != shortName.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

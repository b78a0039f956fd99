package com.partygraph.resolution.compare;

import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.normalize.Addresses.Address;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Postal addresses, best pair of the two records' addresses: the same house number and street (within a
 * typo; the postcode and city agreeing within a typo, or unknown), the same street, the same postcode or city, or
 * different.
 */
final class PostalAddress extends Comparison {

    private static final Pattern BLANKS = Pattern.compile(" +");

    PostalAddress() {
        super("address", List.of("exact", "street", "area", "different"), Frequency.SHARED, false);
    }

    @Override
    public Compared compare(Features a, Features b) {
        if (a.addresses().length == 0 || b.addresses().length == 0) {
            return Compared.missing(text(a), text(b));
        }
        // The best pair's lines are written once it is known: every pair compared is not worth its text.
        int best = Integer.MAX_VALUE;
        Address left = null;
        Address right = null;
        for (Address x : a.addresses()) {
            for (Address y : b.addresses()) {
                int level = level(x, y);
                if (level < best) {
                    best = level;
                    left = x;
                    right = y;
                }
            }
        }
        String shared = best == 0 ? left.number() + " " + left.street() : null;
        return new Compared(best, line(left), line(right), shared);
    }

    private static int level(Address x, Address y) {
        boolean samePlace = agrees(x.postcode(), y.postcode()) && agrees(x.city(), y.city());
        boolean sameStreet = !x.street().isEmpty()
                && !y.street().isEmpty()
                && (x.street().equals(y.street()) || Similarity.jaroWinkler(x.street(), y.street()) >= 0.93);
        if (sameStreet && samePlace && !x.number().isEmpty() && x.number().equals(y.number())) {
            return 0;
        }
        if (sameStreet && samePlace) {
            return 1;
        }
        boolean area = (!x.postcode().isEmpty() && x.postcode().equals(y.postcode()))
                || (x.postcode().isEmpty() || y.postcode().isEmpty())
                        && !x.city().isEmpty()
                        && x.city().equals(y.city());
        return area ? 2 : 3;
    }

    // A postcode with two digits swapped or one mistyped, a place name within a typo, still agree.
    private static boolean agrees(String x, String y) {
        return x.isEmpty()
                || y.isEmpty()
                || x.equals(y)
                || x.length() == y.length() && Similarity.oneTypo(x, y)
                || x.length() > 4 && Similarity.jaroWinkler(x, y) >= 0.93;
    }

    private static String text(Features f) {
        return f.addresses().length == 0 ? "" : line(f.addresses()[0]);
    }

    private static String line(Address a) {
        return BLANKS.matcher(String.join(" ", a.number(), a.street(), a.city(), a.postcode()))
                .replaceAll(" ")
                .strip();
    }
}

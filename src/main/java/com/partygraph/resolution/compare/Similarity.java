package com.partygraph.resolution.compare;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The string measures comparisons use (commons-text, commons-codec). Thread-safe. */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private Similarity() {}

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /**
     * Whether two names are within a typo: Jaro–Winkler at or above {@code threshold}, or the same letters
     * in another order with the same first letter ("geogre" and "goerge": two transpositions).
     */
    static boolean close(String a, String b, double threshold) {
        if (jaroWinkler(a, b) >= threshold) {
            return true;
        }
        if (a.length() < 4 || a.length() != b.length() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /**
     * Whether two different texts are one typo apart: a letter put in, left out or replaced, or two neighbours
     * swapped ("ben" and "bne", "6385642" and "6385462").
     */
    static boolean oneTypo(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            boolean swapped = first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
            return swapped || a.substring(first + 1).equals(b.substring(first + 1));
        }
        return Math.abs(a.length() - b.length()) == 1 && edits(a, b) == 1;
    }

    /** Edit distance, or -1 when it is over 3. */
    static int edits(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    static boolean soundAlike(String a, String b) {
        return METAPHONE.isDoubleMetaphoneEqual(a, b) || METAPHONE.isDoubleMetaphoneEqual(a, b, true);
    }

    /** The phonetic code of a word (Double Metaphone, primary). */
    static String phonetic(String word) {
        String code = METAPHONE.doubleMetaphone(word);
        return code == null ? "" : code;
    }
}

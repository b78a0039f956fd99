package com.partygraph.resolution.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folded for comparison: accents dropped, lower case, punctuation as blanks, blanks collapsed. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** The folded text; empty for null. "&" reads as "and", an apostrophe joins ("O'Brien" is "obrien"). */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("\u2019", "");
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** The folded words; none for null or blank text. */
    public static String[] words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}

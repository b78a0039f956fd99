package com.partygraph.resolution.compare;

/** Phonetic codes for blocking keys, from the same measure comparisons use. */
public final class Phonetics {

    private Phonetics() {}

    /** The Double Metaphone code of a word; empty for an empty word. */
    public static String code(String word) {
        return word.isEmpty() ? "" : Similarity.phonetic(word);
    }
}

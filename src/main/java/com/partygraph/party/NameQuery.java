package com.partygraph.party;

import com.partygraph.problem.InvalidInputException;
import com.partygraph.resolution.NameNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the Lucene query for the {@code party_names} full-text index from what a user typed. The
 * words are folded to letters and digits first, so no Lucene syntax from the input survives. Public for the
 * query benchmark, which runs the same search straight over Bolt.
 */
public final class NameQuery {

    /**
     * Words a name search may have: each becomes up to three Lucene clauses, and a fuzzy one expands further;
     * a search of about a hundred words passed Lucene's clause limit (a 500 before this bound).
     */
    static final int MAX_WORDS = 20;

    private NameQuery() {}

    // A word matches exactly, as a prefix, or with typos as people make them (a swap of two letters is one):
    // one from three letters ("Deo" finds Doe), two from five ("Initek" finds Initech). Names are folded first,
    // so "Mueller" is one letter from "Muller" (Müller).
    private static String clause(String word) {
        int edits = word.length() >= 5 ? 2 : word.length() >= 3 ? 1 : 0;
        return edits == 0
                ? "(" + word + " OR " + word + "*)"
                : "(" + word + " OR " + word + "* OR " + word + "~" + edits + ")";
    }

    /**
     * Each word must match, exactly, as a prefix, or with a typo or two ({@link #clause}); empty if no word.
     * @throws InvalidInputException when the name has more than {@value #MAX_WORDS} words
     */
    public static String lucene(NameNormalizer names, String typed) {
        List<String> words = Arrays.stream(names.person(typed).split(" "))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidInputException("name", "at most " + MAX_WORDS + " words (it has " + words.size() + ")");
        }
        return words.stream().map(NameQuery::clause).collect(Collectors.joining(" AND "));
    }
}

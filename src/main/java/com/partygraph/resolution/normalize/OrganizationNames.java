package com.partygraph.resolution.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Organization names as comparable words: folded, a leading "The" and trailing legal forms dropped
 * ("Acme Holdings, Inc." and "ACME HOLDINGS" meet), abbreviations written out ("Acme Hldgs" is "acme
 * holdings"), from {@code resolution/organization-terms.csv}. Thread-safe.
 */
public final class OrganizationNames {

    private static final String DROP = "-";

    private final Lexicon terms;

    public OrganizationNames() {
        this(Lexicon.load("resolution/organization-terms.csv"));
    }

    OrganizationNames(Lexicon terms) {
        this.terms = terms;
    }

    /** The comparable form: words joined by one blank; empty when nothing is left. */
    public String key(String name) {
        return String.join(" ", words(name));
    }

    /** The comparable words, in order. */
    public List<String> words(String name) {
        List<String> words = lettersJoined(Folding.words(name));
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        // Compound forms join with '&' ("GmbH & Co. KG"), read as "and" after folding.
        while (words.size() > 1
                && (DROP.equals(this.terms.get(words.getLast()))
                        || words.getLast().equals("and"))) {
            words.removeLast();
        }
        return words.stream()
                .map(word -> {
                    String meaning = this.terms.get(word);
                    return meaning == null || meaning.equals(DROP) ? word : meaning;
                })
                .collect(Collectors.toCollection(ArrayList::new));
    }

    // Single letters in a row are one word: "L.L.C." is "llc", "I B M" is "ibm".
    private static List<String> lettersJoined(String[] folded) {
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : folded) {
            if (word.length() == 1) {
                letters.append(word);
                continue;
            }
            if (!letters.isEmpty()) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            words.add(word);
        }
        if (!letters.isEmpty()) {
            words.add(letters.toString());
        }
        return words;
    }
}

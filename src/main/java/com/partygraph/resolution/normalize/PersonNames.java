package com.partygraph.resolution.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Person names as parts: a full name split into given, middle and family name ("Smith, Robert J." and
 * "Dr. Robert J. Smith Jr." alike), titles dropped, the generation (Jr, Sr, III) kept apart, and given
 * names in their formal form (Bob is Robert) from {@code resolution/nicknames.csv}. Thread-safe.
 */
public final class PersonNames {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "rev");

    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv", "junior", "senior");

    private final Lexicon nicknames;

    public PersonNames() {
        this(Lexicon.load("resolution/nicknames.csv"));
    }

    PersonNames(Lexicon nicknames) {
        this.nicknames = nicknames;
    }

    /** A name in parts, folded; a part is empty when unknown. */
    public record Name(String given, String middle, String family, String generation) {}

    /** Splits a full name, folded; "Family, Given Middle" is read with the family name first. */
    public Name split(String fullName) {
        return split(fullName, Folding::words);
    }

    /**
     * Splits a full name keeping the words as written ("Smith, Robert J." gives Robert, J, Smith), for
     * a party's given and family name.
     */
    public Name splitAsWritten(String fullName) {
        return split(fullName, PersonNames::writtenWords);
    }

    private static Name split(String fullName, Function<String, String[]> words) {
        if (fullName == null) {
            return new Name("", "", "", "");
        }
        int comma = fullName.indexOf(',');
        List<String> parts;
        if (comma > 0 && !isGeneration(fullName.substring(comma + 1))) {
            parts = new ArrayList<>(Arrays.asList(words.apply(fullName.substring(comma + 1))));
            parts.addAll(Arrays.asList(words.apply(fullName.substring(0, comma))));
        } else {
            parts = new ArrayList<>(Arrays.asList(words.apply(fullName)));
        }
        return parts(parts);
    }

    // Words as written, without the punctuation around them ("J." is "J"); apostrophes and hyphens stay.
    private static String[] writtenWords(String text) {
        return Arrays.stream(text.strip().split("[\\s,]+"))
                .map(word -> word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }

    /** Given, middle and family names from separate columns (any may be null), folded. */
    public Name of(String given, String middle, String family) {
        List<String> words = new ArrayList<>(Arrays.asList(Folding.words(given)));
        String generation = "";
        List<String> familyWords = new ArrayList<>(Arrays.asList(Folding.words(family)));
        if (familyWords.size() > 1 && GENERATIONS.contains(familyWords.getLast())) {
            generation = familyWords.removeLast();
        }
        words.removeIf(TITLES::contains);
        String first = words.isEmpty() ? "" : words.getFirst();
        String middleName = String.join(" ", Folding.words(middle));
        if (middleName.isEmpty() && words.size() > 1) {
            middleName = String.join(" ", words.subList(1, words.size()));
        }
        return new Name(first, middleName, String.join(" ", familyWords), generation);
    }

    /** The formal form of a folded given name: "bob" is "robert"; a name without a nickname stays. */
    public String formal(String given) {
        String formal = this.nicknames.get(given);
        return formal == null ? given : formal;
    }

    private static boolean isGeneration(String text) {
        String[] words = Folding.words(text);
        return words.length == 1 && GENERATIONS.contains(words[0]);
    }

    private static Name parts(List<String> words) {
        words.removeIf(word -> TITLES.contains(Folding.fold(word)));
        String generation = "";
        if (words.size() > 1 && GENERATIONS.contains(Folding.fold(words.getLast()))) {
            generation = words.removeLast();
        }
        if (words.isEmpty()) {
            return new Name("", "", "", generation);
        }
        if (words.size() == 1) {
            return new Name("", "", words.getFirst(), generation);
        }
        String middle = String.join(" ", words.subList(1, words.size() - 1));
        return new Name(words.getFirst(), middle, words.getLast(), generation);
    }
}

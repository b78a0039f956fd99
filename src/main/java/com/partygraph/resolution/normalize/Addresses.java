package com.partygraph.resolution.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses as parts, from parts or from one line of free text ("123 Main St, Las Vegas NV
 * 89132", "123 Main Street Las Vegas NV 89132, US"), with street types and directionals in their
 * standard form (St is street, Ln is lane) from {@code resolution/street-types.csv}. Thread-safe.
 */
public final class Addresses {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)^(?:(.*?)\\s+)?(\\d{5}(?:-\\d{4})?|[a-z]\\d[a-z] ?\\d[a-z]\\d|[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}|\\d{4})$");

    private static final List<String> DIRECTIONS =
            List.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

    private static final List<String> UNITS = List.of("suite", "apartment", "floor");

    private static final Pattern NUMBER = Pattern.compile("^(\\d+[a-z]?)\\s+(.*)$");

    private final Lexicon streetTypes;

    public Addresses() {
        this(Lexicon.load("resolution/street-types.csv"));
    }

    Addresses(Lexicon streetTypes) {
        this.streetTypes = streetTypes;
    }

    /**
     * An address in comparable parts, each folded; a part is empty when unknown.
     * @param number the house number ("123", "12b")
     * @param street street name with its type in standard form ("main street")
     */
    public record Address(String number, String street, String city, String region, String postcode, String country) {

        /** Whether nothing is known that places the address. */
        public boolean isEmpty() {
            return this.street.isEmpty() && this.postcode.isEmpty() && this.city.isEmpty();
        }
    }

    /** Reads parts given separately (any may be null); {@code line1} holds number and street. */
    public Address of(String line1, String city, String region, String postcode, String country) {
        String[] street = street(Folding.fold(line1));
        return new Address(
                street[0],
                street[1],
                Folding.fold(city),
                Folding.fold(region),
                postcode(postcode),
                Folding.fold(country));
    }

    /** Parses one line of free text. */
    public Address parse(String text) {
        if (text == null || text.isBlank()) {
            return new Address("", "", "", "", "", "");
        }
        List<String> segments = new ArrayList<>(Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
        if (segments.isEmpty()) {
            return new Address("", "", "", "", "", "");
        }
        String country = "";
        if (segments.size() > 2 && segments.getLast().matches("(?i)[a-z]{2,3}|united states")) {
            country = Folding.fold(segments.removeLast());
        }
        String region = "";
        String postcode = "";
        Matcher tail = POSTCODE.matcher(segments.getLast());
        if (tail.matches()) {
            segments.removeLast();
            postcode = postcode(tail.group(2));
            String[] rest = Folding.words(tail.group(1));
            // "Las Vegas NV" in one segment: the last word is the region when it is short.
            if (rest.length > 0 && rest[rest.length - 1].length() <= 3) {
                region = rest[rest.length - 1];
                rest = Arrays.copyOf(rest, rest.length - 1);
            }
            if (rest.length > 0) {
                segments.add(String.join(" ", rest));
            }
        } else if (segments.size() > 1 && segments.getLast().matches("(?i)[a-z]{2}")) {
            region = Folding.fold(segments.removeLast());
        }
        String city = "";
        if (segments.size() > 1) {
            city = Folding.fold(segments.removeLast());
        }
        String line = Folding.fold(String.join(" ", segments));
        if (city.isEmpty() && !line.matches(".*\\d.*")) {
            // No number anywhere: a place, not a street ("Portland, OR").
            return new Address("", "", line, region, postcode, country);
        }
        String[] street = street(line);
        if (city.isEmpty()) {
            String[] split = splitCity(street[1]);
            street[1] = split[0];
            city = split[1];
        }
        return new Address(street[0], street[1], city, region, postcode, country);
    }

    // "main street las vegas" with no comma: the city starts after the first street type.
    private String[] splitCity(String street) {
        String[] words = street.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (isType(words[i])) {
                return new String[] {
                    String.join(" ", Arrays.copyOf(words, i + 1)),
                    String.join(" ", Arrays.copyOfRange(words, i + 1, words.length))
                };
            }
        }
        return new String[] {street, ""};
    }

    private boolean isType(String standardWord) {
        String meaning = this.streetTypes.get(standardWord);
        return meaning != null && !DIRECTIONS.contains(meaning) && !UNITS.contains(meaning);
    }

    private String[] street(String folded) {
        Matcher number = NUMBER.matcher(folded);
        String houseNumber = "";
        String street = folded;
        if (number.matches()) {
            houseNumber = number.group(1);
            street = number.group(2);
        }
        StringBuilder standard = new StringBuilder();
        for (String word : street.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String meaning = this.streetTypes.get(word);
            standard.append(standard.isEmpty() ? "" : " ").append(meaning == null ? word : meaning);
        }
        return new String[] {houseNumber, standard.toString()};
    }

    private static String postcode(String raw) {
        String folded = Folding.fold(raw).replace(" ", "");
        // US ZIP+4 compares on its first five digits.
        return folded.matches("\\d{5}\\d{4}") ? folded.substring(0, 5) : folded;
    }
}

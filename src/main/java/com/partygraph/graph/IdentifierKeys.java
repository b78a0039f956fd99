package com.partygraph.graph;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one compaction of identifiers, for resolution's comparisons, the search keys parties store
 * ({@code identifierKeys}, V0012) and the searches that read them: blanks, dots, dashes and slashes dropped,
 * capitals ("12-345.678" is "12345678", "de 123/45" is "DE12345"). Thread-safe.
 */
public final class IdentifierKeys {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");

    private IdentifierKeys() {}

    /** The compact form of an identifier, its type or its value; empty for null. */
    public static String compact(String text) {
        return text == null ? "" : SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The search keys of a party's {@code type:value} identifiers; null when it has none. */
    public static List<String> keys(List<?> identifiers) {
        return identifiers == null || identifiers.isEmpty()
                ? null
                : identifiers.stream()
                        .map(identifier -> compact(String.valueOf(identifier)))
                        .toList();
    }
}

package com.partygraph.party;

import com.partygraph.graph.IdentifierKeys;
import com.partygraph.problem.InvalidInputException;

/**
 * Builds the Lucene query for the {@code party_identifiers} full-text index, whose terms are parties'
 * identifier keys: whole {@code type:value} strings without blanks, dashes, dots and slashes, in capitals,
 * as resolution compares identifiers (migration V0012). {@code tax_id:de 123.456} asks for that type, a bare
 * {@code DE123456} for any type. Every character but letters and digits is escaped, so no Lucene syntax from
 * the input survives.
 */
final class IdentifierQuery {

    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("[a-z0-9_]{1,64}");

    private IdentifierQuery() {}

    /** @throws InvalidInputException when the type is not a mapping's identifier type or the value is empty */
    static String lucene(String typed) {
        String text = typed.strip();
        int colon = text.indexOf(':');
        String type = colon < 0 ? null : text.substring(0, colon).strip();
        String value = colon < 0 ? text : text.substring(colon + 1).strip();
        if (type != null && !TYPE.matcher(type).matches()) {
            throw new InvalidInputException(
                    "identifier",
                    "'" + type + "' is not an identifier type (lower-case letters, digits and _, as in tax_id:DE123)");
        }
        if (value.isEmpty()) {
            throw new InvalidInputException("identifier", "the value after the type is empty");
        }
        String key = compact(value);
        if (key.isEmpty()) {
            throw new InvalidInputException("identifier", "the value has no letters or digits");
        }
        return (type == null ? "*" : escape(compact(type))) + "\\:" + escape(key);
    }

    // As the parties' identifierKeys are compacted.
    private static String compact(String text) {
        return IdentifierKeys.compact(text);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}

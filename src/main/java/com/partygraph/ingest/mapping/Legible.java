package com.partygraph.ingest.mapping;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a text value shows of a broken encoding or hidden characters, before it is read: control characters
 * (but tab and line breaks) and the characters that reorder text on screen (bidi embeddings, overrides and
 * isolates, the "Trojan Source" characters) are removed; U+FFFD (characters lost before the row reached the
 * source) and UTF-8 read as Windows-1252 ("JÃ¼rgen") are kept as written but reported, for a steward to fix
 * at the source.
 */
final class Legible {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Legible() {}

    /** The value without hidden characters; what was wrong with it goes to {@code warnings}, naming the column. */
    static String checked(String column, String value, List<String> warnings) {
        String kept = value;
        if (value.codePoints().anyMatch(Legible::hidden)) {
            kept = value.codePoints()
                    .filter(c -> !hidden(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            warnings.add(column + ": control or text-direction characters removed");
        }
        if (kept.indexOf('\uFFFD') >= 0) {
            warnings.add(column + ": '" + kept + "' holds U+FFFD, characters lost to a wrong encoding upstream");
        } else {
            String repaired = utf8ReadAsWindows1252(kept);
            if (repaired != null) {
                warnings.add(column + ": '" + kept + "' looks like UTF-8 read as Windows-1252 (it would read '"
                        + repaired + "')");
            }
        }
        return kept;
    }

    private static boolean hidden(int c) {
        return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * The text its Windows-1252 bytes make read as UTF-8, when they are valid UTF-8 with a character of more
     * than one byte: text written as UTF-8 and read back as Windows-1252. Null for any other text (a real
     * "Müller" is one byte 0xFC there, which is not UTF-8).
     */
    private static String utf8ReadAsWindows1252(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252
                    .newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return decoded.equals(value) ? null : decoded;
        } catch (CharacterCodingException notThatMistake) {
            return null;
        }
    }
}

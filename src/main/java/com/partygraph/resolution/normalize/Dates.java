package com.partygraph.resolution.normalize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates in the formats real tables hold: ISO ({@code 1980-04-07}, also with a time after it),
 * {@code m/d/yyyy}, {@code yyyymmdd}, {@code 24-May-2011}, {@code 24-May-11}, {@code m/d/yy}, or a column's own
 * patterns ({@link DateTimeFormatter} letters, such as {@code dd.MM.yyyy}; several separated by {@code |} are tried
 * in their order: {@code d/M/yyyy|M/d/yyyy}). A two-digit year is read within the hundred years up to this one
 * ({@code 11} is 2011, {@code 65} is 1965). Month names are English, in any case. Thread-safe.
 */
public final class Dates {

    private static final List<String> DEFAULTS =
            List.of("uuuu-MM-dd", "M/d/uuuu", "uuuuMMdd", "d-MMM-uuuu", "d-MMM-uu", "M/d/uu");

    private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private Dates() {}

    /**
     * The date, or empty when the text is not a date in any of the formats.
     * @param pattern a column's own pattern, tried alone; null for the defaults
     * @throws IllegalArgumentException when the pattern itself is not a valid pattern
     */
    public static Optional<LocalDate> parse(String text, String pattern) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        List<String> formats = pattern == null ? DEFAULTS : patterns(pattern);
        if (pattern == null && value.length() > 10 && value.charAt(4) == '-') {
            value = value.substring(0, 10);
        }
        for (String format : formats) {
            try {
                LocalDate date = LocalDate.parse(value, strict(format));
                boolean twoDigitYear = !format.replace("yyyy", "uuuu").contains("uuu");
                return Optional.of(twoDigitYear && date.isAfter(LocalDate.now()) ? date.minusYears(100) : date);
            } catch (DateTimeParseException ex) {
                // Not this format: the next one may read it.
            }
        }
        return Optional.empty();
    }

    /** Whether the pattern is a valid {@link DateTimeFormatter} pattern, or several separated by {@code |}. */
    public static boolean validPattern(String pattern) {
        try {
            patterns(pattern).forEach(Dates::strict);
            return !patterns(pattern).isEmpty();
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static List<String> patterns(String pattern) {
        return java.util.Arrays.stream(pattern.split("\\|"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Whether the two dates are the same but for day and month swapped (4/7 against 7/4). */
    public static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear()
                && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue()
                && !a.equals(b);
    }

    private static DateTimeFormatter strict(String pattern) {
        return FORMATS.computeIfAbsent(
                pattern,
                p -> new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(p.replace("yyyy", "uuuu").replace("yy", "uu"))
                        .toFormatter(Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT));
    }
}

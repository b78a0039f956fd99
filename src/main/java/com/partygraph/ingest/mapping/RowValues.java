package com.partygraph.ingest.mapping;

import com.partygraph.resolution.normalize.Dates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, checked reads of a row's columns; each failure names the column and what is wrong. The lenient reads
 * ({@link #dateOrWarning}, {@link #normalizedOrWarnings}) leave a value they cannot read out and note a field-level
 * warning instead, so that one bad field does not cost the row.
 */
final class RowValues {

    static final int MAX_TEXT = 500;

    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final Map<String, Object> row;

    private final List<String> warnings = new java.util.ArrayList<>();

    RowValues(Map<String, Object> row) {
        this.row = row;
    }

    /** What the lenient reads left out, each naming the column, the value as written and what is wrong with it. */
    List<String> warnings() {
        return List.copyOf(this.warnings);
    }

    /** {@link #date(String, String)}, or null with a warning when the value is not a date. */
    LocalDate dateOrWarning(String column, String pattern) {
        try {
            return date(column, pattern);
        } catch (UnmappableRowException ex) {
            this.warnings.add(ex.getMessage());
            return null;
        }
    }

    /** Notes a warning about a value read but not used. */
    void warn(String warning) {
        this.warnings.add(warning);
    }

    /** {@link #normalized}, leaving each value the normalizer refuses out with a warning. */
    List<String> normalizedOrWarnings(
            List<String> columns, Function<String, Optional<String>> normalizer, String complaint) {
        Set<String> result = new LinkedHashSet<>();
        for (String column : columns) {
            try {
                result.addAll(normalized(List.of(column), normalizer, complaint));
            } catch (UnmappableRowException ex) {
                this.warnings.add(ex.getMessage());
            }
        }
        return List.copyOf(result);
    }

    Map<String, Object> row() {
        return this.row;
    }

    /** Trimmed text, or null when the column is null, blank or not named. */
    String text(String column) throws UnmappableRowException {
        if (column == null || this.row.get(column) == null) {
            return null;
        }
        String written = this.row.get(column).toString();
        if (written.strip().length() > MAX_TEXT) {
            throw new UnmappableRowException(column + ": text longer than " + MAX_TEXT + " characters");
        }
        List<String> found = new java.util.ArrayList<>();
        String value = Legible.checked(column, written, found).strip();
        found.stream().filter(warning -> !this.warnings.contains(warning)).forEach(this.warnings::add);
        return value.isEmpty() ? null : value;
    }

    LocalDate date(String column) throws UnmappableRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.length() <= 10
                    ? LocalDate.parse(value)
                    : instant(value).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException ex) {
            throw new UnmappableRowException(column + ": '" + value + "' is not a date");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UnmappableRowException(column + ": date " + date + " is out of range");
        }
        return date;
    }

    /**
     * A date in a pattern of the column's own, or in ISO, m/d/yyyy or yyyymmdd (also an ISO timestamp) when
     * the pattern is null.
     */
    LocalDate date(String column, String pattern) throws UnmappableRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        LocalDate date = Dates.parse(value, pattern).orElse(null);
        if (date == null && pattern == null) {
            return date(column);
        }
        if (date == null) {
            throw new UnmappableRowException(column + ": '" + value + "' is not a date in the pattern " + pattern);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UnmappableRowException(column + ": date " + date + " is out of range");
        }
        return date;
    }

    /** An instant as ISO-8601 text; a date alone is read as its start in UTC. */
    String timestamp(String column) throws UnmappableRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.length() <= 10) {
            return date(column).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        }
        try {
            Instant instant = instant(value);
            date(column);
            return instant.toString();
        } catch (DateTimeParseException ex) {
            throw new UnmappableRowException(column + ": '" + value + "' is not a timestamp");
        }
    }

    Double number(String column) throws UnmappableRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).doubleValue();
        } catch (NumberFormatException ex) {
            throw new UnmappableRowException(column + ": '" + value + "' is not a number");
        }
    }

    Boolean bool(String column) throws UnmappableRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "yes", "y" -> true;
            case "false", "f", "0", "no", "n" -> false;
            default -> throw new UnmappableRowException(column + ": '" + value + "' is not true or false");
        };
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ex) {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * The columns' values through a normalizer, without repeats; a value it refuses makes the row
     * unmappable with {@code complaint} ("not an email address").
     */
    List<String> normalized(List<String> columns, Function<String, Optional<String>> normalizer, String complaint)
            throws UnmappableRowException {
        Set<String> result = new LinkedHashSet<>();
        for (String column : columns) {
            String raw = text(column);
            if (raw != null) {
                result.add(normalizer
                        .apply(raw)
                        .orElseThrow(() -> new UnmappableRowException(column + ": '" + raw + "' is " + complaint)));
            }
        }
        return List.copyOf(result);
    }
}

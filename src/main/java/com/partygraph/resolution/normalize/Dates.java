package com.partygraph.resolution.normalize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates in the formats real tables hold: ISO ({@code 1980-04-07}, also with a time after it),
 * {@code m/d/yyyy}, {@code yyyymmdd}, or a per-column pattern ({@link DateTimeFormatter} letters, such as
 * {@code dd.MM.yyyy}). Thread-safe.
 */
public final class Dates {

	private static final List<DateTimeFormatter> DEFAULTS = List.of(strict("uuuu-MM-dd"), strict("M/d/uuuu"),
			strict("uuuuMMdd"));

	private Dates() {
	}

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
		List<DateTimeFormatter> formats = pattern == null ? DEFAULTS : List.of(strict(pattern));
		if (pattern == null && value.length() > 10 && value.charAt(4) == '-') {
			value = value.substring(0, 10);
		}
		for (DateTimeFormatter format : formats) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// Not this format: the next one may read it.
			}
		}
		return Optional.empty();
	}

	/** Whether the pattern is a valid {@link DateTimeFormatter} pattern. */
	public static boolean validPattern(String pattern) {
		try {
			strict(pattern);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Whether the two dates are the same but for day and month swapped (4/7 against 7/4). */
	public static boolean swapped(LocalDate a, LocalDate b) {
		return a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
				&& a.getDayOfMonth() == b.getMonthValue() && !a.equals(b);
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
	}

}

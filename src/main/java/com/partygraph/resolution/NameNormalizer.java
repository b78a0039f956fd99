package com.partygraph.resolution;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.partygraph.graph.PartyKind;

import org.springframework.stereotype.Component;

/**
 * Names as match keys: accents folded, lower case, punctuation dropped, blanks collapsed; for
 * organizations also the legal form ({@code Inc.}, {@code GmbH}, ...) and a leading "the" dropped,
 * so that "ACME, Inc." and "Acme Inc" meet. Thread-safe.
 */
@Component
public class NameNormalizer {

	private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
			"corporation", "co", "company", "plc", "llp", "lp", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv",
			"nv", "pty", "pte", "oy", "ab", "as", "kg", "pllc", "pc");

	/**
	 * The name a party is shown by: the display name when given, else a person's given and family
	 * name, else an organization's legal name; null when there is none. Any argument may be null.
	 */
	public String displayName(PartyKind kind, String display, String given, String family, String legal) {
		String name = blankToNull(display);
		if (name == null && kind == PartyKind.PERSON) {
			name = blankToNull(Stream.of(given, family).filter(Objects::nonNull).map(String::strip)
				.collect(Collectors.joining(" ")));
		}
		if (name == null && kind == PartyKind.ORGANIZATION) {
			name = blankToNull(legal);
		}
		return name;
	}

	/** The match key of a party's name: an organization's legal name is preferred to its display name. */
	public String normalizedName(PartyKind kind, String displayName, String legal) {
		return kind == PartyKind.PERSON ? person(displayName)
				: organization(blankToNull(legal) != null ? legal : displayName);
	}

	/** The normalized form of a person's name, or an empty string when nothing is left. */
	public String person(String name) {
		return fold(name);
	}

	/** The normalized form of an organization's name, or an empty string when nothing is left. */
	public String organization(String name) {
		String[] words = fold(name).split(" ");
		int start = words.length > 1 && words[0].equals("the") ? 1 : 0;
		int end = words.length;
		// Compound forms join with '&' ("GmbH & Co. KG", "Smith & Co."), read as "and" after folding.
		while (end - start > 1 && (LEGAL_FORMS.contains(words[end - 1]) || words[end - 1].equals("and"))) {
			end--;
		}
		return Arrays.stream(words, start, end).collect(Collectors.joining(" "));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String fold(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return folded.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

}

package com.partygraph.resolution;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

package com.partygraph.party;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.partygraph.resolution.NameNormalizer;
import com.partygraph.web.InvalidInputException;

/**
 * Builds the Lucene query for the {@code party_names} full-text index from what a user typed. The
 * words are folded to letters and digits first, so no Lucene syntax from the input survives.
 */
final class NameQuery {

	/**
	 * Words a name search may have: each becomes up to three Lucene clauses, and a fuzzy one expands further;
	 * a search of about a hundred words passed Lucene's clause limit (a 500 before this bound).
	 */
	static final int MAX_WORDS = 20;

	private NameQuery() {
	}

	/**
	 * Each word must match, exactly, as a prefix, or (from four letters) with one typo; empty if no word.
	 * @throws InvalidInputException when the name has more than {@value #MAX_WORDS} words
	 */
	static String lucene(NameNormalizer names, String typed) {
		List<String> words = Arrays.stream(names.person(typed).split(" ")).filter(word -> !word.isEmpty()).toList();
		if (words.size() > MAX_WORDS) {
			throw new InvalidInputException("name", "at most " + MAX_WORDS + " words (it has " + words.size() + ")");
		}
		return words.stream()
			.map(word -> word.length() >= 4 ? "(" + word + " OR " + word + "* OR " + word + "~1)"
					: "(" + word + " OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
	}

}

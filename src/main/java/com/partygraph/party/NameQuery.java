package com.partygraph.party;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.partygraph.resolution.NameNormalizer;

/**
 * Builds the Lucene query for the {@code party_names} full-text index from what a user typed. The
 * words are folded to letters and digits first, so no Lucene syntax from the input survives.
 */
final class NameQuery {

	private NameQuery() {
	}

	/** Each word must match, exactly, as a prefix, or (from four letters) with one typo; empty if no word. */
	static String lucene(NameNormalizer names, String typed) {
		return Arrays.stream(names.person(typed).split(" "))
			.filter(word -> !word.isEmpty())
			.map(word -> word.length() >= 4 ? "(" + word + " OR " + word + "* OR " + word + "~1)"
					: "(" + word + " OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
	}

}

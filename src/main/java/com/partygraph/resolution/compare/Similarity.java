package com.partygraph.resolution.compare;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The string measures comparisons use (commons-text, commons-codec). Thread-safe. */
final class Similarity {

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);

	private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

	private Similarity() {
	}

	static double jaroWinkler(String a, String b) {
		return JARO_WINKLER.apply(a, b);
	}

	/** Edit distance, or -1 when it is over 3. */
	static int edits(String a, String b) {
		return LEVENSHTEIN.apply(a, b);
	}

	static boolean soundAlike(String a, String b) {
		return METAPHONE.isDoubleMetaphoneEqual(a, b) || METAPHONE.isDoubleMetaphoneEqual(a, b, true);
	}

	/** The phonetic code of a word (Double Metaphone, primary). */
	static String phonetic(String word) {
		String code = METAPHONE.doubleMetaphone(word);
		return code == null ? "" : code;
	}

}

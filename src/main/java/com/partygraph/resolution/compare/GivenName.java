package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * A person's given name: the same in formal form (Bob and Robert), close (a typo), one written as an
 * initial, or different. Given and family names written the other way round count as the same.
 */
final class GivenName extends Comparison {

	GivenName() {
		super("givenName", List.of("exact", "close", "initial", "different"), Frequency.VALUE, true);
	}

	@Override
	public Compared compare(Features a, Features b) {
		if (a.given().isEmpty() || b.given().isEmpty()) {
			return Compared.missing(a.given(), b.given());
		}
		int level;
		if (a.givenFormal().equals(b.givenFormal()) || FamilyName.swapped(a, b)) {
			level = 0;
		}
		else if (Similarity.close(a.given(), b.given(), 0.9) || Similarity.close(a.givenFormal(), b.givenFormal(), 0.9)
				|| FamilyName.swappedClosely(a, b)) {
			level = 1;
		}
		else if ((a.given().length() == 1 || b.given().length() == 1) && (a.given().charAt(0) == b.given().charAt(0)
				|| a.givenFormal().charAt(0) == b.givenFormal().charAt(0))) {
			level = 2;
		}
		else {
			level = 3;
		}
		return new Compared(level, a.given(), b.given(), level == 0 ? a.givenFormal() : null);
	}

}

package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * A person's given name: the same in formal form (Bob and Robert), close (a typo), one written as an
 * initial, or different. Given and family names written the other way round count as the same.
 */
final class GivenName implements Comparison {

	@Override
	public String name() {
		return "givenName";
	}

	@Override
	public List<String> levels() {
		return List.of("exact", "close", "initial", "different");
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
		else if (Similarity.jaroWinkler(a.given(), b.given()) >= 0.9
				|| Similarity.jaroWinkler(a.givenFormal(), b.givenFormal()) >= 0.9) {
			level = 1;
		}
		else if ((a.given().length() == 1 || b.given().length() == 1) && a.given().charAt(0) == b.given().charAt(0)) {
			level = 2;
		}
		else {
			level = 3;
		}
		return new Compared(level, a.given(), b.given(), null);
	}

}

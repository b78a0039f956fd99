package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * A person's family name: the same (weighed by how common it is), close (a typo), sounding alike, or
 * different. Given and family names written the other way round count as the same.
 */
final class FamilyName implements Comparison {

	@Override
	public String name() {
		return "familyName";
	}

	@Override
	public List<String> levels() {
		return List.of("exact", "close", "phonetic", "different");
	}

	@Override
	public boolean frequencyAdjusted() {
		return true;
	}

	@Override
	public Compared compare(Features a, Features b) {
		if (a.family().isEmpty() || b.family().isEmpty()) {
			return Compared.missing(a.family(), b.family());
		}
		if (a.family().equals(b.family()) || swapped(a, b)) {
			return new Compared(0, a.family(), b.family(), a.family());
		}
		int level = Similarity.jaroWinkler(a.family(), b.family()) >= 0.92 ? 1
				: Similarity.soundAlike(a.family(), b.family()) ? 2 : 3;
		return new Compared(level, a.family(), b.family(), null);
	}

	static boolean swapped(Features a, Features b) {
		return !a.given().isEmpty() && a.givenFormal().equals(b.family()) && a.family().equals(b.givenFormal());
	}

}

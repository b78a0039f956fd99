package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/** A person's middle name: the same, the same initial, or different. */
final class MiddleName implements Comparison {

	@Override
	public String name() {
		return "middleName";
	}

	@Override
	public List<String> levels() {
		return List.of("exact", "initial", "different");
	}

	@Override
	public Compared compare(Features a, Features b) {
		if (a.middle().isEmpty() || b.middle().isEmpty()) {
			return Compared.missing(a.middle(), b.middle());
		}
		int level = a.middle().equals(b.middle()) ? 0 : a.middle().charAt(0) == b.middle().charAt(0) ? 1 : 2;
		return new Compared(level, a.middle(), b.middle(), null);
	}

}

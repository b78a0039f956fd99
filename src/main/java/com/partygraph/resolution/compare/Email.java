package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * Emails: one shared (weighed by how many records share it: an "info@" address says little), the same
 * local part at another domain, or none shared. People have several addresses, so "different" weighs
 * little.
 */
final class Email implements Comparison {

	@Override
	public String name() {
		return "email";
	}

	@Override
	public List<String> levels() {
		return List.of("exact", "localPart", "different");
	}

	@Override
	public boolean frequencyAdjusted() {
		return true;
	}

	@Override
	public Compared compare(Features a, Features b) {
		if (a.emails().length == 0 || b.emails().length == 0) {
			return Compared.missing(Overlap.first(a.emails()), Overlap.first(b.emails()));
		}
		String shared = Overlap.shared(a.emails(), b.emails());
		if (shared != null) {
			return new Compared(0, shared, shared, shared);
		}
		for (String x : a.emails()) {
			for (String y : b.emails()) {
				String local = x.substring(0, x.indexOf('@'));
				if (local.length() >= 4 && local.equals(y.substring(0, y.indexOf('@')))) {
					return new Compared(1, x, y, null);
				}
			}
		}
		return new Compared(2, a.emails()[0], b.emails()[0], null);
	}

}

package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * Identifiers of the same type (tax id, national id, company registration…): one the same, or one type
 * with different values, a strong sign of two parties. Missing when the records share no type.
 */
final class Identifier extends Comparison {

	Identifier() {
		super("identifier", List.of("exact", "different"), Frequency.NONE, true);
	}

	@Override
	public Compared compare(Features a, Features b) {
		Compared different = null;
		for (String identifier : a.identifiers()) {
			String type = identifier.substring(0, identifier.indexOf(':'));
			String other = b.identifier(type);
			if (other == null) {
				continue;
			}
			String value = identifier.substring(type.length() + 1);
			if (value.equals(other)) {
				return new Compared(0, identifier, type + ":" + other, null);
			}
			different = new Compared(1, identifier, type + ":" + other, null);
		}
		return different != null ? different : Compared.missing("", "");
	}

}

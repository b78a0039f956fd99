package com.partygraph.graph;

import java.util.regex.Pattern;

/**
 * The owner of every node in the graph. Comes from the authenticated caller, never from a request body.
 *
 * @param id letters, digits, {@code _ . -}; starts with a letter or digit, at most 64 characters
 */
public record Tenant(String id) {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	/** Tenant of the role catalog template; no caller can name it because it starts with an underscore. */
	public static final String CATALOG = "_catalog";

	/** Tenant of engine bookkeeping nodes (schema migration history). */
	public static final String SYSTEM = "_system";

	public Tenant {
		if (id == null || !VALID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"tenant must be 1-64 letters, digits, '_', '.' or '-' and start with a letter or digit");
		}
	}

	@Override
	public String toString() {
		return this.id;
	}

}

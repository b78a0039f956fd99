package com.partygraph.ingest.apply;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.partygraph.graph.PartyKind;

/**
 * The graph's active parties by email (for each kind) and organizations by normalized name, with
 * their creation order: a row joins the oldest party that shares one of its emails (an organization
 * named in free text, the oldest with its name). One statement however many values are looked up.
 */
final class PartyLookup {

	private PartyLookup() {
	}

	/** A party found or made, in the order parties came to be: the oldest wins. */
	record Found(String id, long seconds, long nanos) implements Comparable<Found> {

		private static final Comparator<Found> ORDER = Comparator.comparingLong(Found::seconds)
			.thenComparingLong(Found::nanos)
			.thenComparing(Found::id);

		@Override
		public int compareTo(Found other) {
			return ORDER.compare(this, other);
		}

		static Found older(Found a, Found b) {
			return a == null || (b != null && b.compareTo(a) < 0) ? b : a;
		}

	}

	/** The lookup key of an email (or a name) for a kind of party. */
	static String key(PartyKind kind, String value) {
		return key(kind.label(), value);
	}

	/** The oldest active party of each kind-and-email pair that has one, keyed by {@link #key}. */
	static Map<String, Found> byEmail(Statements db, Collection<Map<String, Object>> lookups) {
		return lookups.isEmpty() ? new HashMap<>() : oldest(db.run("ingest-party-find-by-email", "lookups", lookups));
	}

	/** The oldest active organization of each normalized name that has one, keyed by {@link #key}. */
	static Map<String, Found> byName(Statements db, Collection<String> names) {
		return names.isEmpty() ? new HashMap<>() : oldest(db.run("ingest-party-find-by-name", "names", names));
	}

	/** One email to look up for a kind of party. */
	static Map<String, Object> lookup(PartyKind kind, String email) {
		return Map.of("email", email, "kindLabel", kind.label());
	}

	private static Map<String, Found> oldest(List<org.neo4j.driver.Value> rows) {
		Map<String, Found> oldest = new HashMap<>();
		for (var row : rows) {
			Found found = new Found(row.get("id").asString(), row.get("seconds").asLong(), row.get("nanos").asLong());
			oldest.merge(key(row.get("kindLabel").asString(), row.get("key").asString()), found, Found::older);
		}
		return oldest;
	}

	private static String key(String kindLabel, String value) {
		return kindLabel + "|" + value;
	}

}

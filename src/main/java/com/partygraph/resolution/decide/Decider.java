package com.partygraph.resolution.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.partygraph.resolution.model.Score;

/**
 * Turns the best score per candidate party into a decision: the parties at or above the auto-link
 * threshold with no hard conflict (another birth date, another identifier of one type, Sr against Jr) are
 * one party with the record, the oldest surviving; parties in the review band become suggestions, the best three. Thread-safe.
 */
public final class Decider {

	private static final int SUGGESTIONS = 3;

	/** A candidate party, its best score against the record, and when it came to be (smaller is older). */
	public record Candidate(String partyId, Score score, long order) {
	}

	/** The outcome before a party is made: which party to join (null for a new one), merges, suggestions. */
	public record Outcome(Candidate join, List<Candidate> absorbed, List<Candidate> suggestions) {
	}

	// A mention carries a name only: it means the organization whose name it is (in other words or order).
	private static boolean namesAgree(Score score) {
		return score.features().stream().anyMatch(f -> f.feature().equals("organizationName")
				&& (f.level().equals("exact") || f.level().equals("words")));
	}

	public Outcome decide(Map<String, Candidate> byParty, Thresholds thresholds, boolean nameOnly) {
		List<Candidate> strong = new ArrayList<>();
		List<Candidate> review = new ArrayList<>();
		for (Candidate candidate : byParty.values()) {
			double p = candidate.score().probability();
			if (nameOnly ? namesAgree(candidate.score()) : p >= thresholds.autoLink() && candidate.score().conflicts().isEmpty()) {
				strong.add(candidate);
			}
			else if (p >= thresholds.review()) {
				review.add(candidate);
			}
		}
		review.sort(Comparator.comparingDouble((Candidate c) -> c.score().probability()).reversed()
			.thenComparing(Candidate::partyId));
		List<Candidate> suggestions = review.subList(0, Math.min(SUGGESTIONS, review.size()));
		if (strong.isEmpty()) {
			return new Outcome(null, List.of(), List.copyOf(suggestions));
		}
		strong.sort(Comparator.comparingLong(Candidate::order).thenComparing(Candidate::partyId));
		Candidate join = strong.get(0);
		if (nameOnly) {
			// A name alone says which organization is meant, not that two known ones are one.
			Candidate best = strong.stream().max(Comparator.comparingDouble((Candidate c) -> c.score().probability())
				.thenComparing(Comparator.comparingLong(Candidate::order).reversed())).orElseThrow();
			return new Outcome(best, List.of(), List.of());
		}
		List<Candidate> absorbed = strong.stream().filter(c -> c != join).toList();
		return new Outcome(join, absorbed, List.copyOf(suggestions));
	}

}

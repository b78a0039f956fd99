package com.partygraph.resolution.decide;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.compare.Comparison;
import com.partygraph.resolution.compare.Comparisons;
import com.partygraph.resolution.model.FeatureWeight;
import com.partygraph.resolution.model.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Turns the best score per candidate party into a decision: the parties at or above the auto-link
 * threshold with no hard conflict (another given name, birth date or identifier of one type, Sr against Jr),
 * and an organization known from mentions only whose name the record's name is (or a mention's name is),
 * are strong: the record joins the best; the strong parties it matches at {@value #MERGE} or above are
 * merged with it, the oldest surviving; other strong parties become suggestions, as do parties in the review band become
 * suggestions, the best three, unless their given name differs (a household member). Thread-safe.
 */
public final class Decider {

    private static final int SUGGESTIONS = 3;

    /** The match probability at or above which a record merges the parties it matches. */
    public static final double MERGE = 0.99;

    // Another given name with the same family name, phone and address is a household member, not a duplicate.
    private static final String HOUSEHOLD = "givenName";

    /**
     * A candidate party, its best score against the record, when it came to be (smaller is older), whether
     * all its records say nothing but a name (an organization known from mentions only), the features on which
     * one of its records is in hard conflict with the record, those on which one agrees with it, and those on which
     * one differs from it without conflict (the rest of that pair's evidence outweighed the difference).
     */
    public record Candidate(
            String partyId,
            Score score,
            long order,
            boolean nameOnly,
            Set<String> conflicts,
            Set<String> agreements,
            Set<String> outweighed) {

        /** A candidate of one record's score. */
        public static Candidate of(String partyId, Score score, long order, boolean nameOnly) {
            return new Candidate(
                    partyId,
                    score,
                    order,
                    nameOnly,
                    features(score.conflicts()),
                    features(score.agreeing()),
                    outweighed(score));
        }

        /**
         * The same candidate with another record's score: the better score (of two that weigh the same, the first by
         * {@link Score#compareExplanations}, so that the order records are found in does not matter), the features
         * of both.
         */
        public Candidate with(Score other) {
            boolean better = other.weight() > this.score.weight()
                    || other.weight() == this.score.weight() && Score.compareExplanations(other, this.score) < 0;
            return new Candidate(
                    this.partyId,
                    better ? other : this.score,
                    this.order,
                    this.nameOnly,
                    union(this.conflicts, features(other.conflicts())),
                    union(this.agreements, features(other.agreeing())),
                    union(this.outweighed, outweighed(other)));
        }

        /**
         * Whether the party contradicts the record: one of its records is in hard conflict with it on a feature
         * that no other of its records agrees on, and on which no other of its records differs from it in a pair
         * whose other evidence outweighed the difference (then it is not joined automatically, however well another
         * record agrees). A party that holds the record's value as well as another one (a typo it was linked
         * despite), or that already takes that field of the record for an error, does not.
         */
        public boolean conflicting() {
            return this.conflicts.stream()
                    .anyMatch(feature -> !this.agreements.contains(feature) && !this.outweighed.contains(feature));
        }

        private static Set<String> features(List<FeatureWeight> features) {
            return features.isEmpty()
                    ? Set.of()
                    : features.stream().map(FeatureWeight::feature).collect(Collectors.toUnmodifiableSet());
        }

        private static Set<String> outweighed(Score score) {
            Set<String> outweighed = null;
            for (FeatureWeight f : score.features()) {
                if (!f.conflict() && f.level().equals(DIFFERENT) && HARD.contains(f.feature())) {
                    outweighed = outweighed == null ? new HashSet<>() : outweighed;
                    outweighed.add(f.feature());
                }
            }
            return outweighed == null ? Set.of() : Set.copyOf(outweighed);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            if (b.isEmpty() || a.containsAll(b)) {
                return a;
            }
            Set<String> both = new HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        }
    }

    private static final String DIFFERENT = "different";

    // The comparisons whose disagreement is a hard conflict unless the rest of the pair outweighs it.
    private static final Set<String> HARD = java.util.stream.Stream.of(PartyKind.values())
            .flatMap(kind -> Comparisons.of(kind).stream())
            .filter(Comparison::hardConflict)
            .map(Comparison::name)
            .collect(Collectors.toUnmodifiableSet());

    /** The outcome before a party is made: which party to join (null for a new one), merges, suggestions. */
    public record Outcome(Candidate join, List<Candidate> absorbed, List<Candidate> suggestions) {}

    // A mention carries a name only: it means the organization whose name it is (in other words or order);
    // likewise an organization known from mentions only is the one its name names.
    private static boolean namesAgree(Score score) {
        return score.features().stream()
                .anyMatch(f -> f.feature().equals("organizationName")
                        && (f.level().equals("exact") || f.level().equals("words")));
    }

    public Outcome decide(Map<String, Candidate> byParty, Thresholds thresholds, boolean nameOnly) {
        return decide(byParty, thresholds, nameOnly, (a, b) -> false);
    }

    /**
     * Decides as above, never merging two parties a steward kept {@code apart}: of such parties, the better
     * matched one (then the older) is joined or merged, the other is neither merged nor suggested.
     */
    public Outcome decide(
            Map<String, Candidate> byParty,
            Thresholds thresholds,
            boolean nameOnly,
            BiPredicate<String, String> apart) {
        List<Candidate> strong = new ArrayList<>();
        List<Candidate> review = new ArrayList<>();
        for (Candidate candidate : byParty.values()) {
            double p = candidate.score().probability();
            boolean byName = (nameOnly || candidate.nameOnly()) && namesAgree(candidate.score());
            if (byName || !nameOnly && p >= thresholds.autoLink() && !candidate.conflicting()) {
                strong.add(candidate);
            } else if (p >= thresholds.review()
                    && candidate.score().conflicts().stream()
                            .noneMatch(f -> f.feature().equals(HOUSEHOLD))) {
                review.add(candidate);
            }
        }
        // Of candidates as likely, the older party first: party ids are random, so ordering ties by id alone chose
        // which of them was suggested (at most SUGGESTIONS are) by chance, and the same changes made different graphs.
        review.sort(Comparator.comparingDouble((Candidate c) -> c.score().probability())
                .reversed()
                .thenComparingLong(Candidate::order)
                .thenComparing(Candidate::partyId));
        List<Candidate> suggestions = review.subList(0, Math.min(SUGGESTIONS, review.size()));
        if (strong.isEmpty()) {
            return new Outcome(null, List.of(), List.copyOf(suggestions));
        }
        Comparator<Candidate> bestFirst = Comparator.comparingDouble(
                        (Candidate c) -> c.score().probability())
                .reversed()
                .thenComparingLong(Candidate::order)
                .thenComparing(Candidate::partyId);
        strong.sort(bestFirst);
        Candidate best = strong.get(0);
        if (nameOnly) {
            // A name alone says which organization is meant, not that two known ones are one.
            return new Outcome(best, List.of(), List.of());
        }
        // Parties are merged only when the record leaves no doubt about each (an organization known from
        // mentions only is its name); the oldest of them survives. Other strong parties are suggested.
        List<Candidate> together = new ArrayList<>();
        for (Candidate candidate : strong) {
            if ((candidate == best || candidate.score().probability() >= MERGE || candidate.nameOnly())
                    && together.stream().noneMatch(kept -> apart.test(kept.partyId(), candidate.partyId()))) {
                together.add(candidate);
            }
        }
        List<Candidate> merged = together.stream()
                .sorted(Comparator.comparingLong(Candidate::order).thenComparing(Candidate::partyId))
                .toList();
        Candidate join = merged.get(0);
        List<Candidate> absorbed = merged.subList(1, merged.size());
        List<Candidate> doubtful = new ArrayList<>(
                strong.stream().filter(c -> c != join && !absorbed.contains(c)).toList());
        doubtful.addAll(suggestions);
        doubtful.removeIf(c -> apart.test(join.partyId(), c.partyId()));
        suggestions = doubtful.subList(0, Math.min(SUGGESTIONS, doubtful.size()));
        return new Outcome(join, absorbed, List.copyOf(suggestions));
    }
}

package com.partygraph.resolution;

import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.decide.Decider;
import com.partygraph.resolution.decide.Decider.Candidate;
import com.partygraph.resolution.decide.Decider.Outcome;
import com.partygraph.resolution.decide.Thresholds;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.Score;
import com.partygraph.resolution.model.Scorer;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Checks a record's merges of existing parties on the evidence between the parties themselves, not the record
 * alone: two parties a record links are merged only when nothing between their records contradicts it (another
 * birth date, another identifier of one type, another given name, unless a record of either agrees on it; a pair
 * whose one conflict the rest of its evidence outweighs to a merge's probability is no contradiction), and a
 * party the record matches at auto-link but short of a merge is merged too when a record of it matches a record of
 * the joined party at auto-link directly. A bridge with contradicting evidence is left for review. Bounded: only
 * the records the record's candidate search found are compared. Use once, from one thread.
 */
final class PartyEvidence {

    private final Map<String, IntArrayList> found;

    private final CandidateIndex index;

    private final Scorer scorer;

    private final Thresholds thresholds;

    private final BiPredicate<String, String> apart;

    /**
     * @param found per candidate party, the records of it the record's search found
     * @param apart whether a steward keeps two parties apart
     */
    PartyEvidence(
            Map<String, IntArrayList> found,
            CandidateIndex index,
            Scorer scorer,
            Thresholds thresholds,
            BiPredicate<String, String> apart) {
        this.apart = apart;
        this.found = found;
        this.index = index;
        this.scorer = scorer;
        this.thresholds = thresholds;
    }

    /** The outcome with merges that contradicting evidence forbids turned into suggestions, and direct ones added. */
    Outcome review(Outcome outcome) {
        Candidate join = outcome.join();
        List<Candidate> absorbed = new ArrayList<>();
        List<Candidate> suggestions = new ArrayList<>();
        for (Candidate candidate : outcome.absorbed()) {
            if (candidate.nameOnly() || evidence(join, candidate).agrees()) {
                absorbed.add(candidate);
            } else {
                suggestions.add(candidate);
            }
        }
        for (Candidate candidate : outcome.suggestions()) {
            boolean strong = candidate.score().probability() >= this.thresholds.autoLink() && !candidate.conflicting();
            Evidence between = strong ? evidence(join, candidate) : null;
            if (between != null
                    && between.agrees()
                    && between.best() >= this.thresholds.autoLink()
                    && absorbed.stream().noneMatch(a -> this.apart.test(a.partyId(), candidate.partyId()))) {
                absorbed.add(candidate);
            } else {
                suggestions.add(candidate);
            }
        }
        return new Outcome(join, absorbed, suggestions);
    }

    /** What the records of two parties say of each other: the best pair's probability, and whether they agree. */
    record Evidence(double best, boolean agrees) {}

    private Evidence evidence(Candidate join, Candidate other) {
        IntArrayList mine = this.found.getOrDefault(join.partyId(), new IntArrayList());
        IntArrayList theirs = this.found.getOrDefault(other.partyId(), new IntArrayList());
        // The record itself is of the joined party now: what it says of the other is already in the candidate.
        Candidate between = other;
        double best = 0;
        // Scored as the record's own candidates are: the other party's records do not make its values common.
        PartyFrequencies frequencies = new PartyFrequencies(this.index, theirs);
        // Decoded once here, not once a pair.
        Features[] others = new Features[theirs.size()];
        for (int j = 0; j < others.length; j++) {
            others[j] = this.index.features(theirs.getInt(j));
        }
        for (int i = 0; i < mine.size(); i++) {
            Features x = this.index.features(mine.getInt(i));
            for (Features y : others) {
                Score score = this.scorer.score(x, y, frequencies);
                best = Math.max(best, score.probability());
                if (score.conflicts().size() > 1 || score.probability() < Decider.MERGE) {
                    between = between.with(score);
                }
            }
        }
        return new Evidence(best, !between.conflicting());
    }
}

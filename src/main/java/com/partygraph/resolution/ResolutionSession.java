package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.candidates.CandidateIndex.Entry;
import com.partygraph.resolution.decide.Decider.Candidate;
import com.partygraph.resolution.decide.Decider.Outcome;
import com.partygraph.resolution.decide.Decision;
import com.partygraph.resolution.decide.StewardRules;
import com.partygraph.resolution.decide.Thresholds;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.features.RecordFacts;
import com.partygraph.resolution.model.Score;
import com.partygraph.resolution.model.Scorer;
import io.micrometer.core.instrument.Metrics;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * One unit of work's resolution on one tenant: decisions go into the tenant's index at once, so later
 * records of the same batch see earlier ones, and are kept when the session {@link #commit}s (after the
 * graph transaction that wrote them) or taken back by {@link #rollback} (the transaction failed). Holds
 * the tenant's index for itself from opening to commit or rollback; use it from one thread at a time.
 */
public final class ResolutionSession implements AutoCloseable {

    private static final String DECISIONS = "partygraph.resolution.decisions";

    private static final String SUGGESTED = "partygraph.resolution.suggestions";

    private static final String ABSORBED = "partygraph.resolution.merges";

    private final Resolver resolver;

    private final Tenant tenant;

    private final CandidateIndex index;

    private final FeatureExtractor extractor;

    private final Deque<Runnable> undo = new ArrayDeque<>();

    private final Map<String, List<Runnable>> undoByRecord = new HashMap<>();

    private final CandidateIndex.SearchStats stats = new CandidateIndex.SearchStats();

    private final StewardRules rules;

    private final Scorer scorer;

    private boolean open = true;

    ResolutionSession(Resolver resolver, Tenant tenant, CandidateIndex index, StewardRules rules) {
        this.resolver = resolver;
        this.tenant = tenant;
        this.index = index;
        this.rules = rules;
        this.scorer = resolver.scorer(tenant);
        this.extractor = new FeatureExtractor();
    }

    /**
     * Decides the party of a record, new or changed: an unchanged record keeps its party; otherwise it is
     * matched against its candidates.
     * @param nameOnly whether the record is a mention of an organization in another row's free text
     */
    public Decision resolve(RecordFacts facts, boolean nameOnly) {
        return decide(facts, nameOnly, false);
    }

    /**
     * Decides the party of a record again whatever changed or not (a re-resolution after thresholds or weights
     * changed): it keeps its party unless it now belongs to another; a pinned record keeps its party.
     */
    public Decision reconsider(RecordFacts facts, boolean nameOnly) {
        return decide(facts, nameOnly, true);
    }

    // Counted as made (Micrometer's global registry, which the application's registries join); a batch retried
    // after a transient failure counts its decisions again.
    private Decision decide(RecordFacts facts, boolean nameOnly, boolean again) {
        Decision decision = decideNow(facts, nameOnly, again);
        Metrics.counter(DECISIONS, "method", decision.method()).increment();
        if (!decision.suggestions().isEmpty()) {
            Metrics.counter(SUGGESTED).increment(decision.suggestions().size());
        }
        if (!decision.absorbed().isEmpty()) {
            Metrics.counter(ABSORBED).increment(decision.absorbed().size());
        }
        return decision;
    }

    private Decision decideNow(RecordFacts facts, boolean nameOnly, boolean again) {
        Features features = this.extractor.extract(facts);
        String uid = facts.uid();
        Entry before = this.index.entry(uid);
        String current = before == null ? null : this.index.partyOf(uid);
        boolean unchanged = before != null && same(before.features(), features);
        if (before != null && this.rules.pinned(uid)) {
            // A steward put the record where it is: what its row says now does not move it.
            if (!unchanged) {
                this.index.remove(uid);
                record(uid, () -> this.index.add(uid, before.partyId(), before.order(), before.features()));
                this.index.add(uid, before.partyId(), before.order(), features);
                record(uid, () -> this.index.remove(uid));
            }
            return new Decision(current, false, "manual", 1, null, List.of(), List.of(), null, 0);
        }
        if (unchanged && !again && !this.rules.excluded(uid, current, this.index::survivor)) {
            return new Decision(current, false, "kept", 1, null, List.of(), List.of(), null, 0);
        }
        if (before != null) {
            this.index.remove(uid);
            record(uid, () -> this.index.add(uid, before.partyId(), before.order(), before.features()));
        }
        Decision decision = this.resolver.settings().mode() == ResolutionSettings.Mode.EXACT
                ? exact(uid, features, nameOnly, current)
                : probabilistic(uid, features, nameOnly, current);
        String partyId = decision.partyId();
        this.index.add(
                uid, partyId, decision.newParty() ? this.resolver.nextOrder() : this.index.order(partyId), features);
        record(uid, () -> this.index.remove(uid));
        for (Decision.Merged merged : decision.absorbed()) {
            this.index.merge(partyId, merged.partyId());
            record(uid, () -> this.index.unmerge(merged.partyId()));
        }
        this.resolver.listener().resolved(this.tenant, decision);
        return decision;
    }

    /**
     * Puts a record in a party someone decided on (a steward's entry, a manual link), whatever its
     * candidates say; a party the index has not seen is taken as new.
     */
    public void assign(RecordFacts facts, String partyId) {
        String uid = facts.uid();
        forget(uid);
        this.index.add(
                uid,
                partyId,
                this.index.knows(partyId) ? this.index.order(partyId) : this.resolver.nextOrder(),
                this.extractor.extract(facts));
        record(uid, () -> this.index.remove(uid));
    }

    /**
     * The tenant's steward rules, which every decision of this and later sessions respects. Change them only
     * once the decision that makes the change is in the graph, before this session commits.
     */
    public StewardRules rules() {
        return this.rules;
    }

    /** The surviving party of a party id (itself unless merged), or null when the index does not know it. */
    public String survivor(String partyId) {
        return this.index.survivor(partyId);
    }

    /** Merges {@code absorbed} into {@code survivor}, as a steward decided. */
    public void merge(String survivor, String absorbed) {
        if (!this.index.knows(absorbed)) {
            return; // a party without records the index holds (all deleted): nothing to point
        }
        this.index.merge(survivor, absorbed);
        record(absorbed, () -> this.index.unmerge(absorbed));
    }

    /**
     * Makes the party stand for itself again with exactly these records (a steward unmerged it): each leaves
     * the party it was in and joins this one, whatever the index held of them.
     * @param order when the party came to be (smaller is older)
     */
    public void separate(String partyId, long order, List<RecordFacts> records) {
        records.forEach(facts -> forget(facts.uid()));
        this.index.detach(partyId, order);
        // A failed write cannot restore the party's old place by steps: the index is built again instead.
        this.undo.push(this::invalidateOnRollback);
        for (RecordFacts facts : records) {
            this.index.add(facts.uid(), partyId, order, this.extractor.extract(facts));
            record(facts.uid(), () -> this.index.remove(facts.uid()));
        }
    }

    private void invalidateOnRollback() {
        this.resolver.invalidate(this.tenant, this.index);
    }

    /**
     * Gives the tenant's index up as no longer matching the graph (a steward's write failed half-way) and lets
     * other sessions have the tenant: the next session builds it again from the graph, steward rules included.
     */
    public void invalidate() {
        this.undo.clear();
        this.undoByRecord.clear();
        invalidateOnRollback();
        release();
    }

    /** Reads the tenant's steward rules again from the decisions in force (one was withdrawn). */
    public void reloadRules() {
        this.rules.replaceWith(this.resolver.rules(this.tenant));
    }

    /** Takes a deleted record out of the index. */
    public void forget(String uid) {
        Entry removed = this.index.remove(uid);
        if (removed != null) {
            record(uid, () -> this.index.add(uid, removed.partyId(), removed.order(), removed.features()));
        }
    }

    /** Takes back what this session did for one record (its row failed and was not written). */
    public void discard(String uid) {
        List<Runnable> steps = this.undoByRecord.remove(uid);
        if (steps != null) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).run();
                this.undo.remove(steps.get(i));
            }
        }
    }

    /**
     * When a party the index knows came to be, as the index orders parties (smaller is older; the oldest survives a
     * merge and wins a tie), or null when it does not know it. A party made in this session is written with it as
     * its creation time, so that the index built again from the graph orders parties as this one does.
     */
    public Long order(String partyId) {
        return this.index.knows(partyId) ? this.index.order(partyId) : null;
    }

    /** The party a record belongs to now (merges followed), or null when it is not indexed. */
    public String partyOf(String uid) {
        return this.index.partyOf(uid);
    }

    /** How two records score against each other in this tenant (its frequencies), with the explanation. */
    public Score score(RecordFacts a, RecordFacts b) {
        return this.scorer.score(this.extractor.extract(a), this.extractor.extract(b), this.index);
    }

    /** The tenant's live records of a kind that say more than a name, as the index holds them. */
    List<Features> live(PartyKind kind) {
        return this.index.live(kind);
    }

    /** Candidate records found by this session's searches so far. */
    public long candidatesFound() {
        return this.stats.candidates;
    }

    /** Keeps the decisions and lets other sessions have the tenant. */
    public void commit() {
        this.undo.clear();
        this.undoByRecord.clear();
        release();
    }

    /** Takes every decision back and lets other sessions have the tenant. */
    public void rollback() {
        while (!this.undo.isEmpty()) {
            this.undo.pop().run();
        }
        this.undoByRecord.clear();
        release();
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (this.open) {
            rollback();
        }
    }

    private void release() {
        if (this.open) {
            this.open = false;
            this.index.lock().unlock();
        }
    }

    // Whether a steward decided that the record may not join the party: the record was unlinked from it,
    // or the record's party and it are kept apart.
    private boolean barred(String uid, String current, String party) {
        return !this.rules.isEmpty()
                && (this.rules.excluded(uid, party, this.index::survivor)
                        || current != null
                                && !current.equals(party)
                                && this.rules.apart(current, party, this.index::survivor));
    }

    private Decision probabilistic(String uid, Features features, boolean nameOnly, String current) {
        IntArrayList candidates =
                this.index.candidates(features, this.resolver.settings().maxCandidates(), this.stats);
        Map<String, IntArrayList> found = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            int record = candidates.getInt(i);
            String party = this.index.party(record);
            if (!barred(uid, current, party)) {
                found.computeIfAbsent(party, p -> new IntArrayList()).add(record);
            }
        }
        Map<String, Candidate> byParty = new LinkedHashMap<>();
        found.forEach((party, records) -> {
            // A value the party's own records hold is not common for it: its copies weigh alike in any order.
            PartyFrequencies frequencies = new PartyFrequencies(this.index, records);
            for (int i = 0; i < records.size(); i++) {
                Score score = this.scorer.score(features, this.index.features(records.getInt(i)), frequencies);
                Candidate seen = byParty.get(party);
                byParty.put(
                        party,
                        seen != null
                                ? seen.with(score)
                                : Candidate.of(
                                        party, score, this.index.order(party), this.index.knownByNameOnly(party)));
            }
        });
        BiPredicate<String, String> apart = (a, b) -> this.rules.apart(a, b, this.index::survivor);
        Thresholds thresholds = this.resolver.settings().thresholds(this.tenant.id());
        Outcome decided = this.resolver.decider().decide(byParty, thresholds, nameOnly, apart);
        Outcome outcome = nameOnly || decided.join() == null
                ? decided
                : new PartyEvidence(found, this.index, this.scorer, thresholds, apart).review(decided);
        List<Decision.Suggestion> suggestions = outcome.suggestions().stream()
                .map(c -> new Decision.Suggestion(c.partyId(), c.score()))
                .toList();
        if (outcome.join() == null) {
            // A changed record that matches no other party stays in its own when it is alone in it (its party's
            // id is stable) or its party's other records still link it as they would a new record; when the change
            // withdrew the evidence that linked it, it is resolved as a new record is (a party of its own), so
            // that the stream of changes ends where a snapshot of the final rows does.
            if (current != null
                    && !this.rules.excluded(uid, current, this.index::survivor)
                    && (this.index.records(current) == 0
                            || byParty.containsKey(current)
                                    && byParty.get(current).score().probability() >= thresholds.autoLink()
                                    && !byParty.get(current).conflicting())) {
                return new Decision(
                        current,
                        false,
                        "kept",
                        1,
                        null,
                        List.of(),
                        suggestions.stream()
                                .filter(s -> !s.partyId().equals(current))
                                .toList(),
                        current,
                        candidates.size());
            }
            return new Decision(
                    UUID.randomUUID().toString(),
                    true,
                    "new",
                    1,
                    null,
                    List.of(),
                    suggestions,
                    current,
                    candidates.size());
        }
        Candidate join = outcome.join();
        Candidate mine = current == null ? null : byParty.get(current);
        if (mine != null
                && join != mine
                && outcome.absorbed().isEmpty()
                && !mine.conflicting()
                && mine.score().probability() >= join.score().probability()) {
            // Its own party matches as well as the best other: the record does not clearly belong elsewhere.
            join = mine;
        }
        List<Decision.Merged> absorbed = outcome.absorbed().stream()
                .map(c -> new Decision.Merged(c.partyId(), c.score()))
                .toList();
        // Below auto-link, only a name could have decided: a mention, or an organization known from mentions.
        String method = join.score().probability()
                        >= this.resolver.settings().thresholds(this.tenant.id()).autoLink()
                ? "auto"
                : "name";
        return new Decision(
                join.partyId(),
                false,
                method,
                join.score().probability(),
                join.score(),
                absorbed,
                suggestions,
                current,
                candidates.size());
    }

    // Exact mode, the rule ingestion had before: the oldest party sharing an email or an identifier; for a
    // mention of an organization, the oldest organization of the same name.
    private Decision exact(String uid, Features features, boolean nameOnly, String current) {
        IntArrayList candidates =
                this.index.candidates(features, this.resolver.settings().maxCandidates(), this.stats);
        String oldest = null;
        for (int i = 0; i < candidates.size(); i++) {
            if (barred(uid, current, this.index.party(candidates.getInt(i)))) {
                continue;
            }
            Features other = this.index.features(candidates.getInt(i));
            boolean sameName =
                    nameOnly && !features.name().isEmpty() && features.name().equals(other.name());
            if (sameName
                    || shares(features.emails(), other.emails())
                    || shares(features.identifiers(), other.identifiers())) {
                String party = this.index.party(candidates.getInt(i));
                if (oldest == null || this.index.order(party) < this.index.order(oldest)) {
                    oldest = party;
                }
            }
        }
        if (oldest == null
                && current != null
                && this.index.records(current) == 0
                && !this.rules.excluded(uid, current, this.index::survivor)) {
            return new Decision(current, false, "kept", 1, null, List.of(), List.of(), current, candidates.size());
        }
        return oldest == null
                ? new Decision(
                        UUID.randomUUID().toString(),
                        true,
                        "new",
                        1,
                        null,
                        List.of(),
                        List.of(),
                        current,
                        candidates.size())
                : new Decision(oldest, false, "rule", 1, null, List.of(), List.of(), current, candidates.size());
    }

    private static boolean shares(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void record(String uid, Runnable step) {
        this.undo.push(step);
        this.undoByRecord.computeIfAbsent(uid, k -> new ArrayList<>()).add(step);
    }

    private static boolean same(Features a, Features b) {
        return a.kind() == b.kind()
                && a.given().equals(b.given())
                && a.middle().equals(b.middle())
                && a.family().equals(b.family())
                && a.generation().equals(b.generation())
                && a.name().equals(b.name())
                && Arrays.equals(a.otherNames(), b.otherNames())
                && Arrays.equals(a.emails(), b.emails())
                && Arrays.equals(a.phones(), b.phones())
                && Arrays.equals(a.domains(), b.domains())
                && Arrays.equals(a.addresses(), b.addresses())
                && a.birthDate() == b.birthDate()
                && Arrays.equals(a.identifiers(), b.identifiers());
    }
}

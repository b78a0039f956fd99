package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.StewardWrites;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.StewardRules;
import com.partygraph.resolution.features.RecordFacts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * A steward's decisions about parties: merge, unmerge, accept or reject a match suggestion, keep two parties
 * apart. Each holds the tenant's resolution session from before it reads the state it
 * checks until after its graph transaction, so that decisions and ingestion of one tenant never interleave
 * (of two decisions on the same parties, the second sees the first and may get a 409). Each is recorded as a
 * {@code (:Decision)} in the same transaction as its effect, and its rule is respected by every resolution
 * after it. Thread-safe.
 */
@Service
public class StewardActions {

    /** Records a decision names at most; its evidence counts them all. */
    static final int LISTED = 1000;

    private final Resolver resolver;

    private final GraphWork work;

    private final StewardGraph graph;

    private final StewardWrites writes;

    private final Rederivation rederivation;

    StewardActions(
            Resolver resolver,
            GraphWork work,
            StewardGraph graph,
            Rederivation rederivation,
            com.partygraph.graph.neo4j.CypherQueries queries) {
        this.resolver = resolver;
        this.work = work;
        this.graph = graph;
        this.rederivation = rederivation;
        this.writes = new StewardWrites(queries, resolver.survivorship());
    }

    /**
     * Merges {@code otherId} into {@code survivorId}: the survivor keeps its id, the other answers with a pointer
     * to it; records, roles, relationships and activities move.
     */
    public DecisionView merge(Tenant tenant, UUID survivorId, UUID otherId, String reason, String actor) {
        if (survivorId.equals(otherId)) {
            throw new InvalidInputException("partyId", "a party cannot be merged with itself");
        }
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState survivor = this.graph.party(tenant, survivorId);
            PartyState other = this.graph.party(tenant, otherId);
            requireMergeable(session, survivor, other);
            return merged(session, tenant, survivor, other, "merge", reason, null, null, actor);
        }
    }

    /**
     * Gives a merged party back its own id and exactly what its records say: the records that were its own when
     * it was merged (and those of parties merged into it before), the roles, relationships and activities their
     * rows assert, its survivorship; records that joined the survivor after the merge are resolved again. The
     * two are kept apart from then on.
     */
    public DecisionView unmerge(Tenant tenant, UUID id, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState party = this.graph.party(tenant, id);
            if (!party.merged()) {
                throw new ConflictException("Party " + id + " is not merged into another party (status "
                        + party.status() + "): there is nothing to unmerge");
            }
            Value plan = this.graph
                    .read(tenant, "steward-unmerge-plan", "id", party.id())
                    .get(0);
            String survivor = plan.get("survivor").asString();
            List<String> chain = StewardGraph.strings(plan.get("chain"));
            List<Value> own = plan.get("own").asList(v -> v);
            if (own.isEmpty()) {
                throw new ConflictException(
                        "Party " + id + " was merged by an earlier version of PartyGraph, which did "
                                + "not record which records were its own: it cannot be unmerged; link its records to a party by hand");
            }
            List<String> later = StewardGraph.strings(plan.get("later"));
            List<RecordFacts> live = own.stream()
                    .filter(r -> !r.get("deleted").asBoolean(false)
                            && !r.get("partyKind").isNull())
                    .map(StewardGraph::facts)
                    .toList();
            Set<String> concerning = new LinkedHashSet<>(later);
            own.forEach(r -> concerning.add(r.get("uid").asString()));
            return decide(
                    session,
                    () -> {
                        // The index first: the party stands alone with its records, later records are resolved afresh,
                        // and
                        // nothing merges the two again.
                        session.separate(party.id(), party.order(), live);
                        later.forEach(session::forget);
                        session.rules().keepApart(survivor, party.id());
                        return this.rederivation.prepare(tenant, List.of(survivor), List.of(), concerning);
                    },
                    (tx, prepared) -> {
                        this.graph.run(
                                tx,
                                tenant,
                                "steward-unmerge",
                                "id",
                                party.id(),
                                "survivor",
                                survivor,
                                "chain",
                                chain,
                                "mergeId",
                                plan.get("mergeId").asString(null),
                                "actor",
                                actor);
                        prepared.write(tx);
                        this.writes.derive(tx, tenant, List.of(survivor, party.id()), actor);
                        return this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                StewardRules.Type.UNMERGE.code(),
                                reason,
                                List.of(survivor, party.id()),
                                listed(concerning),
                                null,
                                StewardGraph.json(Map.of(
                                        "survivor",
                                        survivor,
                                        "mergeId",
                                        plan.get("mergeId").asString(""),
                                        "ownRecords",
                                        own.size(),
                                        "resolvedAgain",
                                        later.size())));
                    },
                    tenant);
        }
    }

    /**
     * Accepts a match suggestion: the record's party and the candidate party are one, the older survives (a
     * record that was alone in its party so joins the candidate).
     */
    public DecisionView accept(Tenant tenant, UUID suggestionId, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            Value suggestion = openSuggestion(tenant, suggestionId, "accepted");
            PartyState a = survivorOf(tenant, suggestion.get("partyId").asString());
            PartyState b = survivorOf(tenant, suggestion.get("candidateId").asString());
            if (a.id().equals(b.id())) {
                throw new ConflictException("The record's party and the candidate are one party already (" + a.id()
                        + "): nothing to accept");
            }
            requireMergeable(session, a, b);
            boolean aOlder = a.order() < b.order() || a.order() == b.order() && a.id().compareTo(b.id()) < 0;
            return merged(
                    session, tenant, aOlder ? a : b, aOlder ? b : a, "accept", reason, suggestion, "accepted", actor);
        }
    }

    /** Rejects a match suggestion: the record never joins the candidate, and the two parties are never merged. */
    public DecisionView reject(Tenant tenant, UUID suggestionId, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            Value suggestion = openSuggestion(tenant, suggestionId, "rejected");
            String party =
                    survivorOf(tenant, suggestion.get("partyId").asString()).id();
            String candidate =
                    survivorOf(tenant, suggestion.get("candidateId").asString()).id();
            String record = suggestion.get("record").asString();
            return decide(
                    session,
                    Rederivation.Prepared::none,
                    (tx, none) -> {
                        String id = this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                StewardRules.Type.REJECT.code(),
                                reason,
                                List.of(party, candidate),
                                List.of(record),
                                suggestion.get("id").asString(),
                                suggestion.get("explanation").asString(null));
                        this.graph.run(
                                tx,
                                tenant,
                                "match-suggestion-decide",
                                "id",
                                suggestion.get("id").asString(),
                                "status",
                                "rejected",
                                "actor",
                                actor,
                                "decision",
                                id);
                        return id;
                    },
                    tenant,
                    rules -> rules.add(StewardRules.Type.REJECT, List.of(party, candidate), List.of(record)));
        }
    }

    /** Keeps two parties apart: resolution never merges them, nor moves a record of one into the other. */
    public DecisionView neverLink(Tenant tenant, UUID first, UUID second, String reason, String actor) {
        if (first.equals(second)) {
            throw new InvalidInputException("partyIds", "name two different parties");
        }
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState a = this.graph.party(tenant, first);
            PartyState b = this.graph.party(tenant, second);
            if (a.survivor().equals(b.survivor())) {
                throw new ConflictException("Parties " + first + " and " + second + " are one party already ("
                        + a.survivor() + "): unmerge first");
            }
            List<String> parties = List.of(a.id(), b.id());
            return decide(
                    session,
                    Rederivation.Prepared::none,
                    (tx, none) -> this.graph.decide(
                            tx,
                            tenant,
                            actor,
                            StewardRules.Type.NEVER_LINK.code(),
                            reason,
                            parties,
                            List.of(),
                            null,
                            StewardGraph.json(
                                    Map.of("names", List.of(String.valueOf(a.name()), String.valueOf(b.name()))))),
                    tenant,
                    rules -> rules.add(StewardRules.Type.NEVER_LINK, parties, List.of()));
        }
    }

    /** @throws NotFoundException when the tenant has no such party */
    public boolean merged(Tenant tenant, UUID id) {
        return this.graph.party(tenant, id).merged();
    }

    /** The tenant's decisions, newest first; {@code type} and {@code party} may be null for any. */
    public List<DecisionView> decisions(Tenant tenant, String type, String party, int page, int size) {
        return this.graph.decisions(tenant, type, party, page, size);
    }

    /** @throws NotFoundException when the tenant has no such decision */
    public DecisionView decision(Tenant tenant, String id) {
        return this.graph.decision(tenant, id);
    }

    private Value openSuggestion(Tenant tenant, UUID id, String answer) {
        List<Value> rows = this.graph.read(tenant, "match-suggestion-get", "id", id.toString());
        if (rows.isEmpty()) {
            throw new NotFoundException("No match suggestion " + id + " in this tenant");
        }
        Value suggestion = rows.get(0);
        String status = suggestion.get("status").asString();
        if (!status.equals("open")) {
            throw new ConflictException("Suggestion " + id + " is " + status + " already; it cannot be " + answer
                    + (status.equals("rejected") ? " (withdraw the rejection first)" : ""));
        }
        return suggestion;
    }

    PartyState survivorOf(Tenant tenant, String partyId) {
        PartyState party = this.graph.party(tenant, UUID.fromString(partyId));
        return party.merged() ? this.graph.party(tenant, UUID.fromString(party.mergedInto())) : party;
    }

    private void requireMergeable(ResolutionSession session, PartyState survivor, PartyState other) {
        for (PartyState party : List.of(survivor, other)) {
            if (party.merged()) {
                throw new ConflictException("Party " + party.id() + " is merged into party " + party.mergedInto()
                        + " already: name that party instead");
            }
            if (!"active".equals(party.status())) {
                throw new ConflictException("Party " + party.id() + " is " + party.status() + ": it cannot be merged");
            }
        }
        if (!survivor.kind().equals(other.kind())) {
            throw new ConflictException("Party " + survivor.id() + " is a " + survivor.kind() + " and party "
                    + other.id() + " a " + other.kind() + ": they cannot be one party");
        }
        if (session.rules().apart(survivor.id(), other.id(), id -> orSelf(session.survivor(id), id))) {
            throw new ConflictException("A steward decision keeps parties " + survivor.id() + " and " + other.id()
                    + " apart (a rejected suggestion, never-link or an unmerge): withdraw it first (GET "
                    + "/api/v1/resolution/decisions?party=" + other.id() + ")");
        }
    }

    private static String orSelf(String survivor, String id) {
        return survivor == null ? id : survivor;
    }

    private DecisionView merged(
            ResolutionSession session,
            Tenant tenant,
            PartyState survivor,
            PartyState absorbed,
            String type,
            String reason,
            Value suggestion,
            String answer,
            String actor) {
        String evidence = suggestion != null
                ? suggestion.get("explanation").asString(null)
                : StewardGraph.json(Map.of("survivor", describe(survivor), "absorbed", describe(absorbed)));
        return decide(
                session,
                () -> {
                    session.merge(survivor.id(), absorbed.id());
                    return Rederivation.Prepared.none();
                },
                (tx, none) -> {
                    String mergeId = UUID.randomUUID().toString();
                    this.writes.merge(tx, tenant, mergeId, survivor.id(), absorbed.id(), actor);
                    List<String> records = suggestion == null
                            ? List.of()
                            : List.of(suggestion.get("record").asString());
                    String id = this.graph.decide(
                            tx,
                            tenant,
                            actor,
                            type,
                            reason,
                            List.of(survivor.id(), absorbed.id()),
                            records,
                            suggestion == null ? null : suggestion.get("id").asString(),
                            evidence);
                    if (suggestion != null) {
                        this.graph.run(
                                tx,
                                tenant,
                                "match-suggestion-decide",
                                "id",
                                suggestion.get("id").asString(),
                                "status",
                                answer,
                                "actor",
                                actor,
                                "decision",
                                id);
                    }
                    return id;
                },
                tenant);
    }

    private static Map<String, Object> describe(PartyState party) {
        return Map.of("id", party.id(), "name", String.valueOf(party.name()), "kind", String.valueOf(party.kind()));
    }

    /** What a decision does in the graph, given the rows prepared for it; returns the decision's id. */
    @FunctionalInterface
    interface Write {

        String apply(GraphWork.Cypher tx, Rederivation.Prepared prepared);
    }

    DecisionView decide(
            ResolutionSession session,
            java.util.function.Supplier<Rederivation.Prepared> prepare,
            Write write,
            Tenant tenant) {
        return decide(session, prepare, write, tenant, rules -> {});
    }

    /**
     * Carries a decision out: changes the index and prepares rows ({@code prepare}, on this thread, which holds
     * the tenant), writes the decision and its effect in one transaction, then adds its rule and keeps the
     * resolution. If anything fails, the tenant's index is given up and built again from the graph, which holds
     * either all of the decision or none of it.
     */
    DecisionView decide(
            ResolutionSession session,
            java.util.function.Supplier<Rederivation.Prepared> prepare,
            Write write,
            Tenant tenant,
            Consumer<StewardRules> rule) {
        String id;
        try (Rederivation.Prepared prepared = prepare.get()) {
            id = this.work.write(tx -> write.apply(tx, prepared));
            // Committed, the prepared rows' resolution is kept; closing afterwards changes nothing.
            prepared.commit();
        } catch (RuntimeException ex) {
            session.invalidate();
            throw ex;
        }
        rule.accept(session.rules());
        session.commit();
        return this.graph.decision(tenant, id);
    }

    /** The records a decision lists: at most {@value #LISTED}, the evidence counts them all. */
    static List<String> listed(java.util.Collection<String> records) {
        return records.stream().limit(LISTED).toList();
    }
}

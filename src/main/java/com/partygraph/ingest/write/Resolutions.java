package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.PartyRows;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.Decision;
import com.partygraph.resolution.features.RecordFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a batch's party records before the batch is written, in batch order, with one
 * {@link ResolutionSession} per tenant (opened on the caller's thread, in tenant order so that two
 * sources never wait for each other). The decisions travel with the rows ({@link ReadRow#decisions()});
 * the sessions commit once the batch is in the graph, or roll back. Not thread-safe: one per batch.
 */
public final class Resolutions implements AutoCloseable {

    private static final List<String> DERIVED = List.of(PartyRows.ORGANIZATION_SUFFIX, RowInterpreter.PARTY_SUFFIX);

    private final Resolver resolver;

    private final String source;

    private final Map<Tenant, ResolutionSession> sessions = new LinkedHashMap<>();

    private final Set<String> made = new HashSet<>();

    // Whether a write of this batch may be in the graph: then a batch that fails cannot take its decisions back one
    // by one, and the tenants' indexes are built again from the graph instead.
    private volatile boolean landed;

    // Parties of this batch a write has made or ensured (parts of a snapshot batch write at the same time).
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private final boolean again;

    Resolutions(Resolver resolver, String source) {
        this(resolver, source, false);
    }

    /** @param again whether every record is decided again, changed or not (a re-resolution) */
    Resolutions(Resolver resolver, String source, boolean again) {
        this.resolver = resolver;
        this.source = source;
        this.again = again;
    }

    /** Opens the sessions of these tenants; call on the thread that will commit or roll back. */
    void open(Iterable<Tenant> tenants) {
        List<Tenant> sorted = new ArrayList<>();
        tenants.forEach(tenant -> {
            if (!tenant.equals(RowApplier.SYSTEM) && !this.sessions.containsKey(tenant) && !sorted.contains(tenant)) {
                sorted.add(tenant);
            }
        });
        sorted.sort(Comparator.comparing(Tenant::id));
        sorted.forEach(tenant -> this.sessions.put(tenant, this.resolver.open(tenant)));
    }

    /** The rows with the decision for each party record they describe; deletes take their records out. */
    List<ReadRow> resolve(List<ReadRow> rows) {
        open(rows.stream().map(ReadRow::tenant).toList());
        List<ReadRow> resolved = new ArrayList<>(rows.size());
        for (ReadRow row : rows) {
            resolved.add(resolve(row));
        }
        return resolved;
    }

    /** One row; its tenant's session must be open. */
    ReadRow resolve(ReadRow row) {
        ResolutionSession session = this.sessions.get(row.tenant());
        if (session == null || row.problem() != null) {
            return row;
        }
        RecordRef self = new RecordRef(row.change().table(), row.change().key());
        if (row.change().op() == Op.DELETE) {
            session.forget(self.uid(this.source));
            DERIVED.forEach(suffix -> session.forget(self.uid(this.source) + suffix));
            return row;
        }
        Map<RecordRef, Decision> decisions = new HashMap<>();
        for (PartyClaim claim : row.plan().parties()) {
            Decision decision = this.again
                    ? session.reconsider(facts(this.source, claim), claim.matchByName())
                    : session.resolve(facts(this.source, claim), claim.matchByName());
            if (decision.newParty()) {
                this.made.add(decision.partyId());
            }
            decisions.put(claim.record(), decision);
        }
        // A derived record the row no longer makes (its free-text column emptied) is deleted.
        for (String suffix : DERIVED) {
            RecordRef derived = new RecordRef(self.table(), self.key() + suffix);
            if (!decisions.containsKey(derived)) {
                session.forget(derived.uid(this.source));
            }
        }
        return row.withDecisions(decisions);
    }

    /**
     * The parties the row's record, its derived records and the records {@code plans} describe or refer to belong
     * to before the row is resolved (its plan and the plan of the row its record held, say); call before
     * {@link #resolve(ReadRow)}, once the tenant's session is open.
     */
    List<String> parties(ReadRow row, List<RowPlan> plans) {
        ResolutionSession session = this.sessions.get(row.tenant());
        if (session == null) {
            return List.of();
        }
        String self = new RecordRef(row.change().table(), row.change().key()).uid(this.source);
        List<String> uids = new ArrayList<>();
        uids.add(self);
        DERIVED.forEach(suffix -> uids.add(self + suffix));
        for (RowPlan plan : plans) {
            plan.parties().forEach(claim -> uids.add(claim.record().uid(this.source)));
            plan.references().forEach(ref -> uids.add(ref.uid(this.source)));
        }
        return uids.stream()
                .map(session::partyOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** {@link ResolutionSession#order} of a party in the tenant's open session, or null. */
    Long order(Tenant tenant, String partyId) {
        ResolutionSession session = this.sessions.get(tenant);
        return session == null ? null : session.order(partyId);
    }

    /** Whether the party was made by a decision of this batch (it may not be in the graph yet). */
    boolean madeHere(String partyId) {
        return this.made.contains(partyId);
    }

    /**
     * Whether a write of this batch made the party already, or made sure it was there: rows new to the graph that
     * depend on nothing else in the batch are written before the others, so a row that joins a party made in this
     * batch may be written before the row that made it. A write whose transaction is rolled back leaves its parties
     * here, which costs nothing: the row is written again with the party made when missing.
     */
    boolean written(String partyId) {
        return this.written.contains(partyId);
    }

    /** A write of this batch made the parties, or made sure they were there. */
    void wrote(Collection<String> partyIds) {
        this.written.addAll(partyIds);
    }

    /**
     * A write of this batch has run to its commit, and may be in the graph whatever the commit answered: should the
     * batch fail after it, the tenants' indexes are built again from the graph rather than the decisions taken back.
     */
    void landed() {
        this.landed = true;
    }

    /** Takes back the decisions of a row that was not written. */
    void discard(ReadRow row) {
        ResolutionSession session = this.sessions.get(row.tenant());
        if (session != null) {
            row.decisions().keySet().forEach(record -> session.discard(record.uid(this.source)));
        }
    }

    void commit() {
        this.sessions.values().forEach(ResolutionSession::commit);
        this.sessions.clear();
    }

    /** Takes the decisions back unless committed: one by one when no write of the batch ran to its commit. */
    @Override
    public void close() {
        this.sessions.values().forEach(this.landed ? ResolutionSession::invalidate : ResolutionSession::close);
        this.sessions.clear();
    }

    /** What a party record says, as resolution reads it. */
    public static RecordFacts facts(String source, PartyClaim claim) {
        return RecordFacts.of(
                claim.record().uid(source),
                claim.kind(),
                claim.fields(),
                claim.emails(),
                claim.phones(),
                claim.domains());
    }
}

package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.resolution.decide.Decision;
import java.util.Map;
import java.util.Set;

/**
 * A change read through the mapping before anything is written: the tenant its row names (the system
 * tenant when it names none), the row as stored, what the row asserts, or why it cannot be mapped, and
 * the party resolution decided for each record the row describes. Reading and resolving need no
 * transaction, so they are done on the caller's thread while the graph writes.
 *
 * @param plan what the row asserts; null for a delete, a row that cannot be mapped, or a row only located
 * so far ({@link RowApplier#locate})
 * @param problem why the row cannot be mapped; null when it can
 * @param decisions the resolution of each party record of the plan; empty until {@link Resolutions} ran
 * @param unchanged what of the plan the record's row as the graph holds it said exactly so ({@link
 * RowApplier#unchanged}): party records resolution keeps where they are are not written again, nor roles they take
 */
record ReadRow(
        RowChange change,
        Tenant tenant,
        String raw,
        RowPlan plan,
        String problem,
        Map<RecordRef, Decision> decisions,
        Unchanged unchanged) {

    ReadRow(RowChange change, Tenant tenant, String raw, RowPlan plan, String problem) {
        this(change, tenant, raw, plan, problem, Map.of(), Unchanged.NONE);
    }

    ReadRow withDecisions(Map<RecordRef, Decision> resolved) {
        return new ReadRow(this.change, this.tenant, this.raw, this.plan, this.problem, resolved, this.unchanged);
    }

    ReadRow withUnchanged(Unchanged same) {
        return new ReadRow(this.change, this.tenant, this.raw, this.plan, this.problem, this.decisions, same);
    }

    /**
     * What of a row's plan its record's row as the graph holds it said alike: the party records described alike,
     * whether the roles were the same, whether the edges joined the same records with the same types (their
     * properties may differ), and whether neither row was an activity.
     */
    record Unchanged(Set<RecordRef> parties, boolean roles, boolean edges, boolean noActivity) {

        static final Unchanged NONE = new Unchanged(Set.of(), false, false, false);
    }

    /**
     * Whether nothing the record asserted needs withdrawing: its roles and edges are kept ({@link #keepsRoles},
     * {@link #keepsEdges}) and it is no activity.
     */
    boolean withdrawsNothing() {
        return this.unchanged.noActivity() && keepsRoles() && keepsEdges();
    }

    /**
     * Whether the roles the row gives are the ones its record gave, taken by party records it {@link #keeps}: they
     * are neither withdrawn nor asserted again.
     */
    boolean keepsRoles() {
        return this.unchanged.roles()
                && this.plan != null
                && this.plan.roles().stream().allMatch(role -> keeps(role.party()));
    }

    /**
     * Whether the row asserts edges of the same types between the same parties as its record did, all of party
     * records it {@link #keeps}: they are not withdrawn, and asserting them again replaces the record's assertion on
     * each in place (a contact's new title changes the edge's title, the edge stays).
     */
    boolean keepsEdges() {
        return this.unchanged.edges()
                && this.plan != null
                && this.plan.edges().stream().allMatch(edge -> keeps(edge.from()) && keeps(edge.to()));
    }

    /**
     * Whether the party record is written as it is already and stays with its party: its row described it exactly
     * so, and resolution kept it where it was (its features unchanged; or a steward put it there).
     */
    boolean keeps(RecordRef record) {
        if (!this.unchanged.parties().contains(record)) {
            return false;
        }
        Decision decision = decision(record);
        return ("kept".equals(decision.method()) || "manual".equals(decision.method()))
                && !decision.newParty()
                && decision.absorbed().isEmpty()
                && decision.suggestions().isEmpty();
    }

    /** The decision for one of the plan's party records. */
    Decision decision(RecordRef record) {
        Decision decision = this.decisions.get(record);
        if (decision == null) {
            throw new IllegalStateException(
                    "no resolution for " + record + ": rows are resolved before they are written");
        }
        return decision;
    }
}

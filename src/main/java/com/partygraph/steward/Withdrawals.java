package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.problem.ConflictException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import org.springframework.stereotype.Service;

/**
 * Withdraws a steward's decision in force: it stays in the log, marked withdrawn, and what it did that is kept
 * as a rule or an override goes — resolution no longer respects its rule (it decides those records again when
 * they next change, or at a re-resolution), an edit's correction is written again without it, a relationship's
 * end is taken off. A merge is undone by unmerging, a retracted relationship by entering it again. Thread-safe.
 */
@Service
public class Withdrawals {

    private final Resolver resolver;

    private final GraphWork work;

    private final StewardGraph graph;

    private final StewardActions actions;

    private final Corrections corrections;

    private final RelationshipDecisions relationships;

    Withdrawals(
            Resolver resolver,
            GraphWork work,
            StewardGraph graph,
            StewardActions actions,
            Corrections corrections,
            RelationshipDecisions relationships) {
        this.resolver = resolver;
        this.work = work;
        this.graph = graph;
        this.actions = actions;
        this.corrections = corrections;
        this.relationships = relationships;
    }

    /** @throws ConflictException when it was withdrawn already, or is undone another way */
    public DecisionView withdraw(Tenant tenant, String decisionId, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            DecisionView decision = this.graph.decision(tenant, decisionId);
            if (decision.withdrawnAt() != null) {
                throw new ConflictException(
                        "Decision " + decisionId + " was withdrawn already, at " + decision.withdrawnAt());
            }
            switch (decision.type()) {
                case "merge", "accept" ->
                    throw new ConflictException("A " + decision.type() + " is undone by unmerging "
                            + "party " + decision.parties().get(1) + " (POST /api/v1/parties/"
                            + decision.parties().get(1)
                            + "/unmerge)");
                case RelationshipDecisions.RETRACT ->
                    throw new ConflictException(
                            "A retracted relationship is entered "
                                    + "again (POST /api/v1/parties/{id}/relationships); its assertions are in the decision's evidence");
                default -> {}
            }
            // An edit's party is read before the write: it may have been merged into another since.
            String corrected = decision.type().equals("edit")
                    ? this.actions.survivorOf(tenant, decision.parties().get(0)).id()
                    : null;
            try {
                this.work.write(tx -> {
                    this.graph.run(tx, tenant, "decision-withdraw", "id", decisionId, "actor", actor, "reason", reason);
                    undo(tx, tenant, decision, corrected, actor);
                    return null;
                });
            } catch (RuntimeException ex) {
                session.invalidate();
                throw ex;
            }
            session.reloadRules();
            session.commit();
            return this.graph.decision(tenant, decisionId);
        }
    }

    private void undo(GraphWork.Cypher tx, Tenant tenant, DecisionView decision, String corrected, String actor) {
        if (corrected != null) {
            this.corrections.rewrite(tx, tenant, decision.parties().get(0), corrected, actor);
        } else if (decision.type().equals(RelationshipDecisions.END)) {
            this.relationships.reopen(tx, tenant, decision, actor);
        }
    }
}

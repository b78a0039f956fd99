package com.partygraph.steward;

import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.StewardWrites;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.survive.Survivorship;
import com.partygraph.steward.Rederivation.Prepared;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * A steward's decisions on party-to-party relationships: end one (not current from a date, whatever the rows
 * asserting it say: a steward's override, kept when the edge is summarized again) or retract one a steward
 * entered (a relationship asserted by source rows is ended, not deleted). A relationship is named
 * {@code TYPE:fromId:toId}, as the party and its 360 show it. Thread-safe.
 */
@Service
public class RelationshipDecisions {

    static final String END = "end-relationship";

    static final String RETRACT = "retract-relationship";

    private final Resolver resolver;

    private final StewardGraph graph;

    private final StewardActions actions;

    private final StewardWrites writes;

    RelationshipDecisions(Resolver resolver, StewardGraph graph, StewardActions actions, CypherQueries queries) {
        this.resolver = resolver;
        this.graph = graph;
        this.actions = actions;
        this.writes = new StewardWrites(queries, resolver.survivorship());
    }

    /** A relationship named from one of its parties: its type and the parties it goes from and to. */
    record Named(String type, String fromId, String toId) {

        String id() {
            return this.type + ":" + this.fromId + ":" + this.toId;
        }

        /** @throws NotFoundException when the name is not of a relationship of the party */
        static Named of(UUID partyId, String relationshipId) {
            String[] parts = relationshipId.split(":");
            if (parts.length != 3
                    || !RelationshipType.names().contains(parts[0])
                    || !(parts[1].equals(partyId.toString()) || parts[2].equals(partyId.toString()))) {
                throw new NotFoundException("No relationship " + relationshipId + " of party " + partyId
                        + " (a relationship is named TYPE:fromId:toId, as the party shows it)");
            }
            return new Named(parts[0], parts[1], parts[2]);
        }
    }

    /** Ends the relationship from {@code endDate} (today when null). */
    public DecisionView end(
            Tenant tenant, UUID partyId, String relationshipId, LocalDate endDate, String reason, String actor) {
        Named named = Named.of(partyId, relationshipId);
        LocalDate end = endDate != null ? endDate : LocalDate.now();
        try (ResolutionSession session = this.resolver.open(tenant)) {
            Value edge = edge(tenant, named);
            if (!edge.get("startDate").isNull()
                    && end.isBefore(edge.get("startDate").asLocalDate())) {
                throw new InvalidInputException(
                        "endDate",
                        "must not be before the relationship's start, "
                                + edge.get("startDate").asLocalDate());
            }
            return this.actions.decide(
                    session,
                    Prepared::none,
                    (tx, none) -> {
                        this.graph.run(
                                tx,
                                tenant,
                                "steward-relationship-end",
                                "edge",
                                edge.get("edge").asString(),
                                "endDate",
                                end,
                                "actor",
                                actor);
                        return this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                END,
                                reason,
                                List.of(named.fromId(), named.toId()),
                                List.of(),
                                null,
                                StewardGraph.json(Map.of("relationship", named.id(), "endDate", end.toString())));
                    },
                    tenant);
        }
    }

    /** Retracts a relationship a steward entered; one source rows assert is a 409 (end it instead). */
    public DecisionView retract(Tenant tenant, UUID partyId, String relationshipId, String reason, String actor) {
        Named named = Named.of(partyId, relationshipId);
        try (ResolutionSession session = this.resolver.open(tenant)) {
            Value edge = edge(tenant, named);
            List<String> sources = StewardGraph.strings(edge.get("sources"));
            if (!sources.contains(Survivorship.STEWARD)) {
                throw new ConflictException("Relationship " + named.id() + " was not entered by a steward: the rows "
                        + sources + " assert it; end it instead (PATCH with an endDate)");
            }
            return this.actions.decide(
                    session,
                    Prepared::none,
                    (tx, none) -> {
                        for (Value left : this.graph.run(
                                tx,
                                tenant,
                                "steward-relationship-retract",
                                "edge",
                                edge.get("edge").asString(),
                                "stewardSource",
                                Survivorship.STEWARD)) {
                            this.writes.summarize(
                                    tx,
                                    tenant,
                                    left.get("edge").asString(),
                                    StewardGraph.strings(left.get("assertions")),
                                    actor);
                        }
                        return this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                RETRACT,
                                reason,
                                List.of(named.fromId(), named.toId()),
                                List.of(),
                                null,
                                StewardGraph.json(Map.of(
                                        "relationship",
                                        named.id(),
                                        "assertions",
                                        StewardGraph.strings(edge.get("assertions")))));
                    },
                    tenant);
        }
    }

    /** Takes a steward's end off the relationship the decision ended, and summarizes it from its assertions again. */
    void reopen(GraphWork.Cypher tx, Tenant tenant, DecisionView decision, String actor) {
        String[] parts = String.valueOf(StewardGraph.map(decision.evidence()).get("relationship"))
                .split(":");
        if (parts.length != 3) {
            return; // a decision whose evidence names no relationship: nothing to take back
        }
        for (Value edge : this.graph.run(
                tx, tenant, "steward-relationship", "type", parts[0], "fromId", parts[1], "toId", parts[2])) {
            this.graph.run(
                    tx,
                    tenant,
                    "steward-relationship-end",
                    "edge",
                    edge.get("edge").asString(),
                    "endDate",
                    null,
                    "actor",
                    actor);
            this.writes.summarize(
                    tx, tenant, edge.get("edge").asString(), StewardGraph.strings(edge.get("assertions")), actor);
        }
    }

    private Value edge(Tenant tenant, Named named) {
        List<Value> found = this.graph.read(
                tenant, "steward-relationship", "type", named.type(), "fromId", named.fromId(), "toId", named.toId());
        if (found.isEmpty()) {
            throw new NotFoundException("No relationship " + named.id() + " in this tenant");
        }
        return found.get(0);
    }
}

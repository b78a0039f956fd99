package com.partygraph.steward;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.FieldProblem;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.steward.Rederivation.Prepared;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * A steward's corrections of a party's attributes ({@code PATCH /parties/{id}}): an {@code edit} decision whose
 * values become the party's correction record ({@link Corrections}), ranked above every source row; withdrawing
 * the decision gives back what the records say. Thread-safe.
 */
@Service
public class PartyEdits {

    private static final Set<String> PERSON_ONLY = Set.of("givenName", "middleName", "familyName", "birthDate");

    private static final Set<String> ORGANIZATION_ONLY =
            Set.of("legalName", "dbaName", "industry", "businessType", "foundedYear", "employeeCount", "revenueRange");

    private final Resolver resolver;

    private final StewardGraph graph;

    private final StewardActions actions;

    private final Corrections corrections;

    private final NameNormalizer names = new NameNormalizer();

    PartyEdits(Resolver resolver, StewardGraph graph, StewardActions actions, Corrections corrections) {
        this.resolver = resolver;
        this.graph = graph;
        this.actions = actions;
        this.corrections = corrections;
    }

    /**
     * Corrects the party's attributes as given.
     * @throws InvalidInputException when nothing is given or a field belongs to the other kind of party
     * @throws ConflictException when the party is merged into another
     */
    public DecisionView edit(Tenant tenant, UUID partyId, PartyCorrection correction, String actor) {
        Map<String, Object> after = correction.values();
        if (after.isEmpty()) {
            throw new InvalidInputException("body", "name at least one attribute to correct");
        }
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState party = this.graph.party(tenant, partyId);
            if (!"active".equals(party.status())) {
                throw new ConflictException("Party " + partyId + " is " + party.status()
                        + (party.merged()
                                ? " into party " + party.mergedInto() + ": correct that party"
                                : ": it cannot be corrected"));
            }
            boolean person = "Person".equals(party.kind());
            List<FieldProblem> problems = after.keySet().stream()
                    .filter(person ? ORGANIZATION_ONLY::contains : PERSON_ONLY::contains)
                    .map(field -> new FieldProblem(
                            field, "is not an attribute of " + (person ? "a person" : "an organization")))
                    .toList();
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (after.containsKey("displayName") || after.containsKey("legalName")) {
                after.put(
                        "normalizedName",
                        this.names.normalizedName(
                                person ? PartyKind.PERSON : PartyKind.ORGANIZATION,
                                (String) after.get("displayName"),
                                (String) after.get("legalName")));
            }
            Map<String, Object> before = before(tenant, party.id(), after.keySet());
            return this.actions.decide(
                    session,
                    Prepared::none,
                    (tx, none) -> {
                        String id = this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                "edit",
                                correction.reason(),
                                List.of(party.id()),
                                List.of("steward/correction/" + party.id()),
                                null,
                                Corrections.evidence(before, after));
                        this.corrections.rewrite(tx, tenant, party.id(), party.id(), actor);
                        return id;
                    },
                    tenant);
        }
    }

    private Map<String, Object> before(Tenant tenant, String partyId, Set<String> names) {
        Value party = this.graph
                .read(tenant, "party-by-id", "id", partyId, "relationshipTypes", List.of())
                .get(0)
                .get("party");
        Map<String, Object> before = new LinkedHashMap<>();
        for (String name : names) {
            Object value = party.get(name).asObject();
            before.put(name, value == null ? null : value.toString());
        }
        return before;
    }
}

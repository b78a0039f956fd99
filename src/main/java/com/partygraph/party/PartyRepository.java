package com.partygraph.party;

import com.partygraph.graph.IdentifierKeys;
import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.RelationshipAssertion;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.Role;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.survive.PartyProfile;
import com.partygraph.resolution.survive.Survivorship;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/**
 * Party reads and writes, each one statement from {@code cypher/queries/} with every value bound
 * as a parameter and every match scoped by tenant. Thread-safe.
 */
@Repository
class PartyRepository {

    /** Source name of records entered through the API. */
    static final String STEWARD_SOURCE = Survivorship.STEWARD;

    static final String STEWARD_TABLE = "party";

    private final Graph graph;

    private final Survivorship survivorship;

    PartyRepository(Graph graph, Resolver resolver) {
        this.graph = graph;
        this.survivorship = resolver.survivorship();
    }

    /**
     * Creates a steward's party with its record, contact points and roles, and opens its match suggestions
     * ({id, candidateId, probability, weight, explanation}), in one transaction.
     */
    void create(
            Tenant tenant,
            NewParty party,
            PartyProfile profile,
            String raw,
            String actor,
            List<Map<String, Object>> suggestions) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("catalog", Tenant.CATALOG);
        parameters.put("id", party.id().toString());
        parameters.put("kindLabel", party.kind().label());
        parameters.put("properties", party.properties());
        parameters.put("emails", party.emails());
        parameters.put("phones", party.phones());
        parameters.put("domains", party.domains());
        parameters.put("roles", party.roles());
        parameters.put("source", STEWARD_SOURCE);
        parameters.put("table", STEWARD_TABLE);
        parameters.put("raw", raw);
        parameters.put("actor", actor);
        parameters.put("identifierKeys", IdentifierKeys.keys((List<?>)
                party.properties().get("identifiers")));
        parameters.put("profile", profile.stored());
        parameters.put("provenance", this.survivorship.derive(profile).provenance());
        List<Map<String, Object>> rows = suggestions.stream()
                .map(row -> {
                    Map<String, Object> full = new HashMap<>(row);
                    full.put("partyId", party.id().toString());
                    full.put("record", STEWARD_SOURCE + "/" + STEWARD_TABLE + "/" + party.id());
                    return full;
                })
                .toList();
        this.graph.write(statements -> {
            statements.run("party-create", parameters);
            if (!rows.isEmpty()) {
                statements.run(
                        "match-suggestion-record",
                        Map.of("tenant", tenant.id(), "source", STEWARD_SOURCE, "suggestions", rows));
            }
            return null;
        });
    }

    Optional<PartyDetails> findById(Tenant tenant, UUID id) {
        return this.graph
                .read(
                        "party-by-id",
                        Map.of(
                                "tenant",
                                tenant.id(),
                                "id",
                                id.toString(),
                                "relationshipTypes",
                                RelationshipType.names()))
                .stream()
                // Deleted or absorbed by a transaction that committed while the statement read it: no party.
                .filter(row -> !row.get("party").get("id").isNull())
                .map(row -> PartyMapper.details(row))
                .findFirst();
    }

    boolean exists(Tenant tenant, UUID id) {
        return this.graph.read("party-exists", Map.of("tenant", tenant.id(), "id", id.toString())).stream()
                .map(row -> row.get(0).asBoolean())
                .findFirst()
                .orElse(false);
    }

    /**
     * Ids and scores of one page of hits for the named search statement, best first. A party deleted or absorbed by a
     * transaction that committed while the statement read it (the graph reads committed data, not a snapshot) comes
     * back without its id, and is no hit.
     */
    Map<UUID, Double> search(String statement, Tenant tenant, Map<String, Object> criteria, int skip, int limit) {
        Map<String, Object> parameters = new HashMap<>(criteria);
        parameters.put("tenant", tenant.id());
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        Map<UUID, Double> hits = new LinkedHashMap<>();
        this.graph.read(statement, parameters).stream()
                .map(Record::asMap)
                .filter(row -> row.get("id") != null)
                .forEach(row ->
                        hits.put(UUID.fromString((String) row.get("id")), ((Number) row.get("score")).doubleValue()));
        return hits;
    }

    List<PartySummary> summaries(Tenant tenant, Map<UUID, Double> hits) {
        Map<UUID, PartySummary> byId = new HashMap<>();
        this.graph
                .read(
                        "party-summaries",
                        Map.of(
                                "tenant",
                                tenant.id(),
                                "ids",
                                hits.keySet().stream().map(UUID::toString).toList()))
                .stream()
                .map(row -> PartyMapper.summary(
                        row, hits.get(UUID.fromString(row.get("id").asString()))))
                .toList()
                .forEach(summary -> byId.put(summary.id(), summary));
        return hits.keySet().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Optional<PartyRelationship> createRelationship(
            Tenant tenant, UUID from, UUID to, RelationshipType type, Map<String, Object> properties) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("fromId", from.toString());
        parameters.put("toId", to.toString());
        parameters.put("type", type.name());
        parameters.put("properties", properties);
        parameters.put("source", STEWARD_SOURCE);
        parameters.put("assertion", RelationshipAssertion.json(STEWARD_SOURCE, properties));
        return this.graph.write("relationship-create", parameters).stream()
                .map(row -> PartyMapper.relationship(row.get("relationship")))
                .findFirst();
    }

    /** The tenant's roles: the catalog template overlaid with the tenant's own labels. */
    Collection<Role> roles(Tenant tenant) {
        Map<String, Role> roles = new LinkedHashMap<>();
        this.graph.read("role-catalog", Map.of("tenant", tenant.id(), "catalog", Tenant.CATALOG)).stream()
                .map(Record::asMap)
                .toList()
                .forEach(row -> roles.put(
                        (String) row.get("code"),
                        new Role((String) row.get("code"), (String) row.get("label"), (String) row.get("category"))));
        return roles.values();
    }

    List<String> sourceSystems(Tenant tenant) {
        return this.graph.read("party-source-systems", Map.of("tenant", tenant.id())).stream()
                .map(row -> row.get("source").asString())
                .toList();
    }
}

package com.partygraph.erasure;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.party.PartyNotFoundException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes personal data from the graph: a party's, on request, and deleted source records' raw rows once
 * their retention has passed. The records of an erased party leave the resolution index too, so that no
 * later row matches on what was erased. Thread-safe.
 */
public final class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private static final int SWEEP_BATCH = 10_000;

    private final Driver driver;

    private final CypherQueries queries;

    private final Resolver resolver;

    private final ErasureSettings settings;

    public Erasure(Driver driver, CypherQueries queries, Resolver resolver, ErasureSettings settings) {
        this.driver = driver;
        this.queries = queries;
        this.resolver = resolver;
        this.settings = settings;
    }

    /**
     * Erases the party's personal data (the survivor's, when the id is of a merged party).
     * @throws PartyNotFoundException when the tenant has no such party
     */
    public ErasureReport erase(Tenant tenant, UUID id, String actor) {
        String partyId = survivor(tenant, id);
        // The tenant's index is held from before the graph write until after it, as ingestion holds it.
        try (ResolutionSession session = this.resolver.open(tenant)) {
            org.neo4j.driver.Record row;
            try (var graph = this.driver.session()) {
                row = graph.executeWrite(tx -> tx.run(
                                this.queries.get("party-erase"),
                                Map.of("tenant", tenant.id(), "id", partyId, "actor", actor))
                        .single());
            }
            List<String> records = row.get("records").asList(Value::asString);
            records.forEach(session::forget);
            session.commit();
            log.info(
                    "Erased the personal data of party {} of tenant {} ({} records) at the request of {}",
                    partyId,
                    tenant.id(),
                    records.size(),
                    actor);
            return new ErasureReport(
                    UUID.fromString(partyId),
                    Instant.now(),
                    row.get("attributes").asList(Value::asString).stream()
                            .sorted()
                            .toList(),
                    records.size(),
                    row.get("activityRows").asLong(),
                    row.get("contactNodes").asLong(),
                    row.get("suggestions").asLong(),
                    row.get("merges").asLong(),
                    row.get("mergedParties").asLong(),
                    ErasureReport.NOTE);
        }
    }

    private String survivor(Tenant tenant, UUID id) {
        try (var graph = this.driver.session()) {
            var found = graph.executeRead(
                    tx -> tx.run(this.queries.get("party-survivor"), Map.of("tenant", tenant.id(), "id", id.toString()))
                            .list());
            if (found.isEmpty()) {
                throw new PartyNotFoundException(id);
            }
            return found.get(0).get("id").asString();
        }
    }

    /** Erases the raw rows of records deleted longer ago than the retention; returns how many. */
    public long sweep() {
        ZonedDateTime cutoff =
                Instant.now().minus(this.settings.deletedRetention()).atZone(ZoneOffset.UTC);
        long erased = 0;
        try (var graph = this.driver.session()) {
            List<String> tenants =
                    graph.executeRead(tx -> tx.run(this.queries.get("erasure-due-tenants"), Map.of("cutoff", cutoff))
                            .list(row -> row.get("tenant").asString()));
            for (String tenant : tenants) {
                long batch;
                do {
                    batch = graph.executeWrite(tx -> tx.run(
                                    this.queries.get("erasure-deleted-records"),
                                    Map.of("tenant", tenant, "cutoff", cutoff, "limit", SWEEP_BATCH))
                            .single()
                            .get("erased")
                            .asLong());
                    erased += batch;
                } while (batch == SWEEP_BATCH);
            }
        }
        if (erased > 0) {
            log.info("Erased the raw rows of {} source records deleted before {}", erased, cutoff);
        }
        return erased;
    }
}

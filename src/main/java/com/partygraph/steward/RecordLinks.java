package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.write.StewardWrites;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.StewardRules;
import com.partygraph.resolution.survive.Survivorship;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * A steward's links of one source record: linked to a party by hand (pinned there: no automatic resolution
 * moves it again) or unlinked from one (it goes where resolution puts it without that party, and never back
 * automatically). The rows that refer to the record are applied again, so that what they assert follows it.
 * Thread-safe.
 */
@Service
public class RecordLinks {

    private final Resolver resolver;

    private final StewardGraph graph;

    private final StewardActions actions;

    private final Rederivation rederivation;

    private final StewardWrites writes;

    RecordLinks(
            Resolver resolver,
            StewardGraph graph,
            StewardActions actions,
            Rederivation rederivation,
            com.partygraph.graph.neo4j.CypherQueries queries) {
        this.resolver = resolver;
        this.graph = graph;
        this.actions = actions;
        this.rederivation = rederivation;
        this.writes = new StewardWrites(queries, resolver.survivorship());
    }

    /** Links the record to the party by hand; it stays there whatever its row says later. */
    public DecisionView link(
            Tenant tenant, UUID partyId, String source, String table, String key, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState party = this.graph.party(tenant, partyId);
            if (party.merged()) {
                throw new ConflictException("Party " + partyId + " is merged into party " + party.mergedInto()
                        + ": link the record to that party");
            }
            Value record = liveRecord(tenant, source, table, key);
            if (!party.kind().equals(record.get("kind").asString())) {
                throw new ConflictException("Record " + record.get("uid").asString() + " describes a "
                        + record.get("kind").asString() + ", party " + partyId + " is a " + party.kind());
            }
            String uid = record.get("uid").asString();
            String before = record.get("partyId").asString(null);
            List<String> parties =
                    before == null || before.equals(party.id()) ? List.of(party.id()) : List.of(party.id(), before);
            boolean own = source.equals(Survivorship.STEWARD);
            return this.actions.decide(
                    session,
                    () -> {
                        session.assign(StewardGraph.facts(record), party.id());
                        session.rules().include(uid, party.id());
                        session.rules().pin(uid);
                        return own || before == null
                                ? Rederivation.Prepared.none()
                                : this.rederivation.prepare(
                                        tenant, List.of(before), List.of(base(record)), Set.of(uid));
                    },
                    (tx, prepared) -> {
                        if (own) {
                            this.graph.run(
                                    tx,
                                    tenant,
                                    "steward-record-move",
                                    "source",
                                    source,
                                    "table",
                                    table,
                                    "key",
                                    key,
                                    "partyId",
                                    party.id(),
                                    "actor",
                                    actor);
                        }
                        prepared.write(tx);
                        this.writes.derive(tx, tenant, parties, actor);
                        return this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                StewardRules.Type.LINK.code(),
                                reason,
                                parties,
                                List.of(uid),
                                null,
                                StewardGraph.json(Map.of("record", uid, "from", String.valueOf(before))));
                    },
                    tenant);
        }
    }

    /** Unlinks the record from the party: it goes where resolution puts it without that party, never back. */
    public DecisionView unlink(
            Tenant tenant, UUID partyId, String source, String table, String key, String reason, String actor) {
        try (ResolutionSession session = this.resolver.open(tenant)) {
            PartyState party = this.graph.party(tenant, partyId);
            Value record = liveRecord(tenant, source, table, key);
            String uid = record.get("uid").asString();
            if (!party.survivor().equals(record.get("partyId").asString(null))) {
                throw new NotFoundException("Record " + uid + " is not linked to party " + partyId);
            }
            if (source.equals(Survivorship.STEWARD)) {
                throw new ConflictException("Record " + uid + " is a steward's own entry of a party: it has no row to "
                        + "be resolved again; unmerge the party it entered instead");
            }
            String from = party.survivor();
            return this.actions.decide(
                    session,
                    () -> {
                        session.rules().unpin(uid);
                        session.rules().exclude(uid, from);
                        return this.rederivation.prepare(tenant, List.of(from), List.of(base(record)), Set.of(uid));
                    },
                    (tx, prepared) -> {
                        prepared.write(tx);
                        this.writes.derive(tx, tenant, List.of(from), actor);
                        return this.graph.decide(
                                tx,
                                tenant,
                                actor,
                                StewardRules.Type.UNLINK.code(),
                                reason,
                                List.of(from),
                                List.of(uid),
                                null,
                                StewardGraph.json(Map.of("record", uid, "from", from)));
                    },
                    tenant);
        }
    }

    private Value liveRecord(Tenant tenant, String source, String table, String key) {
        Value record = this.graph
                .record(tenant, source, table, key)
                .orElseThrow(() -> new NotFoundException(
                        "No source record " + source + "/" + table + "/" + key + " in this tenant"));
        String uid = record.get("uid").asString();
        if (record.get("deleted").asBoolean(false)) {
            throw new ConflictException("Record " + uid + " was deleted at its source: it describes no party now");
        }
        if (record.get("kind").isNull()) {
            throw new ConflictException("Record " + uid + " describes no party (it is a relationship, role, activity "
                    + "or record-only row)");
        }
        return record;
    }

    // The row a record was read from: its own, or the row whose column it was read from.
    private static String base(Value record) {
        return record.get("derivedFrom").isNull()
                ? record.get("uid").asString()
                : record.get("derivedFrom").asString();
    }
}

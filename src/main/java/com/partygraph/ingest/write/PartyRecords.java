package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.Claims;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.resolution.decide.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Source records that describe parties: links each to the party resolution decided for it. */
final class PartyRecords {

    private PartyRecords() {}

    /** A claim of a row to write, with what resolution decided for it. */
    record Link(PartyClaim claim, Decision decision, String derivedFrom, long lsn) {}

    /**
     * Writes the claims' records, in one statement of each kind, and links each to the party resolution
     * decided for it; what a record said before is withdrawn from the party it described and what it says
     * now added to its party's profile, claim by claim in order.
     */
    static void link(Statements db, List<Link> links, Resolutions resolutions, Profiles profiles, Timeline timeline) {
        if (links.isEmpty()) {
            return;
        }
        List<Map<String, Object>> records = new ArrayList<>();
        List<Map<String, Object>> properties = new ArrayList<>();
        for (Link link : links) {
            Map<String, Object> written = properties(db.source(), link.claim(), link.derivedFrom(), link.lsn());
            properties.add(written);
            records.add(Map.of(
                    "table",
                    link.claim().record().table(),
                    "key",
                    link.claim().record().key(),
                    "properties",
                    written));
        }
        Map<List<String>, Value> current = new HashMap<>();
        db.run("ingest-party-records", "records", records)
                .forEach(row -> current.put(
                        List.of(row.get("table").asString(), row.get("key").asString()), row));
        Map<String, Map<String, Object>> ensure = new LinkedHashMap<>();
        List<Map<String, Object>> identify = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            Claims.RecordRef ref = link.claim().record();
            Value found = current.get(List.of(ref.table(), ref.key()));
            String partyId =
                    found.get("partyId").isNull() ? null : found.get("partyId").asString();
            if (partyId != null && !found.get("before").isNull()) {
                profiles.withdraw(partyId, found.get("before").asMap());
            }
            Decision decision = link.decision();
            if (!decision.partyId().equals(partyId)) {
                if (decision.newParty() || resolutions.madeHere(decision.partyId())) {
                    Map<String, Object> made = new HashMap<>();
                    made.put("id", decision.partyId());
                    made.put("kindLabel", link.claim().kind().label());
                    made.put("order", resolutions.order(db.tenant(), decision.partyId()));
                    ensure.putIfAbsent(decision.partyId(), made);
                }
                Map<String, Object> row = new HashMap<>();
                row.put("table", ref.table());
                row.put("key", ref.key());
                row.put("partyId", decision.partyId());
                row.put("method", decision.method());
                row.put("score", decision.probability());
                identify.add(row);
                String uid = ref.uid(db.source());
                if (partyId != null) {
                    timeline.unlinked(partyId, uid, "now describes party " + decision.partyId());
                }
                timeline.linked(decision.partyId(), uid, decision.method());
            }
            profiles.add(decision.partyId(), properties.get(i));
        }
        if (!ensure.isEmpty()) {
            db.run("ingest-party-ensure", "parties", List.copyOf(ensure.values()), "emptyProfile", Profiles.EMPTY);
        }
        if (!identify.isEmpty()) {
            db.run("ingest-record-identify", "links", identify);
        }
    }

    /**
     * What a party record holds: the claim's fields, contact points, kind, the record it came from and
     * the log position of the change that wrote it (of two records seen in one transaction, the later
     * change's is the newer).
     */
    static Map<String, Object> properties(String source, PartyClaim claim, String derivedFrom, long lsn) {
        Map<String, Object> properties = new HashMap<>(claim.fields());
        properties.put("uid", claim.record().uid(source));
        properties.put("source", source);
        properties.put("table", claim.record().table());
        properties.put("partyKind", claim.kind().label());
        properties.put("emails", StoredLists.of(claim.emails()));
        properties.put("phones", StoredLists.of(claim.phones()));
        properties.put("domains", StoredLists.of(claim.domains()));
        properties.put("addresses", StoredLists.of((List<?>) claim.fields().get("addresses")));
        properties.put("derivedFrom", derivedFrom);
        properties.put("lsn", lsn);
        return properties;
    }

    /**
     * Withdraws what the records a delete statement returned ({partyId, before}) said from their parties, and
     * notes on the parties' timelines that the records went.
     */
    static void withdrawn(List<org.neo4j.driver.Value> deleted, Profiles profiles, Timeline timeline) {
        deleted.forEach(row -> {
            profiles.withdraw(row.get("partyId").asString(), row.get("before").asMap());
            timeline.unlinked(
                    row.get("partyId").asString(), row.get("before").get("uid").asString(null), "record deleted");
        });
    }
}

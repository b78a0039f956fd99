package com.partygraph.ingest.write;

import com.partygraph.graph.RelationshipAssertion;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.ActivityClaim;
import com.partygraph.ingest.mapping.Claims.EdgeClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RoleClaim;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What records assert about parties once their parties are known: edges, roles and activities,
 * gathered for any number of records and written with one statement of each kind.
 */
final class Assertions {

    private final List<Map<String, Object>> edges = new ArrayList<>();

    private final List<Map<String, Object>> roles = new ArrayList<>();

    private final List<Map<String, Object>> activities = new ArrayList<>();

    /**
     * Adds what the record {@code uid} asserts; claims whose parties are not known are left out.
     * @param rolesKept whether the roles are held already as the record gave them (not withdrawn): they are not
     * asserted again, and still counted among the parties the record asserts something about
     * @return the parties the record asserts something about
     */
    Set<String> add(String uid, RowPlan plan, Map<RecordRef, String> parties, boolean rolesKept) {
        Set<String> asserted = new LinkedHashSet<>();
        for (EdgeClaim edge : plan.edges()) {
            String from = parties.get(edge.from());
            String to = parties.get(edge.to());
            if (from != null && to != null && !from.equals(to)) {
                this.edges.add(Map.of(
                        "fromId",
                        from,
                        "toId",
                        to,
                        "type",
                        edge.type().name(),
                        "assertion",
                        RelationshipAssertion.json(uid, edge.properties()),
                        "uid",
                        uid));
                asserted.add(from);
                asserted.add(to);
            }
        }
        for (RoleClaim role : plan.roles()) {
            String party = parties.get(role.party());
            if (party == null) {
                continue;
            }
            asserted.add(party);
            if (!rolesKept) {
                Map<String, Object> row = new HashMap<>();
                row.put("partyId", party);
                row.put("code", role.code());
                row.put("uid", uid);
                row.put("since", role.since());
                row.put("until", role.until());
                row.put("context", role.context());
                this.roles.add(row);
            }
        }
        ActivityClaim activity = plan.activity();
        String party = activity == null ? null : parties.get(activity.party());
        if (party != null) {
            Map<String, Object> row = new HashMap<>();
            row.put("partyId", party);
            row.put("uid", uid);
            row.put("type", activity.type());
            row.put("at", activity.at());
            row.put("amount", activity.amount());
            row.put("currency", activity.currency());
            row.put("channel", activity.channel());
            row.put("attributes", activity.attributes());
            this.activities.add(row);
            asserted.add(party);
        }
        return asserted;
    }

    /** The roles added so far: {partyId, code, ...}. */
    List<Map<String, Object>> roles() {
        return this.roles;
    }

    /** Writes everything added so far. */
    void write(Statements db) {
        write(db, new EdgeAssertions());
    }

    /**
     * Writes everything added so far, and summarizes the edges written together with {@code retracted}:
     * edges that lost an assertion of the same record before.
     */
    void write(Statements db, EdgeAssertions retracted) {
        if (!this.edges.isEmpty()) {
            retracted.add(db.run("ingest-edge-assert", "edges", this.edges));
        }
        retracted.summarize(db);
        if (!this.roles.isEmpty()) {
            db.run("ingest-role-assert", "roles", this.roles, "catalog", Tenant.CATALOG);
        }
        if (!this.activities.isEmpty()) {
            db.run("ingest-activity-upsert", "activities", this.activities);
        }
    }
}

package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.StewardWrites;
import com.partygraph.resolution.Resolver;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A party's correction record, derived from the steward's edit decisions in force: their values, later ones over
 * earlier ones, in one {@code steward/correction/<party>} record that survivorship ranks above every source row.
 * Written again whenever an edit is made or withdrawn, and the party derived again. Thread-safe.
 */
@Component
class Corrections {

    private final StewardGraph graph;

    private final StewardWrites writes;

    Corrections(StewardGraph graph, CypherQueries queries, Resolver resolver) {
        this.graph = graph;
        this.writes = new StewardWrites(queries, resolver.survivorship());
    }

    /** Writes the party's correction record from its edits in force, in the caller's transaction, and derives it. */
    void rewrite(GraphWork.Cypher tx, Tenant tenant, String partyId, String survivor, String actor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var row : this.graph.run(tx, tenant, "steward-edits", "partyId", partyId)) {
            if (StewardGraph.map(row.get("evidence").asString(null)).get("after") instanceof Map<?, ?> after) {
                after.forEach((name, value) -> fields.put((String) name, value));
            }
        }
        Map<String, Object> stored = new LinkedHashMap<>(fields);
        if (stored.get("birthDate") instanceof String date) {
            stored.put("birthDate", LocalDate.parse(date));
        }
        this.graph.run(
                tx,
                tenant,
                "steward-correction-write",
                "partyId",
                partyId,
                "fields",
                stored,
                "raw",
                StewardGraph.json(fields),
                "actor",
                actor);
        this.writes.derive(tx, tenant, List.of(survivor), actor);
    }

    static String evidence(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("before", before);
        evidence.put("after", after);
        return StewardGraph.json(evidence);
    }
}

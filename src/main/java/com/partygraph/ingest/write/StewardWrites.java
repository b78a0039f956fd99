package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.resolution.survive.Survivorship;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Graph writes of a steward's decisions that keep ingestion's own bookkeeping (survivorship profiles,
 * timelines, edge assertions): a merge, and parties derived again from all their records. Each runs in
 * the caller's transaction, recorded as done by {@code actor}. Thread-safe.
 */
public final class StewardWrites {

    private final CypherQueries queries;

    private final Survivorship survivorship;

    public StewardWrites(CypherQueries queries, Survivorship survivorship) {
        this.queries = queries;
        this.survivorship = survivorship;
    }

    /**
     * Merges {@code absorbed} into {@code survivor} as auto-merges are written ({@code party-merge}): records,
     * roles, activities and edges move, the survivor's profile takes the absorbed one's, both timelines show
     * it. The {@code (:Merge)} is {@code mergeId}, of method {@code manual}.
     */
    public void merge(
            GraphWork.Cypher tx, Tenant tenant, String mergeId, String survivor, String absorbed, String actor) {
        Statements db = statements(tx, tenant, actor);
        Map<String, Object> merge = new java.util.HashMap<>();
        merge.put("id", mergeId);
        merge.put("survivor", survivor);
        merge.put("absorbed", absorbed);
        merge.put("record", null);
        merge.put("probability", 1.0);
        merge.put("evidence", null);
        merge.put("method", "manual");
        merge.put("by", actor);
        new EdgeAssertions()
                .add(db.run("party-merge", "merges", List.of(merge)))
                .summarize(db);
        Profiles profiles = new Profiles(this.survivorship);
        profiles.merge(survivor, absorbed);
        Timeline timeline = new Timeline();
        timeline.merged(survivor, absorbed, null);
        profiles.write(db);
        timeline.write(db);
    }

    /**
     * Builds the active parties of {@code ids} again from all their live records and writes what survivorship
     * derives; a party no live record is left for is removed.
     */
    public void derive(GraphWork.Cypher tx, Tenant tenant, Collection<String> ids, String actor) {
        new Profiles(this.survivorship).rebuild(statements(tx, tenant, actor), ids);
    }

    /**
     * Summarizes an edge again from its assertions ({@code edge} its element id), after a steward took an end or
     * an assertion of theirs off it.
     */
    public void summarize(GraphWork.Cypher tx, Tenant tenant, String edge, List<String> assertions, String actor) {
        new EdgeAssertions()
                .add(List.of(org.neo4j.driver.Values.value(Map.of("edge", edge, "assertions", assertions))))
                .summarize(statements(tx, tenant, actor));
    }

    // The actor stands where a source would: it is recorded as who updated the parties and wrote the events.
    private Statements statements(GraphWork.Cypher tx, Tenant tenant, String actor) {
        return new Statements(tx, this.queries, tenant, actor, null, this.survivorship);
    }
}

package com.partygraph.ingest.write;

import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.resolution.decide.Decision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * What resolution decided beyond a record's party, written with the records: parties merged because a
 * record strongly matched them ({@code party-merge}: a {@code (:Merge)} with the evidence, the absorbed
 * party marked merged into the older survivor, its records, roles, activities and edges moved), and
 * suggestions for review ({@code match-suggestion-record}). Not thread-safe; one per write.
 */
final class Outcomes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Map<String, Object>> merges = new ArrayList<>();

    private final List<Map<String, Object>> suggestions = new ArrayList<>();

    private final Map<String, String> kinds = new HashMap<>();

    private final String source;

    Outcomes(String source) {
        this.source = source;
    }

    void add(PartyClaim claim, Decision decision) {
        String uid = claim.record().uid(this.source);
        this.kinds.put(decision.partyId(), claim.kind().label());
        for (Decision.Merged merged : decision.absorbed()) {
            Map<String, Object> merge = new HashMap<>();
            merge.put("id", id(decision.partyId() + "<" + merged.partyId()));
            merge.put("survivor", decision.partyId());
            merge.put("absorbed", merged.partyId());
            merge.put("record", uid);
            merge.put("probability", merged.evidence().probability());
            merge.put("evidence", JSON.writeValueAsString(merged.evidence()));
            this.merges.add(merge);
        }
        for (Decision.Suggestion suggestion : decision.suggestions()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id(uid + ">" + suggestion.partyId()));
            row.put("record", uid);
            row.put("partyId", decision.partyId());
            row.put("candidateId", suggestion.partyId());
            row.put("probability", suggestion.score().probability());
            row.put("weight", suggestion.score().weight());
            row.put("explanation", JSON.writeValueAsString(suggestion.score()));
            this.suggestions.add(row);
        }
    }

    String kindOf(String partyId) {
        return this.kinds.get(partyId);
    }

    /**
     * Writes merges and suggestions; what merged parties' records say moves to the survivors' profiles, an edge that
     * took the absorbed party's assertions beside its own is summarized again from all of them, and each merge goes
     * on both parties' timelines.
     */
    void write(Statements db, Profiles profiles, Timeline timeline) {
        if (!this.merges.isEmpty()) {
            new EdgeAssertions()
                    .add(db.run("party-merge", "merges", this.merges))
                    .summarize(db);
            this.merges.forEach(merge -> {
                profiles.merge((String) merge.get("survivor"), (String) merge.get("absorbed"));
                timeline.merged(
                        (String) merge.get("survivor"), (String) merge.get("absorbed"), (String) merge.get("record"));
            });
        }
        if (!this.suggestions.isEmpty()) {
            db.run("match-suggestion-record", "suggestions", this.suggestions);
        }
    }

    private static String id(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

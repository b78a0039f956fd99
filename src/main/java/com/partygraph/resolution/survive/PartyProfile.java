package com.partygraph.resolution.survive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a party's live records say, value by value: for each attribute, each value given with the rank of
 * the records giving it ({@link Survivorship#rank}), how many records give it and the newest of them
 * ({@value #NEWEST} at most, newest first). A record added or withdrawn changes only its own values, so
 * keeping the profile costs the same for a party of 3 records or of 300,000. Stored on the party as JSON
 * ({@link #json()}). Not thread-safe.
 * <p>
 * When every kept newest record of a value is withdrawn while older ones still give it, the value keeps
 * the position of the last one withdrawn: a profile built again from all records would know the next one.
 */
public final class PartyProfile {

    static final int NEWEST = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Newest first, ties by record id. */
    static final Comparator<Seen> NEWEST_FIRST =
            Comparator.comparingLong(Seen::lsn).reversed().thenComparing(Seen::uid);

    private static final Comparator<Vote> STORED =
            Comparator.comparingInt((Vote vote) -> vote.rank).reversed().thenComparing(vote -> vote.value.toString());

    private final Map<String, List<Vote>> fields = new TreeMap<>();

    private int records;

    /** The profile of a party no record describes yet. */
    public PartyProfile() {}

    /**
     * Parties with fewer records keep no profile: theirs is built from their few records when one changes,
     * which costs about what reading a stored one does and saves storing a profile on most parties.
     */
    public static final int STORED_FROM = 3;

    /** The profile as the party stores it: its JSON, or null when the party has too few records to keep one. */
    public String stored() {
        return this.records >= STORED_FROM ? json() : null;
    }

    /** How many live records describe the party. */
    public int records() {
        return this.records;
    }

    void countRecord(int delta) {
        this.records = Math.max(0, this.records + delta);
    }

    /** The votes of a field, in no particular order; empty when no record gives it. */
    List<Vote> votes(String field) {
        return this.fields.getOrDefault(field, List.of());
    }

    void add(String field, Object value, int rank, Seen seen) {
        Object canonical = canonical(value);
        List<Vote> votes = this.fields.computeIfAbsent(field, f -> new ArrayList<>());
        Vote vote = find(votes, canonical, rank);
        if (vote == null) {
            vote = new Vote(canonical, rank);
            votes.add(vote);
        }
        vote.count++;
        vote.see(seen);
    }

    /** @return false when no record was counted for the value (the profile had drifted from the graph) */
    boolean withdraw(String field, Object value, int rank, String uid) {
        List<Vote> votes = this.fields.get(field);
        Vote vote = votes == null ? null : find(votes, canonical(value), rank);
        if (vote == null) {
            return false;
        }
        vote.count--;
        vote.unsee(uid);
        if (vote.count <= 0) {
            votes.remove(vote);
            if (votes.isEmpty()) {
                this.fields.remove(field);
            }
        }
        return true;
    }

    /** Takes in everything another party's records said (a merge moves them here). */
    public void absorb(PartyProfile other) {
        this.records += other.records;
        other.fields.forEach((field, votes) -> {
            List<Vote> mine = this.fields.computeIfAbsent(field, f -> new ArrayList<>());
            for (Vote vote : votes) {
                Vote same = find(mine, vote.value, vote.rank);
                if (same == null) {
                    same = new Vote(vote.value, vote.rank);
                    mine.add(same);
                }
                same.count += vote.count;
                vote.newest.forEach(same::see);
            }
        });
    }

    private static Vote find(List<Vote> votes, Object value, int rank) {
        for (Vote vote : votes) {
            if (vote.rank == rank && vote.value.equals(value)) {
                return vote;
            }
        }
        return null;
    }

    /** Numbers as the graph gives them back (64-bit), so that a value compares equal however it came. */
    static Object canonical(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        return Objects.requireNonNull(value);
    }

    /** The profile as stored on the party. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("records", this.records);
        ObjectNode fields = root.putObject("fields");
        this.fields.forEach((field, votes) -> {
            ArrayNode array = fields.putArray(field);
            // In one order, so that the same profile reached in any order is stored alike.
            for (Vote vote : votes.stream().sorted(STORED).toList()) {
                ObjectNode node = array.addObject();
                switch (vote.value) {
                    case LocalDate date -> node.put("date", date.toString());
                    case Long number -> node.put("v", number);
                    case Double number -> node.put("v", number);
                    case Boolean flag -> node.put("v", flag);
                    default -> node.put("v", vote.value.toString());
                }
                node.put("rank", vote.rank);
                node.put("n", vote.count);
                ArrayNode newest = node.putArray("newest");
                vote.newest.forEach(seen -> newest.addArray().add(seen.lsn()).add(seen.uid()));
            }
        });
        return JSON.writeValueAsString(root);
    }

    /** A profile as {@link #json()} wrote it. */
    public static PartyProfile fromJson(String json) {
        PartyProfile profile = new PartyProfile();
        JsonNode root = JSON.readTree(json);
        profile.records = root.path("records").asInt();
        for (var field : root.path("fields").properties()) {
            List<Vote> votes = new ArrayList<>();
            for (JsonNode node : field.getValue()) {
                Vote vote = new Vote(value(node), node.path("rank").asInt());
                vote.count = node.path("n").asInt();
                for (JsonNode seen : node.path("newest")) {
                    vote.newest.add(new Seen(seen.get(0).asLong(), seen.get(1).asString()));
                }
                votes.add(vote);
            }
            profile.fields.put(field.getKey(), votes);
        }
        return profile;
    }

    private static Object value(JsonNode node) {
        if (node.has("date")) {
            return LocalDate.parse(node.get("date").asString());
        }
        JsonNode value = node.get("v");
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.asString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartyProfile profile && json().equals(profile.json());
    }

    @Override
    public int hashCode() {
        return json().hashCode();
    }

    @Override
    public String toString() {
        return json();
    }

    /** A record's place in the log. */
    record Seen(long lsn, String uid) {}

    /** A value given by {@code count} records of one rank. */
    static final class Vote {

        final Object value;

        final int rank;

        int count;

        final List<Seen> newest = new ArrayList<>(NEWEST);

        private Vote(Object value, int rank) {
            this.value = value;
            this.rank = rank;
        }

        /** The newest record giving the value, as far as the profile knows. */
        Seen latest() {
            return this.newest.isEmpty() ? new Seen(Long.MIN_VALUE, "") : this.newest.get(0);
        }

        void see(Seen seen) {
            if (this.newest.stream().anyMatch(kept -> kept.uid().equals(seen.uid()))) {
                return;
            }
            this.newest.add(seen);
            this.newest.sort(NEWEST_FIRST);
            if (this.newest.size() > NEWEST) {
                this.newest.remove(NEWEST);
            }
        }

        void unsee(String uid) {
            if (this.newest.size() == 1 && this.newest.get(0).uid().equals(uid) && this.count > 0) {
                // Older records still give the value; they are not known here, so the last one stands for them.
                this.newest.set(0, new Seen(this.newest.get(0).lsn(), ""));
                return;
            }
            this.newest.removeIf(seen -> seen.uid().equals(uid));
        }
    }
}

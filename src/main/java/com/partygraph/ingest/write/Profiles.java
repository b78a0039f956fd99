package com.partygraph.ingest.write;

import com.partygraph.graph.IdentifierKeys;
import com.partygraph.resolution.survive.Contribution;
import com.partygraph.resolution.survive.PartyProfile;
import com.partygraph.resolution.survive.Survivorship;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * What one write did to parties' records — a record added to a party, withdrawn from it (changed, moved,
 * deleted), a party merged into another — applied at the end of the write to each touched party's stored
 * {@link PartyProfile}, from which survivorship derives its attributes ({@code party-derive}). The cost is
 * that of the records written, whatever the size of the parties. A party without a stored profile (one of
 * fewer than {@value PartyProfile#STORED_FROM} records, or made before profiles were kept) or whose profile
 * did not hold a withdrawn record is built again from all its live records. Parties no live record is left
 * for are pruned. Not thread-safe; one per write.
 */
final class Profiles {

    /** What a party made by this write starts from. */
    static final String EMPTY = new PartyProfile().json();

    private final Survivorship rules;

    private final List<Event> events = new ArrayList<>();

    private final Set<String> made = new LinkedHashSet<>();

    /** Profiles of parties this write created with their attributes ({@link #created}). */
    private final Map<String, PartyProfile> created = new HashMap<>();

    Profiles(Survivorship rules) {
        this.rules = rules;
    }

    /** The party was created by this write: it has an empty profile, nothing to read. */
    void made(String partyId) {
        this.made.add(partyId);
    }

    /** Whether this write created the party (it held nothing before the write). */
    boolean madeHere(String partyId) {
        return this.made.contains(partyId);
    }

    /** The record (its properties as stored on the source record) now describes the party. */
    void add(String partyId, Map<String, Object> record) {
        this.events.add(new Event(Kind.ADD, partyId, contribution(record), null));
    }

    /** The record as it was stored no longer describes the party. */
    void withdraw(String partyId, Map<String, Object> record) {
        this.events.add(new Event(Kind.WITHDRAW, partyId, contribution(record), null));
    }

    /** The absorbed party's records moved to the survivor. */
    void merge(String survivor, String absorbed) {
        this.events.add(new Event(Kind.MERGE, survivor, null, absorbed));
    }

    /**
     * The parties made by this write as {@code ingest-party-create} takes them, derived from the records added
     * to them so far: {id, kindLabel, profile, values, provenance, and the many-valued attributes}. What
     * happens to them afterwards in this write is applied on top by {@link #write}.
     */
    List<Map<String, Object>> created(Map<String, String> kinds) {
        Map<String, PartyProfile> profiles = new LinkedHashMap<>();
        this.made.forEach(id -> profiles.put(id, new PartyProfile()));
        this.events.removeIf(event -> {
            PartyProfile profile = event.kind() == Kind.ADD ? profiles.get(event.partyId()) : null;
            if (profile != null) {
                this.rules.add(profile, event.record());
            }
            return profile != null;
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        profiles.forEach((id, profile) -> {
            Map<String, Object> row = row(id, profile);
            row.put("kindLabel", kinds.get(id));
            rows.add(row);
        });
        this.created.putAll(profiles);
        return rows;
    }

    /** Applies what happened to the touched parties' profiles and writes what they now derive. */
    void write(Statements db) {
        if (this.events.isEmpty()) {
            this.made.clear();
            this.created.clear();
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        this.events.forEach(event -> {
            touched.add(event.partyId());
            if (event.absorbed() != null) {
                touched.add(event.absorbed());
            }
        });
        Map<String, PartyProfile> profiles = new HashMap<>();
        Set<String> rebuild = new LinkedHashSet<>();
        List<String> stored =
                touched.stream().filter(id -> !this.made.contains(id)).toList();
        if (!stored.isEmpty()) {
            for (Value row : db.run("party-profiles", "ids", stored)) {
                if (row.get("profile").isNull()) {
                    rebuild.add(row.get("id").asString());
                } else {
                    profiles.put(
                            row.get("id").asString(),
                            PartyProfile.fromJson(row.get("profile").asString()));
                }
            }
        }
        this.made.forEach(id -> profiles.putIfAbsent(id, this.created.getOrDefault(id, new PartyProfile())));
        Set<String> merged = new LinkedHashSet<>();
        for (Event event : this.events) {
            apply(event, profiles, rebuild, merged);
        }
        if (!rebuild.isEmpty()) {
            rebuilt(db, rebuild, profiles);
        }
        write(db, touched, profiles, merged);
        this.events.clear();
        this.made.clear();
        this.created.clear();
    }

    private void apply(Event event, Map<String, PartyProfile> profiles, Set<String> rebuild, Set<String> merged) {
        String id = event.partyId();
        switch (event.kind()) {
            case ADD -> {
                if (!rebuild.contains(id)) {
                    this.rules.add(profiles.computeIfAbsent(id, k -> new PartyProfile()), event.record());
                }
            }
            case WITHDRAW -> {
                PartyProfile profile = profiles.get(id);
                if (!rebuild.contains(id) && (profile == null || !this.rules.withdraw(profile, event.record()))) {
                    rebuild.add(id);
                }
            }
            case MERGE -> {
                merged.add(event.absorbed());
                if (rebuild.contains(event.absorbed())) {
                    // The survivor holds the absorbed party's records now: what they say is read with its own.
                    rebuild.add(id);
                } else if (!rebuild.contains(id)) {
                    profiles.computeIfAbsent(id, k -> new PartyProfile())
                            .absorb(profiles.getOrDefault(event.absorbed(), new PartyProfile()));
                }
                profiles.put(event.absorbed(), new PartyProfile());
                rebuild.remove(event.absorbed());
            }
        }
    }

    /**
     * Builds the active parties of {@code ids} again from all their live records and writes what they derive:
     * what the profiles kept write by write must come to the same.
     */
    void rebuild(Statements db, Collection<String> ids) {
        Set<String> active = new LinkedHashSet<>();
        db.run("party-profiles", "ids", List.copyOf(ids)).stream()
                .filter(row -> "active".equals(row.get("status").asString(null)))
                .forEach(row -> active.add(row.get("id").asString()));
        Map<String, PartyProfile> profiles = new HashMap<>();
        rebuilt(db, active, profiles);
        write(db, active, profiles, Set.of());
    }

    /** Profiles built from scratch from every live record of the parties. */
    private void rebuilt(Statements db, Set<String> ids, Map<String, PartyProfile> profiles) {
        ids.forEach(id -> profiles.put(id, new PartyProfile()));
        for (Value row : db.run("party-profile-records", "ids", List.copyOf(ids))) {
            this.rules.add(
                    profiles.get(row.get("id").asString()),
                    contribution(row.get("record").asMap()));
        }
    }

    private void write(Statements db, Set<String> touched, Map<String, PartyProfile> profiles, Set<String> merged) {
        List<Map<String, Object>> derived = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> absorbed = new ArrayList<>();
        for (String id : touched) {
            PartyProfile profile = profiles.get(id);
            if (profile == null) {
                continue; // not in the graph: a party a rejected row made
            }
            if (merged.contains(id)) {
                absorbed.add(id);
                continue;
            }
            if (profile.records() == 0) {
                empty.add(id);
            } else {
                derived.add(row(id, profile));
            }
        }
        if (!derived.isEmpty()) {
            db.run("party-derive", "parties", derived);
        }
        if (!empty.isEmpty()) {
            db.run("party-prune", "ids", empty);
        }
        if (!absorbed.isEmpty()) {
            // Read above, before this: what its records said is in the survivor's profile now.
            db.run("party-profile-clear", "ids", absorbed, "profile", EMPTY);
        }
    }

    private Map<String, Object> row(String id, PartyProfile profile) {
        Survivorship.Derived derived = this.rules.derive(profile);
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("profile", profile.stored());
        row.put("values", derived.values());
        row.put("provenance", derived.provenance());
        derived.lists().forEach(row::put);
        row.put("identifierKeys", IdentifierKeys.keys(derived.lists().get("identifiers")));
        return row;
    }

    /** What a source record (its properties as the graph stores them) says about its party. */
    static Contribution contribution(Map<String, Object> record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : Survivorship.SINGLE) {
            Object value = record.get(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        Map<String, List<?>> lists = new HashMap<>();
        for (String field : Survivorship.MANY) {
            if (record.get(field) instanceof List<?> list) {
                lists.put(field, list);
            }
        }
        Object lsn = record.get("lsn");
        String table = (String) record.get("table");
        return new Contribution(
                (String) record.get("uid"),
                (String) record.get("source"),
                table,
                lsn instanceof Number number ? number.longValue() : 0,
                record.get("derivedFrom") != null,
                values,
                lists);
    }

    private enum Kind {
        ADD,
        WITHDRAW,
        MERGE
    }

    private record Event(Kind kind, String partyId, Contribution record, String absorbed) {}
}

package com.partygraph.ingest.write;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partygraph.graph.Tenant;
import com.partygraph.resolution.survive.PartyProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Parties' survivorship profiles as the last committed writes of one source left them, so that a write touching a
 * party again neither reads its stored profile back nor, for a party of fewer than {@value PartyProfile#STORED_FROM}
 * records (which stores none), all its records ({@link Profiles}). Each entry keeps the stamp its party had in the
 * graph then — its version and the time of the write ({@code party-profiles}) — and a write uses an entry only
 * while the party still has that stamp: every write that changes a party's records or profile moves its version,
 * whoever makes it (another source, a steward, an erasure), and a party deleted and made again has another time.
 * Entries are added only once the transaction that wrote them has committed ({@link Statements#afterCommit}), so a
 * write rolled back leaves none. Bounded, least used first out; thread-safe (the parts of a batch write at once).
 */
final class ProfileCache {

    /** Keeps nothing: every profile is read from the graph. */
    static final ProfileCache NONE = new ProfileCache(0);

    /** How many values (a profile's votes) are kept by default: some tens of megabytes. */
    static final long DEFAULT_VALUES = 200_000;

    /** Profiles a write needed, by where they came from: {@code from=memory} or {@code from=graph}. */
    static final String COUNTER = "partygraph.ingest.profiles";

    private static final Counter FROM_MEMORY = counter("memory");

    private static final Counter FROM_GRAPH = counter("graph");

    private final long values;

    private final Cache<Key, Entry> entries;

    /** @param values how many values of profiles to keep at most (each profile weighs its values); 0 keeps none */
    ProfileCache(long values) {
        this.values = values;
        this.entries = Caffeine.newBuilder()
                // Evictions on the writer's own thread, not on a shared pool.
                .executor(Runnable::run)
                .maximumWeight(values)
                .<Key, Entry>weigher((key, entry) -> 1 + entry.kept().values())
                .build();
    }

    /** The entries kept for these parties, by party id: what a write may use if their stamps still hold. */
    Map<String, Entry> find(Tenant tenant, Collection<String> ids) {
        Map<String, Entry> found = new HashMap<>();
        for (String id : ids) {
            Entry entry = this.entries.getIfPresent(new Key(tenant.id(), id));
            if (entry != null) {
                found.put(id, entry);
            }
        }
        return found;
    }

    /** Keeps a copy of the profile the party has with this stamp (the profile itself may change afterwards). */
    void put(Tenant tenant, String id, String stamp, PartyProfile profile) {
        if (this.values <= 0) {
            return;
        }
        this.entries.put(new Key(tenant.id(), id), new Entry(stamp, profile.copy()));
    }

    /** Drops what is kept for these parties. */
    void forget(Tenant tenant, Collection<String> ids) {
        ids.forEach(id -> this.entries.invalidate(new Key(tenant.id(), id)));
    }

    /** Counts the stored profiles a write needed: taken from memory, or read from the graph. */
    static void counted(int fromMemory, int fromGraph) {
        FROM_MEMORY.increment(fromMemory);
        FROM_GRAPH.increment(fromGraph);
    }

    // Spring Boot adds its registry to the global one, in which the application's counters are then kept.
    private static Counter counter(String from) {
        return Counter.builder(COUNTER)
                .description("Parties' survivorship profiles a write needed, by where they came from")
                .tag("from", from)
                .register(Metrics.globalRegistry);
    }

    private record Key(String tenant, String party) {}

    /** A party's profile as it was when the party had {@code stamp}; {@link #profile} gives a copy to change. */
    record Entry(String stamp, PartyProfile kept) {

        PartyProfile profile() {
            return this.kept.copy();
        }
    }
}

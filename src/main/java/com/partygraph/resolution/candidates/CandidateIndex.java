package com.partygraph.resolution.candidates;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.features.FeatureCodec;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.Scorer;
import com.partygraph.resolution.model.TermFrequencies;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One tenant's party records in memory: each record's features (encoded, {@link FeatureCodec}) and party,
 * parties in the order they came to be (merged ones pointing at their survivor), the records under each blocking key (a chain of
 * int entries; a key held by more than {@code maxKeyRecords} records stops collecting and is passed over
 * by searches), and how many records hold each name, email, phone and address, for frequency-adjusted
 * weights. Not thread-safe by itself: callers hold {@link #lock()}.
 */
public final class CandidateIndex implements TermFrequencies {

    private static final int NO_ENTRY = -1;

    private final ReentrantLock lock = new ReentrantLock();

    private final int maxKeyRecords;

    // Each record's features, encoded; null once removed.
    private final ObjectArrayList<byte[]> features = new ObjectArrayList<>();

    private final IntArrayList partyOf = new IntArrayList();

    // Each record's uid, numbered as the records are.
    private final StringTable uids = new StringTable();

    private final StringTable partyIds = new StringTable();

    private final IntArrayList mergedInto = new IntArrayList();

    private final LongArrayList partyOrder = new LongArrayList();

    // Per surviving party: its live records, and those of them that say more than a name.
    private final IntArrayList recordCounts = new IntArrayList();

    private final IntArrayList substantive = new IntArrayList();

    // Per surviving party: its records whose keys are posted, and name-only records left unposted (some
    // perhaps removed or moved since: checked when taken), one of which is posted when the last posted
    // record goes, so that an organization stays findable by its name.
    private final IntArrayList postedCounts = new IntArrayList();

    private final Int2ObjectOpenHashMap<IntArrayList> spares = new Int2ObjectOpenHashMap<>();

    // Per blocking key (by hash): how many records hold it (high 32 bits) and its chain's first entry (low 32 bits,
    // -1 for none), one map entry per key. A key one record holds keeps that record there instead (as -2 - record),
    // without an entry: most keys (an email, a phone, a birth date with a name) are never held by another.
    private final Int2LongOpenHashMap keys = new Int2LongOpenHashMap();

    private final IntArrayList entryRecord = new IntArrayList();

    private final IntArrayList entryNext = new IntArrayList();

    // The records whose blocking keys were counted and posted.
    private final java.util.BitSet posted = new java.util.BitSet();

    // How many live records hold each name, by a 32-bit hash of comparison and value (a collision, about one
    // value in a thousand on a million records, only makes two values look a little more common than they are);
    // an email, phone or address is counted by its blocking key.
    private final Int2IntOpenHashMap terms = new Int2IntOpenHashMap();

    private int live;

    // Set when the index no longer matches the graph (a steward's write failed half-way): sessions waiting
    // for it then take a new one, built from the graph.
    private volatile boolean stale;

    private final int[] liveByKind = new int[PartyKind.values().length];

    public CandidateIndex(int maxKeyRecords) {
        this.maxKeyRecords = maxKeyRecords;
        this.keys.defaultReturnValue(packed(0, NO_ENTRY));
    }

    public ReentrantLock lock() {
        return this.lock;
    }

    /** Marks the index as no longer matching the graph: it is built again on next use. */
    public void markStale() {
        this.stale = true;
    }

    public boolean stale() {
        return this.stale;
    }

    /** Live records. */
    public int size() {
        return this.live;
    }

    /** Adds a record of a party (made known here when new); the record must not be in the index. */
    public void add(String uid, String partyId, long order, Features record) {
        int party = party(partyId, order);
        // A name-only record (a mention) of a party already found by that name adds no key: otherwise every
        // mention of a much-mentioned organization would make its name a key too frequent to search by.
        int root = root(party);
        boolean post = !record.nameOnly() || this.postedCounts.getInt(root) == 0;
        int id = this.features.size();
        this.features.add(FeatureCodec.encode(record));
        this.partyOf.add(party);
        this.uids.add(uid);
        this.live++;
        this.liveByKind[record.kind().ordinal()]++;
        count(party, record, 1);
        if (post) {
            post(id, root, record);
        } else {
            this.spares.computeIfAbsent(root, r -> new IntArrayList()).add(id);
        }
        terms(record, 1);
    }

    private void post(int id, int root, Features record) {
        this.posted.set(id);
        this.postedCounts.set(root, this.postedCounts.getInt(root) + 1);
        for (String key : BlockingKeys.of(record)) {
            int hash = hash(key);
            long held = this.keys.get(hash);
            int count = count(held) + 1;
            int head = head(held);
            if (count == 1) {
                // No live record held it: the records its chain named are all gone.
                head = alone(id);
            } else if (count <= this.maxKeyRecords) {
                if (head < NO_ENTRY) {
                    head = entry(alone(head), NO_ENTRY);
                }
                head = entry(id, head);
            }
            this.keys.put(hash, packed(count, head));
        }
    }

    /** Posts a live unposted record of the party, if it has one, after its last posted record went. */
    private void repost(int root) {
        IntArrayList spare = this.spares.get(root);
        while (spare != null && !spare.isEmpty()) {
            int id = spare.popInt();
            if (this.features.get(id) != null && !this.posted.get(id) && root(this.partyOf.getInt(id)) == root) {
                post(id, root, FeatureCodec.decode(this.features.get(id)));
                return;
            }
        }
    }

    /**
     * The live records of a kind that say more than a name (mentions of an organization left out), for
     * estimating the match model from.
     */
    public java.util.List<Features> live(PartyKind kind) {
        java.util.List<Features> live = new java.util.ArrayList<>();
        for (byte[] encoded : this.features) {
            if (encoded != null && FeatureCodec.kind(encoded) == kind) {
                Features record = FeatureCodec.decode(encoded);
                if (!record.nameOnly()) {
                    live.add(record);
                }
            }
        }
        return live;
    }

    /** Removes a record; returns what it was (for undo), or null when it was not there. */
    public Entry remove(String uid) {
        int id = this.uids.remove(uid);
        if (id < 0) {
            return null;
        }
        Features record = FeatureCodec.decode(this.features.get(id));
        Entry entry = new Entry(
                uid,
                this.partyIds.get(this.partyOf.getInt(id)),
                this.partyOrder.getLong(this.partyOf.getInt(id)),
                record);
        this.features.set(id, null);
        this.live--;
        this.liveByKind[record.kind().ordinal()]--;
        count(this.partyOf.getInt(id), record, -1);
        terms(record, -1);
        if (this.posted.get(id)) {
            for (String key : BlockingKeys.of(record)) {
                int hash = hash(key);
                long held = this.keys.get(hash);
                this.keys.put(hash, packed(count(held) - 1, head(held)));
            }
            int root = root(this.partyOf.getInt(id));
            this.postedCounts.set(root, this.postedCounts.getInt(root) - 1);
            if (this.postedCounts.getInt(root) == 0) {
                repost(root);
            }
        }
        return entry;
    }

    /** A record as the index holds it: its own party (before merges are followed) and features. */
    public record Entry(String uid, String partyId, long order, Features features) {}

    public Entry entry(String uid) {
        int id = this.uids.find(uid);
        return id < 0
                ? null
                : new Entry(
                        uid,
                        this.partyIds.get(this.partyOf.getInt(id)),
                        this.partyOrder.getLong(this.partyOf.getInt(id)),
                        FeatureCodec.decode(this.features.get(id)));
    }

    /** The party a record belongs to now (merges followed), or null when the record is not indexed. */
    public String partyOf(String uid) {
        int id = this.uids.find(uid);
        return id < 0 ? null : this.partyIds.get(root(this.partyOf.getInt(id)));
    }

    /** The surviving party of a party id (itself unless merged), or null when unknown. */
    public String survivor(String partyId) {
        int party = this.partyIds.find(partyId);
        return party < 0 ? null : this.partyIds.get(root(party));
    }

    /** Whether the index has seen the party. */
    public boolean knows(String partyId) {
        return this.partyIds.find(partyId) >= 0;
    }

    /** The order a party came to be in: smaller is older. */
    public long order(String partyId) {
        return this.partyOrder.getLong(this.partyIds.find(partyId));
    }

    /** Makes {@code absorbed} point at {@code survivor}. */
    public void merge(String survivor, String absorbed) {
        int from = this.partyIds.find(absorbed);
        int into = root(this.partyIds.find(survivor));
        this.mergedInto.set(from, into);
        this.recordCounts.set(into, this.recordCounts.getInt(into) + this.recordCounts.getInt(from));
        this.substantive.set(into, this.substantive.getInt(into) + this.substantive.getInt(from));
        this.postedCounts.set(into, this.postedCounts.getInt(into) + this.postedCounts.getInt(from));
        IntArrayList spare = this.spares.remove(from);
        if (spare != null) {
            this.spares.computeIfAbsent(into, r -> new IntArrayList()).addAll(spare);
        }
    }

    /** Undoes {@link #merge}: the party stands for itself again. */
    public void unmerge(String absorbed) {
        int party = this.partyIds.find(absorbed);
        int into = root(party);
        this.mergedInto.set(party, party);
        this.recordCounts.set(into, this.recordCounts.getInt(into) - this.recordCounts.getInt(party));
        this.substantive.set(into, this.substantive.getInt(into) - this.substantive.getInt(party));
        this.postedCounts.set(into, this.postedCounts.getInt(into) - this.postedCounts.getInt(party));
    }

    /**
     * Makes the party stand for itself again with no records counted (it is made known when new): a steward
     * separated it from the party it was merged into, and its records are added to it again next.
     */
    public void detach(String partyId, long order) {
        int party = party(partyId, order);
        this.mergedInto.set(party, party);
        this.partyOrder.set(party, order);
        this.recordCounts.set(party, 0);
        this.substantive.set(party, 0);
        this.postedCounts.set(party, 0);
        this.spares.remove(party);
    }

    /** How many live records the (surviving) party has. */
    public int records(String partyId) {
        return this.recordCounts.getInt(root(this.partyIds.find(partyId)));
    }

    /** Whether every record of the (surviving) party says nothing but a name. */
    public boolean knownByNameOnly(String partyId) {
        return this.substantive.getInt(root(this.partyIds.find(partyId))) == 0;
    }

    /**
     * The live records of the same kind sharing a blocking key with {@code record}, at most {@code max};
     * keys held by more than the index's limit are passed over (counted in {@code stats}).
     */
    public IntArrayList candidates(Features record, int max, SearchStats stats) {
        return candidates(record, max, stats, key -> true);
    }

    /** {@link #candidates(Features, int, SearchStats)} through the keys {@code use} accepts only. */
    public IntArrayList candidates(
            Features record, int max, SearchStats stats, java.util.function.Predicate<String> use) {
        IntOpenHashSet seen = new IntOpenHashSet();
        IntArrayList found = new IntArrayList();
        List<String> keys = BlockingKeys.of(record).stream().filter(use).toList();
        for (String key : keys) {
            int hash = hash(key);
            long held = this.keys.get(hash);
            if (count(held) > this.maxKeyRecords) {
                stats.frequentKeys++;
                continue;
            }
            int head = head(held);
            if (head < NO_ENTRY && found.size() < max) {
                take(alone(head), record, seen, found);
            }
            for (int entry = head; entry >= 0 && found.size() < max; entry = this.entryNext.getInt(entry)) {
                take(this.entryRecord.getInt(entry), record, seen, found);
            }
        }
        stats.candidates += found.size();
        return found;
    }

    private void take(int id, Features record, IntOpenHashSet seen, IntArrayList found) {
        byte[] other = this.features.get(id);
        if (other != null && FeatureCodec.kind(other) == record.kind() && seen.add(id)) {
            found.add(id);
        }
    }

    /** The features of a record found by {@link #candidates} (decoded anew at each call). */
    public Features features(int record) {
        return FeatureCodec.decode(this.features.get(record));
    }

    /** The surviving party of a record found by {@link #candidates}. */
    public String party(int record) {
        return this.partyIds.get(root(this.partyOf.getInt(record)));
    }

    public String uid(int record) {
        return this.uids.get(record);
    }

    @Override
    public long records(PartyKind kind) {
        return this.liveByKind[kind.ordinal()];
    }

    @Override
    public long holding(String comparison, String value) {
        String[] keys = BlockingKeys.holders(comparison, value);
        if (keys == null) {
            return this.terms.get(hash(comparison + "|" + value));
        }
        long holding = 0;
        for (String key : keys) {
            holding += count(this.keys.get(hash(key)));
        }
        return holding;
    }

    /** Searches' counters: candidate records found, keys passed over as too frequent. */
    public static final class SearchStats {

        public long candidates;

        public long frequentKeys;
    }

    private int party(String partyId, long order) {
        int party = this.partyIds.find(partyId);
        if (party < 0) {
            party = this.partyIds.size();
            this.partyIds.add(partyId);
            this.mergedInto.add(party);
            this.partyOrder.add(order);
            this.recordCounts.add(0);
            this.substantive.add(0);
            this.postedCounts.add(0);
        }
        return party;
    }

    private void count(int party, Features record, int delta) {
        int root = root(party);
        this.recordCounts.set(root, this.recordCounts.getInt(root) + delta);
        if (!record.nameOnly()) {
            this.substantive.set(root, this.substantive.getInt(root) + delta);
        }
    }

    private int root(int party) {
        while (this.mergedInto.getInt(party) != party) {
            party = this.mergedInto.getInt(party);
        }
        return party;
    }

    private void terms(Features record, int delta) {
        if (record.person()) {
            term("familyName|" + record.family(), delta);
            term("givenName|" + record.givenFormal(), delta);
            term(Scorer.FULL_NAME + "|" + Scorer.fullName(record), delta);
        } else if (!record.nameOnly()) {
            // A mention in another row's free text names the organization; it does not make its name common.
            term("organizationName|" + record.name(), delta);
            for (String other : record.otherNames()) {
                term("organizationName|" + other, delta);
            }
        }
        // Emails, phones and addresses are counted by their blocking keys.
    }

    private void term(String term, int delta) {
        int hash = hash(term);
        if (this.terms.addTo(hash, delta) + delta <= 0) {
            this.terms.remove(hash);
        }
    }

    private int entry(int record, int next) {
        this.entryRecord.add(record);
        this.entryNext.add(next);
        return this.entryRecord.size() - 1;
    }

    // A record held alone in a key's place, and back: the same function both ways.
    private static int alone(int value) {
        return -2 - value;
    }

    private static long packed(int count, int head) {
        return ((long) count << 32) | (head & 0xFFFFFFFFL);
    }

    private static int count(long packed) {
        return (int) (packed >>> 32);
    }

    private static int head(long packed) {
        return (int) packed;
    }

    // 64-bit FNV-1a folded to 32 bits: a key's collision only adds candidates, which scoring then sorts out.
    private static int hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return (int) (hash ^ (hash >>> 32));
    }
}

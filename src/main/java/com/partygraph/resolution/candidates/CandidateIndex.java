package com.partygraph.resolution.candidates;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.TermFrequencies;
import com.partygraph.resolution.normalize.Addresses.Address;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import it.unimi.dsi.fastutil.objects.ObjectOpenHashSet;

/**
 * One tenant's party records in memory: each record's features and party, parties in the order they
 * came to be (merged ones pointing at their survivor), the records under each blocking key (a chain of
 * int entries; a key held by more than {@code maxKeyRecords} records stops collecting and is passed over
 * by searches), and how many records hold each name, email, phone and address, for frequency-adjusted
 * weights. Not thread-safe by itself: callers hold {@link #lock()}.
 */
public final class CandidateIndex implements TermFrequencies {

	private static final int MIN_RECORDS_FOR_FREQUENCIES = 1000;

	private final ReentrantLock lock = new ReentrantLock();

	private final int maxKeyRecords;

	private final ObjectArrayList<Features> features = new ObjectArrayList<>();

	private final IntArrayList partyOf = new IntArrayList();

	private final ObjectArrayList<String> uids = new ObjectArrayList<>();

	private final Object2IntOpenHashMap<String> recordByUid = new Object2IntOpenHashMap<>();

	private final ObjectArrayList<String> partyIds = new ObjectArrayList<>();

	private final Object2IntOpenHashMap<String> partyById = new Object2IntOpenHashMap<>();

	private final IntArrayList mergedInto = new IntArrayList();

	private final LongArrayList partyOrder = new LongArrayList();

	private final Long2IntOpenHashMap heads = new Long2IntOpenHashMap();

	private final Long2IntOpenHashMap keyCounts = new Long2IntOpenHashMap();

	private final IntArrayList entryRecord = new IntArrayList();

	private final IntArrayList entryNext = new IntArrayList();

	private final Object2IntOpenHashMap<String> terms = new Object2IntOpenHashMap<>();

	private final ObjectOpenHashSet<String> strings = new ObjectOpenHashSet<>();

	private int live;

	public CandidateIndex(int maxKeyRecords) {
		this.maxKeyRecords = maxKeyRecords;
		this.recordByUid.defaultReturnValue(-1);
		this.partyById.defaultReturnValue(-1);
		this.heads.defaultReturnValue(-1);
	}

	public ReentrantLock lock() {
		return this.lock;
	}

	/** The shared copy of a string: records with one name or city share it. */
	public String intern(String value) {
		return this.strings.addOrGet(value);
	}

	/** Live records. */
	public int size() {
		return this.live;
	}

	/** Adds a record of a party (made known here when new); the record must not be in the index. */
	public void add(String uid, String partyId, long order, Features record) {
		int party = party(partyId, order);
		int id = this.features.size();
		this.features.add(record);
		this.partyOf.add(party);
		this.uids.add(uid);
		this.recordByUid.put(uid, id);
		this.live++;
		for (String key : BlockingKeys.of(record)) {
			long hash = hash(key);
			int count = this.keyCounts.addTo(hash, 1) + 1;
			if (count <= this.maxKeyRecords) {
				this.entryRecord.add(id);
				this.entryNext.add(this.heads.get(hash));
				this.heads.put(hash, this.entryRecord.size() - 1);
			}
		}
		terms(record, 1);
	}

	/** Removes a record; returns what it was (for undo), or null when it was not there. */
	public Entry remove(String uid) {
		int id = this.recordByUid.removeInt(uid);
		if (id < 0) {
			return null;
		}
		Features record = this.features.get(id);
		Entry entry = new Entry(uid, this.partyIds.get(this.partyOf.getInt(id)),
				this.partyOrder.getLong(this.partyOf.getInt(id)), record);
		this.features.set(id, null);
		this.live--;
		for (String key : BlockingKeys.of(record)) {
			this.keyCounts.addTo(hash(key), -1);
		}
		terms(record, -1);
		return entry;
	}

	/** A record as the index holds it: its own party (before merges are followed) and features. */
	public record Entry(String uid, String partyId, long order, Features features) {
	}

	public Entry entry(String uid) {
		int id = this.recordByUid.getInt(uid);
		return id < 0 ? null
				: new Entry(uid, this.partyIds.get(this.partyOf.getInt(id)), this.partyOrder.getLong(this.partyOf.getInt(id)),
						this.features.get(id));
	}

	/** The party a record belongs to now (merges followed), or null when the record is not indexed. */
	public String partyOf(String uid) {
		int id = this.recordByUid.getInt(uid);
		return id < 0 ? null : this.partyIds.get(root(this.partyOf.getInt(id)));
	}

	/** The surviving party of a party id (itself unless merged), or null when unknown. */
	public String survivor(String partyId) {
		int party = this.partyById.getInt(partyId);
		return party < 0 ? null : this.partyIds.get(root(party));
	}

	/** The order a party came to be in: smaller is older. */
	public long order(String partyId) {
		return this.partyOrder.getLong(this.partyById.getInt(partyId));
	}

	/** Makes {@code absorbed} point at {@code survivor}. */
	public void merge(String survivor, String absorbed) {
		this.mergedInto.set(this.partyById.getInt(absorbed), this.partyById.getInt(survivor));
	}

	/** Undoes {@link #merge}: the party stands for itself again. */
	public void unmerge(String absorbed) {
		int party = this.partyById.getInt(absorbed);
		this.mergedInto.set(party, party);
	}

	/**
	 * The live records of the same kind sharing a blocking key with {@code record}, at most {@code max};
	 * keys held by more than the index's limit are passed over (counted in {@code stats}).
	 */
	public IntArrayList candidates(Features record, int max, SearchStats stats) {
		IntOpenHashSet seen = new IntOpenHashSet();
		IntArrayList found = new IntArrayList();
		List<String> keys = BlockingKeys.of(record);
		for (String key : keys) {
			long hash = hash(key);
			if (this.keyCounts.get(hash) > this.maxKeyRecords) {
				stats.frequentKeys++;
				continue;
			}
			for (int entry = this.heads.get(hash); entry >= 0 && found.size() < max; entry = this.entryNext.getInt(entry)) {
				int id = this.entryRecord.getInt(entry);
				Features other = this.features.get(id);
				if (other != null && other.kind() == record.kind() && seen.add(id)) {
					found.add(id);
				}
			}
		}
		stats.candidates += found.size();
		return found;
	}

	public Features features(int record) {
		return this.features.get(record);
	}

	/** The surviving party of a record found by {@link #candidates}. */
	public String party(int record) {
		return this.partyIds.get(root(this.partyOf.getInt(record)));
	}

	public String uid(int record) {
		return this.uids.get(record);
	}

	@Override
	public double share(String comparison, String value) {
		if (this.live < MIN_RECORDS_FOR_FREQUENCIES) {
			return Double.NaN;
		}
		return Math.max(1, this.terms.getInt(comparison + "|" + value)) / (double) this.live;
	}

	/** Searches' counters: candidate records found, keys passed over as too frequent. */
	public static final class SearchStats {

		public long candidates;

		public long frequentKeys;

	}

	private int party(String partyId, long order) {
		int party = this.partyById.getInt(partyId);
		if (party < 0) {
			party = this.partyIds.size();
			this.partyIds.add(partyId);
			this.partyById.put(partyId, party);
			this.mergedInto.add(party);
			this.partyOrder.add(order);
		}
		return party;
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
		}
		else {
			term("organizationName|" + record.name(), delta);
			for (String other : record.otherNames()) {
				term("organizationName|" + other, delta);
			}
		}
		for (String email : record.emails()) {
			term("email|" + email, delta);
		}
		for (String phone : record.phones()) {
			term("phone|" + phone, delta);
		}
		for (Address address : record.addresses()) {
			term("address|" + address.number() + " " + address.street(), delta);
		}
	}

	private void term(String term, int delta) {
		if (this.terms.addTo(term, delta) + delta <= 0) {
			this.terms.removeInt(term);
		}
	}

	// 64-bit FNV-1a: a collision only adds a candidate, which scoring then sorts out.
	private static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}

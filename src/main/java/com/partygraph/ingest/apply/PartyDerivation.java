package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.partygraph.ingest.apply.Claims.PartyClaim;

/**
 * Derives a party from records of this batch, all of which are at hand: the rule of
 * {@code party-refresh.cypher} (rows about the party itself, newest first, before the newest mention
 * in another row's free text; the first value of each attribute; every contact point and address),
 * computed without reading the records back. For a party made by the batch these are all its records;
 * for a party known before, rows about itself newer than all it had, which {@code party-absorb} puts
 * first. Kept in step with {@code party-refresh} by NewRecordsIT.
 */
final class PartyDerivation {

	private static final List<String> ATTRIBUTES = List.of("displayName", "normalizedName", "givenName", "familyName",
			"legalName", "dbaName", "birthDate", "industry", "businessType", "foundedYear", "employeeCount",
			"revenueRange");

	private static final Comparator<Record> NEWEST_FIRST = Comparator.comparingLong(Record::lsn)
		.reversed()
		.thenComparing(Record::uid);

	private final List<Record> records = new ArrayList<>();

	/** One record of the party: its claim, whether it is about the party itself, where it stands in the log. */
	record Record(PartyClaim claim, boolean own, long lsn, String uid) {
	}

	void add(Record record) {
		this.records.add(record);
	}

	/** Whether every record is about the party itself (none is a mention in another row). */
	boolean ownOnly() {
		return this.records.stream().allMatch(Record::own);
	}

	/** The party as {@code ingest-party-create} takes it, with attributes and contact points. */
	Map<String, Object> party(String id, String source) {
		Map<String, Object> party = derived(id);
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) party.get("properties");
		properties.put("addresses", StoredLists.of((List<?>) party.remove("addresses")));
		properties.put("sourceSystems", List.of(source));
		properties.put("version", 1);
		properties.put("updatedBy", source);
		party.put("kindLabel", this.records.get(0).claim().kind().label());
		return party;
	}

	/**
	 * What the records give, as {@code party-absorb} takes it: {id, properties (the attributes they
	 * have), addresses, emails, phones, domains}.
	 */
	Map<String, Object> derived(String id) {
		List<Record> ordered = new ArrayList<>(this.records.stream().filter(Record::own).sorted(NEWEST_FIRST).toList());
		this.records.stream().filter(record -> !record.own()).sorted(NEWEST_FIRST).findFirst().ifPresent(ordered::add);
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String attribute : ATTRIBUTES) {
			ordered.stream().map(record -> record.claim().fields().get(attribute)).filter(value -> value != null)
				.findFirst().ifPresent(value -> properties.put(attribute, value));
		}
		Set<Object> addresses = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		Set<String> phones = new LinkedHashSet<>();
		Set<String> domains = new LinkedHashSet<>();
		for (Record record : ordered) {
			Object values = record.claim().fields().get("addresses");
			if (values instanceof List<?> list) {
				addresses.addAll(list);
			}
			emails.addAll(record.claim().emails());
			phones.addAll(record.claim().phones());
			domains.addAll(record.claim().domains());
		}
		Map<String, Object> party = new LinkedHashMap<>();
		party.put("id", id);
		party.put("properties", properties);
		party.put("addresses", List.copyOf(addresses));
		party.put("emails", List.copyOf(emails));
		party.put("phones", List.copyOf(phones));
		party.put("domains", List.copyOf(domains));
		return party;
	}

}

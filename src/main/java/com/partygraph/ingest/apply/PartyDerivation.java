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
		Derived derived = derive();
		Map<String, Object> properties = new LinkedHashMap<>(derived.attributes());
		properties.put("addresses", StoredLists.of(derived.addresses()));
		properties.put("sourceSystems", List.of(source));
		properties.put("version", 1);
		properties.put("updatedBy", source);
		Map<String, Object> party = derived.contactPoints(id);
		party.put("kindLabel", this.records.get(0).claim().kind().label());
		party.put("properties", properties);
		return party;
	}

	/**
	 * What the records give, as {@code party-absorb} takes it: {id, properties (the attributes they
	 * have), addresses, emails, phones, domains}.
	 */
	Map<String, Object> absorbed(String id) {
		Derived derived = derive();
		Map<String, Object> party = derived.contactPoints(id);
		party.put("properties", derived.attributes());
		party.put("addresses", derived.addresses());
		return party;
	}

	private Derived derive() {
		List<Record> ordered = new ArrayList<>(this.records.stream().filter(Record::own).sorted(NEWEST_FIRST).toList());
		this.records.stream().filter(record -> !record.own()).sorted(NEWEST_FIRST).findFirst().ifPresent(ordered::add);
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (String attribute : ATTRIBUTES) {
			ordered.stream().map(record -> record.claim().fields().get(attribute)).filter(value -> value != null)
				.findFirst().ifPresent(value -> attributes.put(attribute, value));
		}
		Set<Object> addresses = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		Set<String> phones = new LinkedHashSet<>();
		Set<String> domains = new LinkedHashSet<>();
		for (Record record : ordered) {
			if (record.claim().fields().get("addresses") instanceof List<?> list) {
				addresses.addAll(list);
			}
			emails.addAll(record.claim().emails());
			phones.addAll(record.claim().phones());
			domains.addAll(record.claim().domains());
		}
		return new Derived(attributes, List.copyOf(addresses), List.copyOf(emails), List.copyOf(phones),
				List.copyOf(domains));
	}

	/** The first value of each attribute, and every address and contact point, in the records' order. */
	private record Derived(Map<String, Object> attributes, List<Object> addresses, List<String> emails,
			List<String> phones, List<String> domains) {

		Map<String, Object> contactPoints(String id) {
			Map<String, Object> party = new LinkedHashMap<>();
			party.put("id", id);
			party.put("emails", this.emails);
			party.put("phones", this.phones);
			party.put("domains", this.domains);
			return party;
		}

	}

}

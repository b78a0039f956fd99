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
 * Derives a party made in this batch from its records, all of which are at hand: the rule of
 * {@code party-refresh.cypher} (rows about the party itself, newest first, before the newest mention
 * in another row's free text; the first value of each attribute; every contact point and address),
 * computed without reading the records back. Kept in step with that statement by NewRecordsIT.
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

	/** The party as {@code ingest-party-create} takes it, with attributes and contact points. */
	Map<String, Object> party(String id, String source) {
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
		properties.put("addresses", List.copyOf(addresses));
		properties.put("sourceSystems", List.of(source));
		properties.put("version", 1);
		properties.put("updatedBy", source);
		Map<String, Object> party = new LinkedHashMap<>();
		party.put("id", id);
		party.put("kindLabel", this.records.get(0).claim().kind().label());
		party.put("properties", properties);
		party.put("emails", List.copyOf(emails));
		party.put("phones", List.copyOf(phones));
		party.put("domains", List.copyOf(domains));
		return party;
	}

}

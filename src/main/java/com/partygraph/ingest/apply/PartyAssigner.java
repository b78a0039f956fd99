package com.partygraph.ingest.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partygraph.graph.PartyKind;
import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.ingest.apply.PartyLookup.Found;

/**
 * Finds or makes the parties of many new party records at once, with the outcome of applying them
 * one after another: a claim joins the oldest active party of its kind sharing one of its emails
 * (an organization named in free text, the oldest organization of its name), counting parties
 * made for earlier claims, or else gets a party of its own. Looks the graph up once, up front.
 */
final class PartyAssigner {

	private final Map<String, Found> byEmail;

	private final Map<String, Found> byName;

	private final List<Map<String, Object>> made = new ArrayList<>();

	private PartyAssigner(Map<String, Found> byEmail, Map<String, Found> byName) {
		this.byEmail = byEmail;
		this.byName = byName;
	}

	/** Looks up every email and organization name the claims carry. */
	static PartyAssigner lookUp(Statements db, List<PartyClaim> claims) {
		Set<Map<String, Object>> emails = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (PartyClaim claim : claims) {
			// Names are only ever looked up for mentions: an organization's own row joins by email, and
			// the name it brings matters only to a mention of that name, which is looked up here too.
			if (claim.matchByName()) {
				names.add(name(claim));
			}
			else {
				claim.emails().forEach(email -> emails.add(PartyLookup.lookup(claim.kind(), email)));
			}
		}
		return new PartyAssigner(PartyLookup.byEmail(db, emails), PartyLookup.byName(db, names));
	}

	/** The claim's party, whether it was made for this claim, and whether it must be derived again. */
	Assigned assign(PartyClaim claim) {
		if (claim.matchByName()) {
			Found found = this.byName.get(PartyLookup.key(PartyKind.ORGANIZATION, name(claim)));
			if (found != null) {
				// A mention of a known organization adds no attribute to it.
				return new Assigned(found.id(), false, false);
			}
			Found party = make(claim.kind());
			this.byName.put(PartyLookup.key(PartyKind.ORGANIZATION, name(claim)), party);
			return new Assigned(party.id(), true, true);
		}
		Found oldest = null;
		for (String email : claim.emails()) {
			oldest = Found.older(oldest, this.byEmail.get(PartyLookup.key(claim.kind(), email)));
		}
		Found party = oldest != null ? oldest : make(claim.kind());
		for (String email : claim.emails()) {
			this.byEmail.merge(PartyLookup.key(claim.kind(), email), party, Found::older);
		}
		if (claim.kind() == PartyKind.ORGANIZATION && oldest == null) {
			this.byName.putIfAbsent(PartyLookup.key(PartyKind.ORGANIZATION, name(claim)), party);
		}
		return new Assigned(party.id(), oldest == null, true);
	}

	/**
	 * The parties made so far, as {@code ingest-party-create} takes them: without attributes, which
	 * are derived once their records are linked.
	 */
	List<Map<String, Object>> made() {
		return this.made;
	}

	private Found make(PartyKind kind) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> party = new LinkedHashMap<>();
		party.put("id", id);
		party.put("kindLabel", kind.label());
		party.put("properties", Map.of());
		party.put("emails", List.of());
		party.put("phones", List.of());
		party.put("domains", List.of());
		this.made.add(party);
		// Made after everything the graph holds, in the order made.
		return new Found(id, Long.MAX_VALUE, this.made.size());
	}

	private static String name(PartyClaim claim) {
		return (String) claim.fields().get("normalizedName");
	}

	/** A claim's party, whether it was made for the claim, and whether its attributes must be derived again. */
	record Assigned(String partyId, boolean made, boolean derive) {
	}

}

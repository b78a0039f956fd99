package com.partygraph.party;

import com.partygraph.graph.PartyKind;

/**
 * What to search for: exactly one of name, email or phone, optionally only one kind, only parties with a
 * role, a record from a source, an address in a city.
 *
 * @param name words of a name; matched by prefix and with small typos
 * @param email an email address, matched exactly after normalization
 * @param phone a phone number, matched exactly after E.164 normalization
 * @param kind null for both kinds
 * @param role a role code the parties must have; null for any
 * @param source a source system the parties must have a record from; null for any
 * @param city text one of the parties' addresses must contain (any case); null for any
 * @param page zero-based page number
 * @param size hits per page
 */
public record PartySearch(String name, String email, String phone, PartyKind kind, String role, String source,
		String city, int page, int size) {
}

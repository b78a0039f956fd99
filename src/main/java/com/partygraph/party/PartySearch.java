package com.partygraph.party;

import com.partygraph.graph.PartyKind;

/**
 * What to search for: exactly one of name, email or phone, optionally only one kind.
 *
 * @param name words of a name; matched by prefix and with small typos
 * @param email an email address, matched exactly after normalization
 * @param phone a phone number, matched exactly after E.164 normalization
 * @param kind null for both kinds
 * @param page zero-based page number
 * @param size hits per page
 */
public record PartySearch(String name, String email, String phone, PartyKind kind, int page, int size) {
}

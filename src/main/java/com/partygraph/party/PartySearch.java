package com.partygraph.party;

import com.partygraph.graph.PartyKind;

/**
 * What to search for: exactly one of name, email, phone or identifier, optionally only one kind, only
 * parties with a role, a record from a source, an address in a city, in a lifecycle stage.
 *
 * @param name words of a name; matched by prefix and with small typos
 * @param email an email address, matched exactly after normalization
 * @param phone a phone number, matched exactly after E.164 normalization
 * @param identifier {@code type:value} or a bare value of any type ({@link IdentifierQuery})
 * @param kind null for both kinds
 * @param role a role code the parties must have; null for any
 * @param source a source system the parties must have a record from; null for any
 * @param city text one of the parties' addresses must contain (any case); null for any
 * @param lifecycle {@code active}, {@code dormant} or {@code inactive} by the last activity; null for any
 * @param page zero-based page number
 * @param size hits per page
 */
public record PartySearch(
        String name,
        String email,
        String phone,
        String identifier,
        PartyKind kind,
        String role,
        String source,
        String city,
        String lifecycle,
        int page,
        int size) {}

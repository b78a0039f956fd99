package com.partygraph.resolution.features;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Addresses.Address;

/**
 * A record's comparable values, folded and normalized; a text is empty and a date 0 when unknown, and
 * arrays may be empty, never null. Immutable (the arrays are never changed once built).
 *
 * @param given a person's given name as written (folded); for an organization empty
 * @param givenFormal the given name's formal form (Bob is robert)
 * @param middle a person's middle name(s)
 * @param family a person's family name
 * @param generation Jr, Sr, III…
 * @param name an organization's comparable name ({@code OrganizationNames#key}); empty for a person
 * @param otherNames an organization's other comparable names
 * @param emailDomains an organization's domains of its emails other than free-mail ones (its own domain)
 * @param birthDate a person's birth date as yyyymmdd, 0 when unknown
 * @param identifiers {@code type:value}
 */
public record Features(
        PartyKind kind,
        String given,
        String givenFormal,
        String middle,
        String family,
        String generation,
        String name,
        String[] otherNames,
        String[] emails,
        String[] phones,
        String[] domains,
        String[] emailDomains,
        Address[] addresses,
        int birthDate,
        String[] identifiers) {

    /** Whether the record is about a person. */
    public boolean person() {
        return this.kind == PartyKind.PERSON;
    }

    /**
     * Whether the record says nothing but a name: a mention of an organization in another row's free
     * text, or a row with no contact point, address or identifier.
     */
    public boolean nameOnly() {
        return this.emails.length == 0
                && this.phones.length == 0
                && this.domains.length == 0
                && this.addresses.length == 0
                && this.identifiers.length == 0
                && this.birthDate == 0;
    }

    /** The identifier value of a type, or null. */
    public String identifier(String type) {
        for (String identifier : this.identifiers) {
            if (identifier.startsWith(type) && identifier.charAt(type.length()) == ':') {
                return identifier.substring(type.length() + 1);
            }
        }
        return null;
    }
}

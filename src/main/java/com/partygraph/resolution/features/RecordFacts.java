package com.partygraph.resolution.features;

import com.partygraph.graph.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one source record says about the party it describes, as resolution reads it: names as the row
 * wrote them, contact points already normalized (emails lower case, phones E.164, bare domains),
 * addresses as one line each, identifiers by type. Any name may be null; lists and maps are never null.
 *
 * @param uid the record's unique id within its tenant ({@code source/table/key})
 * @param fullName a name in one piece (a display name, or a person's full name to split)
 * @param organizationName an organization's legal or main name
 * @param otherNames other names the party goes by (DBA, former names)
 * @param identifiers identifier values by type ({@code tax_id}, {@code national_id}, …)
 */
public record RecordFacts(
        String uid,
        PartyKind kind,
        String fullName,
        String givenName,
        String middleName,
        String familyName,
        String organizationName,
        List<String> otherNames,
        List<String> emails,
        List<String> phones,
        List<String> domains,
        List<String> addresses,
        LocalDate birthDate,
        Map<String, String> identifiers) {

    public RecordFacts {
        otherNames = otherNames == null ? List.of() : otherNames;
        emails = emails == null ? List.of() : emails;
        phones = phones == null ? List.of() : phones;
        domains = domains == null ? List.of() : domains;
        addresses = addresses == null ? List.of() : addresses;
        identifiers = identifiers == null ? Map.of() : identifiers;
    }

    /**
     * What a record says, from the fields a source record stores ({@code displayName}, {@code givenName},
     * {@code middleName}, {@code familyName}, {@code legalName}, {@code otherNames}, {@code addresses},
     * {@code birthDate}, {@code identifiers} as {@code type:value}, {@code nameless} when the display name is a
     * contact point or identifier standing in for a name); absent fields are null.
     */
    public static RecordFacts of(
            String uid,
            PartyKind kind,
            Map<String, ?> fields,
            List<String> emails,
            List<String> phones,
            List<String> domains) {
        Map<String, String> identifiers = new TreeMap<>();
        for (String identifier : strings(fields.get("identifiers"))) {
            int colon = identifier.indexOf(':');
            if (colon > 0) {
                identifiers.put(identifier.substring(0, colon), identifier.substring(colon + 1));
            }
        }
        // A party without a name is shown by its email, phone or identifier: nothing to compare as a name.
        String name = Boolean.TRUE.equals(fields.get("nameless")) ? null : text(fields, "displayName");
        return new RecordFacts(
                uid,
                kind,
                name,
                text(fields, "givenName"),
                text(fields, "middleName"),
                text(fields, "familyName"),
                kind == PartyKind.ORGANIZATION ? text(fields, "legalName") : null,
                strings(fields.get("otherNames")),
                emails,
                phones,
                domains,
                strings(fields.get("addresses")),
                date(fields.get("birthDate")),
                identifiers);
    }

    private static String text(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : List.of();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : value == null ? null : LocalDate.parse(value.toString());
    }
}

package com.partygraph.ingest.mapping;

import com.partygraph.graph.PartyKind;
import com.partygraph.ingest.mapping.Claims.EdgeClaim;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RoleClaim;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.RowInterpreter.Normalizers;
import com.partygraph.resolution.AddressFormatter;
import com.partygraph.resolution.normalize.PersonNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a row of a party table: the party it describes (kind, names, contact points, address), its
 * roles, the organization a free-text column names, and the rows it links to. Thread-safe.
 */
public final class PartyRows {

    public static final String ORGANIZATION_SUFFIX = "#organization";

    private static final PersonNames PERSON_NAMES = new PersonNames();

    private final Normalizers normalize;

    private final RoleCodes roleCodes;

    PartyRows(Normalizers normalize, RoleCodes roleCodes) {
        this.normalize = normalize;
        this.roleCodes = roleCodes;
    }

    RowPlan interpret(RecordRef self, PartySpec spec, RowValues values) throws UnmappableRowException {
        PartyKind kind = kind(spec, values);
        List<PartyClaim> parties = new ArrayList<>();
        List<String> emails = values.normalizedOrWarnings(
                spec.emailColumns(), this.normalize.emails()::normalize, "not an email address");
        List<String> phones = values.normalizedOrWarnings(
                spec.phoneColumns(), this.normalize.phones()::normalize, "not a valid phone number");
        List<String> domains = values.normalizedOrWarnings(
                spec.domainColumns(), this.normalize.domains()::normalize, "not a web domain");
        parties.add(
                new PartyClaim(self, kind, fields(kind, spec, values, emails, phones), emails, phones, domains, false));
        List<RoleClaim> roles = new ArrayList<>();
        for (String code : this.roleCodes.resolve(spec.roles(), values)) {
            roles.add(new RoleClaim(self, code, null, null, null));
        }
        List<EdgeClaim> edges = new ArrayList<>();
        if (spec.organization() != null) {
            String organization = values.text(spec.organization().column());
            if (organization != null) {
                RecordRef org = new RecordRef(self.table(), self.key() + ORGANIZATION_SUFFIX);
                parties.add(new PartyClaim(
                        org,
                        PartyKind.ORGANIZATION,
                        Map.of(
                                "displayName",
                                organization,
                                "normalizedName",
                                this.normalize.names().organization(organization)),
                        List.of(),
                        List.of(),
                        List.of(),
                        true));
                Map<String, Object> properties = new HashMap<>();
                properties.put("title", values.text(spec.organization().title()));
                edges.add(new EdgeClaim(spec.organization().relationship(), self, org, properties));
            }
        }
        for (PartySpec.LinkSpec link : spec.linkList()) {
            String target = values.text(link.column());
            if (target != null) {
                edges.add(
                        new EdgeClaim(link.relationship(), self, new RecordRef(link.table(), target), new HashMap<>()));
            }
        }
        return new RowPlan(parties, edges, roles, null, values.warnings());
    }

    private Map<String, Object> fields(
            PartyKind kind, PartySpec spec, RowValues values, List<String> emails, List<String> phones)
            throws UnmappableRowException {
        Map<String, Object> fields = new HashMap<>();
        String full = values.text(spec.fullName());
        String given = values.text(spec.givenName());
        String middle = values.text(spec.middleName());
        String family = values.text(spec.familyName());
        String legal = values.text(spec.legalName());
        if (full != null && kind == PartyKind.PERSON && given == null && family == null) {
            // A person's name in one column: its parts as written become the given and family name.
            PersonNames.Name parts = PERSON_NAMES.splitAsWritten(full);
            given = blankToNull(parts.given());
            middle = middle != null ? middle : blankToNull(parts.middle());
            family = blankToNull(parts.family());
        }
        String shown = values.text(spec.displayName()) != null ? values.text(spec.displayName()) : full;
        String display = this.normalize.names().displayName(kind, shown, given, family, legal);
        List<String> identifiers = new ArrayList<>();
        for (PartySpec.IdentifierSpec identifier : spec.identifierList()) {
            String value = values.text(identifier.column());
            if (value != null) {
                identifiers.add(identifier.type() + ":" + value);
            }
        }
        String nameColumns = Stream.of(
                        spec.displayName(), spec.fullName(), spec.givenName(), spec.familyName(), spec.legalName())
                .filter(c -> c != null)
                .collect(Collectors.joining(", "));
        if (display == null) {
            // A party without a name is still known by an email, a phone or an identifier: shown by it, matched
            // without a name. A row with none of them says nothing of whom it is about.
            display = Stream.concat(
                            Stream.of(emails, phones).flatMap(List::stream),
                            identifiers.stream().map(PartyRows::maskedIdentifier))
                    .findFirst()
                    .orElseThrow(() -> new UnmappableRowException("no name: " + nameColumns
                            + " empty, and no email, phone or identifier to know the party by"));
            values.warn("no name: " + nameColumns + " empty; shown as " + display);
            fields.put("nameless", true);
        }
        fields.put("displayName", display);
        fields.put("normalizedName", this.normalize.names().normalizedName(kind, display, legal));
        fields.put("givenName", given);
        fields.put("middleName", middle);
        fields.put("familyName", family);
        fields.put("legalName", legal);
        fields.put("otherNames", texts(spec.otherNameColumns(), values));
        fields.put("industry", values.text(spec.industry()));
        LocalDate birth = values.dateOrWarning(spec.birthDate(), spec.birthDateFormat());
        if (birth != null && birth.isAfter(LocalDate.now())) {
            values.warn(spec.birthDate() + ": '" + birth + "' is a birth date in the future");
            birth = null;
        }
        fields.put("birthDate", birth);
        fields.put("addresses", address(spec.address(), values));
        fields.put("identifiers", identifiers);
        return fields;
    }

    private static List<String> texts(List<String> columns, RowValues values) throws UnmappableRowException {
        List<String> texts = new ArrayList<>();
        for (String column : columns) {
            String text = values.text(column);
            if (text != null && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    // An identifier shown in place of a name is shown by its type and last characters only: lists show names.
    private static String maskedIdentifier(String identifier) {
        int colon = identifier.indexOf(':');
        String value = identifier.substring(colon + 1);
        return "(" + identifier.substring(0, colon) + " ending " + value.substring(Math.max(0, value.length() - 4))
                + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static PartyKind kind(PartySpec spec, RowValues values) throws UnmappableRowException {
        String kind = spec.kind().resolve(values.row());
        if (kind == null) {
            throw new UnmappableRowException(spec.kind().column() + ": no party kind (the column is empty)");
        }
        try {
            return PartyKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new UnmappableRowException(spec.kind().column() + ": unknown party kind '" + kind + "'");
        }
    }

    private static List<String> address(PartySpec.AddressSpec spec, RowValues values) throws UnmappableRowException {
        if (spec == null) {
            return List.of();
        }
        if (spec.text() != null) {
            // Free text is kept as written; resolution parses it into parts when it compares.
            String text = joined(spec.text(), values);
            return text == null ? List.of() : List.of(text);
        }
        String number = joined(spec.streetNumber(), values);
        String line1 = joined(spec.line1(), values);
        String street = number == null ? line1 : line1 == null ? number : number + " " + line1;
        String address = AddressFormatter.format(
                street,
                joined(spec.line2(), values),
                joined(spec.city(), values),
                joined(spec.region(), values),
                joined(spec.postalCode(), values),
                joined(spec.country(), values));
        return address.isEmpty() ? List.of() : List.of(address);
    }

    /** The columns' texts joined by a blank, or null when all are empty. */
    private static String joined(List<String> columns, RowValues values) throws UnmappableRowException {
        if (columns == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String text = values.text(column);
            if (text != null) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}

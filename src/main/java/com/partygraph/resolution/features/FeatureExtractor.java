package com.partygraph.resolution.features;

import com.partygraph.graph.IdentifierKeys;
import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Addresses;
import com.partygraph.resolution.normalize.Addresses.Address;
import com.partygraph.resolution.normalize.Folding;
import com.partygraph.resolution.normalize.OrganizationNames;
import com.partygraph.resolution.normalize.PersonNames;
import com.partygraph.resolution.normalize.PersonNames.Name;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

/** Builds a record's {@link Features} from its {@link RecordFacts}. Thread-safe. */
public final class FeatureExtractor {

    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "live.com",
            "msn.com",
            "aol.com",
            "icloud.com",
            "me.com",
            "mail.com",
            "gmx.com",
            "gmx.de",
            "web.de",
            "proton.me",
            "protonmail.com",
            "yandex.ru",
            "qq.com",
            "163.com",
            "comcast.net",
            "verizon.net",
            "att.net",
            "mail.example.org");

    // Most records have no value for most lists: they share one empty array.
    private static final String[] NONE = new String[0];

    private static final Address[] NO_ADDRESS = new Address[0];

    private final PersonNames persons = new PersonNames();

    private final OrganizationNames organizations = new OrganizationNames();

    private final Addresses addresses = new Addresses();

    public Features extract(RecordFacts facts) {
        // A row that names its party by an email only (a shopping cart) has no name to compare.
        String fullName = facts.fullName() != null && facts.fullName().contains("@") ? null : facts.fullName();
        String given = "";
        String middle = "";
        String family = "";
        String generation = "";
        String name;
        Set<String> others = new LinkedHashSet<>();
        if (facts.kind() == PartyKind.PERSON) {
            Name parts = facts.givenName() != null || facts.familyName() != null
                    ? this.persons.of(facts.givenName(), facts.middleName(), facts.familyName())
                    : this.persons.split(fullName);
            given = parts.given();
            middle = parts.middle();
            family = parts.family();
            generation = parts.generation();
            name = "";
        } else {
            name = this.organizations.key(facts.organizationName() != null ? facts.organizationName() : fullName);
            for (String other : facts.otherNames()) {
                String key = this.organizations.key(other);
                if (!key.isEmpty() && !key.equals(name)) {
                    others.add(key);
                }
            }
            if (facts.organizationName() != null && fullName != null) {
                String display = this.organizations.key(fullName);
                if (!display.isEmpty() && !display.equals(name)) {
                    others.add(display);
                }
            }
        }
        Set<String> emailDomains = new LinkedHashSet<>();
        // Only an organization's emails say its domain; a person's say where they work or mail.
        for (String email : facts.kind() == PartyKind.ORGANIZATION ? facts.emails() : java.util.List.<String>of()) {
            String domain = email.substring(email.indexOf('@') + 1);
            if (!FREE_MAIL.contains(domain)) {
                emailDomains.add(domain);
            }
        }
        Address[] parsed = facts.addresses().isEmpty()
                ? NO_ADDRESS
                : facts.addresses().stream()
                        .map(this.addresses::parse)
                        .filter(a -> !a.isEmpty())
                        .toArray(Address[]::new);
        return new Features(
                facts.kind(),
                given,
                this.persons.formal(given),
                middle,
                family,
                generation,
                name,
                strings(others),
                strings(facts.emails()),
                strings(facts.phones()),
                strings(facts.domains()),
                strings(emailDomains),
                parsed,
                date(facts.birthDate()),
                facts.identifiers().isEmpty()
                        ? NONE
                        : new TreeMap<>(facts.identifiers())
                                .entrySet().stream()
                                        .map(e -> Folding.fold(e.getKey()) + ":" + identifier(e.getValue()))
                                        .toArray(String[]::new));
    }

    private static String identifier(String value) {
        return IdentifierKeys.compact(value);
    }

    private static int date(LocalDate date) {
        return date == null ? 0 : date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static String[] strings(java.util.Collection<String> values) {
        return values.isEmpty() ? NONE : values.toArray(String[]::new);
    }
}

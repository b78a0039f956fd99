package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Folding;
import com.partygraph.resolution.normalize.OrganizationNames;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Names as match keys, folded by the same rules resolution compares them with ({@link Folding},
 * {@link OrganizationNames}): accents folded, lower case, an apostrophe joining ("O'Brien" is "obrien"),
 * other punctuation as blanks; for organizations also the legal form ({@code Inc.}, {@code GmbH}, ...) and a
 * leading "the" dropped, so that "ACME, Inc." and "Acme Inc" meet. Thread-safe.
 */
@Component
public class NameNormalizer {

    private final OrganizationNames organizations = new OrganizationNames();

    /**
     * The name a party is shown by: the display name when given, else a person's given and family
     * name, else an organization's legal name; null when there is none. Any argument may be null.
     */
    public String displayName(PartyKind kind, String display, String given, String family, String legal) {
        String name = blankToNull(display);
        if (name == null && kind == PartyKind.PERSON) {
            name = blankToNull(Stream.of(given, family)
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .collect(Collectors.joining(" ")));
        }
        if (name == null && kind == PartyKind.ORGANIZATION) {
            name = blankToNull(legal);
        }
        return name;
    }

    /** The match key of a party's name: an organization's legal name is preferred to its display name. */
    public String normalizedName(PartyKind kind, String displayName, String legal) {
        return kind == PartyKind.PERSON
                ? person(displayName)
                : organization(blankToNull(legal) != null ? legal : displayName);
    }

    /** The normalized form of a person's name ({@link Folding}, as resolution and search see it); empty when nothing is left. */
    public String person(String name) {
        return Folding.fold(name);
    }

    /**
     * The normalized form of an organization's name ({@link OrganizationNames}, as resolution sees it: legal
     * forms and a leading "the" dropped, abbreviations written out); empty when nothing is left.
     */
    public String organization(String name) {
        return this.organizations.key(name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

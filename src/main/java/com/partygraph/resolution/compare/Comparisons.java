package com.partygraph.resolution.compare;

import com.partygraph.graph.PartyKind;
import java.util.List;

/** The comparisons of each kind of party: persons and organizations have their own. */
public final class Comparisons {

    private static final List<Comparison> PERSON = List.of(
            new GivenName(),
            new FamilyName(),
            new MiddleName(),
            new Generation(),
            new BirthDate(),
            new Email(),
            new Phone(),
            new PostalAddress(),
            new Identifier());

    private static final List<Comparison> ORGANIZATION = List.of(
            new OrganizationName(), new Domain(), new Email(), new Phone(), new PostalAddress(), new Identifier());

    private Comparisons() {}

    public static List<Comparison> of(PartyKind kind) {
        return kind == PartyKind.PERSON ? PERSON : ORGANIZATION;
    }
}

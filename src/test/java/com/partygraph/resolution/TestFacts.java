package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.features.RecordFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records for resolution's tests: what a row says, with only the values a test cares about. */
public final class TestFacts {

    private TestFacts() {}

    /** @param full the name in one piece, when the row has one (else null) */
    public static RecordFacts person(
            String uid,
            String full,
            String given,
            String family,
            LocalDate born,
            List<String> emails,
            List<String> phones,
            List<String> addresses) {
        return new RecordFacts(
                uid,
                PartyKind.PERSON,
                full,
                given,
                null,
                family,
                null,
                List.of(),
                emails,
                phones,
                List.of(),
                addresses,
                born,
                Map.of());
    }

    public static RecordFacts organization(String uid, String name, List<String> emails, List<String> phones) {
        return new RecordFacts(
                uid,
                PartyKind.ORGANIZATION,
                name,
                null,
                null,
                null,
                name,
                List.of(),
                emails,
                phones,
                List.of(),
                List.of(),
                null,
                Map.of());
    }
}

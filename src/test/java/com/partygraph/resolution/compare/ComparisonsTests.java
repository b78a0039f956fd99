package com.partygraph.resolution.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.TestFacts;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.RecordFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where pairs land on each comparison: the levels the explanations and the weights are made of. */
class ComparisonsTests {

    private final FeatureExtractor features = new FeatureExtractor();

    @Test
    void birthDatesAgreeExactlySwappedOrByATypo() {
        assertThat(level("birthDate", born(1985, 3, 7), born(1985, 3, 7))).isEqualTo("exact");
        assertThat(level("birthDate", born(1985, 3, 7), born(1985, 7, 3))).isEqualTo("swapped");
        assertThat(level("birthDate", born(1985, 3, 7), born(1985, 3, 17))).isEqualTo("typo");
        assertThat(level("birthDate", born(1985, 3, 7), born(1962, 11, 30))).isEqualTo("different");
        assertThat(level("birthDate", born(1985, 3, 7), person("Ann", "Lee"))).isEqualTo("missing");
    }

    @Test
    void familyNamesAgreeExactlyWithATypoOrBySound() {
        assertThat(level("familyName", person("Ann", "Smith"), person("Ann", "Smith")))
                .isEqualTo("exact");
        assertThat(level("familyName", person("Ann", "Smith"), person("Ann", "Smiht")))
                .isEqualTo("close");
        assertThat(level("familyName", person("Ann", "Meyer"), person("Ann", "Maier")))
                .isEqualTo("phonetic");
        assertThat(level("familyName", person("Ann", "Smith"), person("Ann", "Okafor")))
                .isEqualTo("different");
    }

    @Test
    void middleNamesAndGenerations() {
        assertThat(level("middleName", middle("J"), middle("James"))).isEqualTo("initial");
        assertThat(level("middleName", middle("James"), middle("Robert"))).isEqualTo("different");
        assertThat(level("generation", generation("Jr"), generation("Sr"))).isEqualTo("different");
        assertThat(level("generation", generation("Jr"), generation("Jr"))).isEqualTo("exact");
    }

    @Test
    void identifiersOfOneTypeAgreeOrAreATypoApart() {
        assertThat(level("identifier", id("123-45-6789"), id("123456789"))).isEqualTo("exact");
        assertThat(level("identifier", id("123456789"), id("123456798")))
                .as("two digits swapped")
                .isEqualTo("typo");
        assertThat(level("identifier", id("123456789"), id("987654321"))).isEqualTo("different");
    }

    @Test
    void contactPointsAgreeOrNot() {
        assertThat(level("email", contact("ann@acme.example", null), contact("ann@acme.example", null)))
                .isEqualTo("exact");
        assertThat(level("email", contact("ann@acme.example", null), contact("bob@acme.example", null)))
                .isEqualTo("different");
        assertThat(level("phone", contact(null, "+14155550100"), contact(null, "+14155550100")))
                .isEqualTo("exact");
        assertThat(level("phone", contact(null, "+14155550100"), contact(null, "+14155550199")))
                .isEqualTo("different");
    }

    @Test
    void organizationNamesAgreeAcrossLegalFormsAndAcronyms() {
        assertThat(level("organizationName", organization("ACME, Inc."), organization("Acme Inc")))
                .isEqualTo("exact");
        assertThat(level("organizationName", organization("International Business Machines"), organization("IBM")))
                .isEqualTo("acronym");
        assertThat(level("organizationName", organization("Acme Robotics"), organization("Zenith Foods")))
                .isEqualTo("different");
    }

    private String level(String comparison, RecordFacts a, RecordFacts b) {
        Comparison found = Comparisons.of(a.kind()).stream()
                .filter(c -> c.name().equals(comparison))
                .findFirst()
                .orElseThrow();
        int level = found.compare(this.features.extract(a), this.features.extract(b))
                .level();
        return level == Compared.MISSING ? "missing" : found.levels().get(level);
    }

    private static RecordFacts person(String given, String family) {
        return facts(given, null, family, null, null, null, Map.of());
    }

    private static RecordFacts born(int year, int month, int day) {
        return facts("Ann", null, "Lee", null, null, LocalDate.of(year, month, day), Map.of());
    }

    private static RecordFacts middle(String middle) {
        return facts("Ann", middle, "Lee", null, null, null, Map.of());
    }

    private static RecordFacts generation(String generation) {
        return new RecordFacts(
                "t/1",
                PartyKind.PERSON,
                "John Lee " + generation,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                Map.of());
    }

    private static RecordFacts id(String ssn) {
        return facts("Ann", null, "Lee", null, null, null, Map.of("national_id", ssn));
    }

    private static RecordFacts contact(String email, String phone) {
        return facts("Ann", null, "Lee", email, phone, null, Map.of());
    }

    private static RecordFacts facts(
            String given,
            String middle,
            String family,
            String email,
            String phone,
            LocalDate born,
            Map<String, String> identifiers) {
        return new RecordFacts(
                "t/1",
                PartyKind.PERSON,
                null,
                given,
                middle,
                family,
                null,
                List.of(),
                email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(phone),
                List.of(),
                List.of(),
                born,
                identifiers);
    }

    private static RecordFacts organization(String name) {
        return TestFacts.organization("t/2", name, List.of(), List.of());
    }
}

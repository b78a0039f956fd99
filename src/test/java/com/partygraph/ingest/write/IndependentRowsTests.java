package com.partygraph.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.ActivityClaim;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import com.partygraph.resolution.decide.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndependentRowsTests {

    private static final Tenant TENANT = Tenant.named("business-1");

    @Test
    void rowsThatShareAnEmailANameOrARecordStayInOnePart() {
        ReadRow ann = person("contacts", "1", "ann@acme.com");
        ReadRow annie = person("customers", "7", "ann@acme.com");
        ReadRow acme = organization("customers", "8", "acme");
        ReadRow mention = new ReadRow(
                change("contacts", "2"),
                TENANT,
                "{}",
                new RowPlan(
                        List.of(new PartyClaim(
                                new RecordRef("contacts", "2#organization"),
                                PartyKind.ORGANIZATION,
                                Map.of("normalizedName", "acme"),
                                List.of(),
                                List.of(),
                                List.of(),
                                true)),
                        List.of(),
                        List.of(),
                        null),
                null);
        ReadRow invoice = new ReadRow(
                change("sales_invoices", "5"),
                TENANT,
                "{}",
                new RowPlan(
                        List.of(),
                        List.of(),
                        List.of(),
                        new ActivityClaim(
                                new RecordRef("customers", "7"),
                                "invoice",
                                "2026-01-01T00:00:00Z",
                                1.0,
                                "USD",
                                "web",
                                Map.of())),
                null);
        List<ReadRow> others = new ArrayList<>();
        for (int i = 100; i < 110; i++) {
            others.add(person("contacts", Integer.toString(i), "p" + i + "@x.com"));
        }
        List<ReadRow> batch = new ArrayList<>(List.of(ann, acme, invoice));
        batch.addAll(others);
        batch.addAll(List.of(annie, mention));

        List<List<ReadRow>> parts = IndependentRows.split(batch, 2);

        assertThat(parts).hasSize(2);
        assertThat(parts.stream().mapToInt(List::size).sum()).isEqualTo(batch.size());
        assertThat(partOf(parts, ann)).isSameAs(partOf(parts, annie)).isSameAs(partOf(parts, invoice));
        assertThat(partOf(parts, acme)).isSameAs(partOf(parts, mention));
        // Balanced: the two groups of connected rows and the ten loners spread over both parts.
        assertThat(parts).allSatisfy(part -> assertThat(part.size()).isBetween(7, 8));
        for (List<ReadRow> part : parts) {
            assertThat(part).isSortedAccordingTo((a, b) -> Integer.compare(batch.indexOf(a), batch.indexOf(b)));
        }
    }

    @Test
    void oneWriterOrOneRowIsOnePart() {
        List<ReadRow> batch = List.of(person("contacts", "1", "a@x.com"), person("contacts", "2", "b@x.com"));
        assertThat(IndependentRows.split(batch, 1)).containsExactly(batch);
        assertThat(IndependentRows.split(batch.subList(0, 1), 4)).containsExactly(batch.subList(0, 1));
    }

    @Test
    void rowsOfDifferentTenantsWithTheSameKeysAreApart() {
        ReadRow one = person("contacts", "1", "a@x.com");
        ReadRow other = new ReadRow(change("contacts", "1"), Tenant.named("business-2"), "{}", one.plan(), null);
        assertThat(IndependentRows.split(List.of(one, other), 2)).hasSize(2);
    }

    @Test
    void aRowThatCannotBeMappedStandsAlone() {
        ReadRow bad = new ReadRow(change("contacts", "9"), TENANT, "{}", null, "email: not an email address");
        ReadRow good = person("contacts", "1", "a@x.com");
        assertThat(IndependentRows.split(List.of(bad, good), 2)).containsExactlyInAnyOrder(List.of(bad), List.of(good));
    }

    @Test
    void aRowSuggestedForAPartyStaysWithTheRowsThatMakeIt() {
        ReadRow ann = decided(person("contacts", "1", "ann@acme.com"), "party-ann", List.of());
        ReadRow anna = decided(person("contacts", "2", "anna@home.org"), "party-anna", List.of("party-ann"));
        ReadRow bo = decided(person("contacts", "3", "bo@acme.com"), "party-bo", List.of());

        List<List<ReadRow>> parts = IndependentRows.split(List.of(ann, anna, bo), 2);

        // The suggestion links Anna's party to Ann's: both rows' writes lock Ann's party.
        assertThat(partOf(parts, anna)).isSameAs(partOf(parts, ann)).doesNotContain(bo);
    }

    private static ReadRow decided(ReadRow row, String partyId, List<String> suggested) {
        PartyClaim claim = row.plan().parties().get(0);
        Decision decision = new Decision(
                partyId,
                true,
                suggested.isEmpty() ? "new" : "review",
                0.5,
                null,
                List.of(),
                suggested.stream()
                        .map(party -> new Decision.Suggestion(party, null))
                        .toList(),
                null,
                suggested.size());
        return row.withDecisions(Map.of(claim.record(), decision));
    }

    private static List<ReadRow> partOf(List<List<ReadRow>> parts, ReadRow row) {
        return parts.stream().filter(part -> part.contains(row)).findFirst().orElseThrow();
    }

    private static ReadRow person(String table, String key, String email) {
        return new ReadRow(
                change(table, key),
                TENANT,
                "{}",
                new RowPlan(
                        List.of(new PartyClaim(
                                new RecordRef(table, key),
                                PartyKind.PERSON,
                                Map.of("normalizedName", key),
                                List.of(email),
                                List.of(),
                                List.of(),
                                false)),
                        List.of(),
                        List.of(),
                        null),
                null);
    }

    private static ReadRow organization(String table, String key, String name) {
        return new ReadRow(
                change(table, key),
                TENANT,
                "{}",
                new RowPlan(
                        List.of(new PartyClaim(
                                new RecordRef(table, key),
                                PartyKind.ORGANIZATION,
                                Map.of("normalizedName", name),
                                List.of(),
                                List.of(),
                                List.of(),
                                false)),
                        List.of(),
                        List.of(),
                        null),
                null);
    }

    private static RowChange change(String table, String key) {
        return new RowChange(Op.READ, table, key, Map.of(), new Position(0, 0, true));
    }
}

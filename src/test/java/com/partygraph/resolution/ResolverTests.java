package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.resolution.decide.Decision;
import com.partygraph.resolution.features.RecordFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTests {

    private static final Tenant TENANT = Tenant.named("acme");

    private final Resolver resolver = new Resolver(ResolutionSettings.defaults("US"), TenantRecords.NONE);

    @Test
    void aPersonSpelledDifferentlyWithoutASharedEmailIsOneParty() {
        Decision bob = resolve(person(
                "crm/leads/1", null, "Bob", "Smith", null, List.of(), List.of("+17029191300"), List.of("123 Main St")));
        Decision robert = resolve(person(
                "erp/customers/7",
                null,
                "Robert",
                "Smith",
                null,
                List.of("rsmith@example.org"),
                List.of("+17029191300"),
                List.of("123 Main Street, Las Vegas NV 89132")));
        Decision full = resolve(person(
                "web/users/3", "Smith, Robert", null, null, null, List.of("rsmith@example.org"), List.of(), List.of()));
        assertThat(robert.partyId()).isEqualTo(bob.partyId());
        assertThat(full.partyId()).isEqualTo(bob.partyId());
        assertThat(robert.explanation().agreeing()).extracting("feature").contains("givenName", "phone", "address");
    }

    @Test
    void twinsWithTheSameNameButOtherBirthDatesStayApart() {
        Decision one = resolve(person(
                "crm/a/1",
                null,
                "Mary",
                "Jones",
                LocalDate.of(1990, 3, 4),
                List.of(),
                List.of("+14155550132"),
                List.of("1 Oak Lane, Springfield IL 62701")));
        Decision two = resolve(person(
                "crm/a/2",
                null,
                "Mary",
                "Jones",
                LocalDate.of(1992, 8, 21),
                List.of(),
                List.of("+14155550132"),
                List.of("1 Oak Ln, Springfield IL 62701")));
        assertThat(two.partyId()).isNotEqualTo(one.partyId());
        assertThat(two.suggestions())
                .singleElement()
                .satisfies(s ->
                        assertThat(s.score().conflicts()).extracting("feature").containsExactly("birthDate"));
    }

    @Test
    void differentIdentifiersOfOneTypeKeepSameNamedPeopleApart() {
        Decision one = resolve(withId(
                person("crm/a/1", null, "John", "Lee", null, List.of("jl@example.org"), List.of(), List.of()), "7001"));
        Decision two = resolve(withId(
                person("crm/a/2", null, "John", "Lee", null, List.of("jl@example.org"), List.of(), List.of()), "7002"));
        assertThat(two.partyId()).isNotEqualTo(one.partyId());
        assertThat(two.suggestions())
                .as("the other John Lee, for a steward to look at")
                .isNotEmpty()
                .allSatisfy(s ->
                        assertThat(s.score().conflicts()).extracting("feature").containsExactly("identifier"));
    }

    @Test
    void janeAndJanetAreTwoNamesWhileBillIsWilliamAndAluceATypoOfAlice() {
        RecordFacts jane = person("crm/a/1", null, "Jane", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts janet = person("crm/a/2", null, "Janet", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts bill = person("crm/a/3", null, "Bill", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts william = person("crm/a/4", null, "William", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts alice = person("crm/a/5", null, "Alice", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts aluce = person("crm/a/6", null, "Aluce", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts bne = person("crm/a/7", null, "Bne", "Doe", null, List.of(), List.of(), List.of());
        RecordFacts ben = person("crm/a/8", null, "Ben", "Doe", null, List.of(), List.of(), List.of());
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            assertThat(level(session, jane, janet, "givenName")).isEqualTo("different");
            assertThat(level(session, bill, william, "givenName")).isEqualTo("exact");
            assertThat(level(session, alice, aluce, "givenName")).isEqualTo("close");
            assertThat(level(session, ben, bne, "givenName")).isEqualTo("close");
            RecordFacts ann = person("crm/a/9", null, "Ann", "Doe", null, List.of(), List.of(), List.of());
            RecordFacts annie = person("crm/a/10", null, "Annie", "Doe", null, List.of(), List.of(), List.of());
            assertThat(level(session, ann, annie, "givenName")).as("a pet form").isEqualTo("close");
            RecordFacts jmaes = person("crm/a/11", null, "Jmaes", "Doe", null, List.of(), List.of(), List.of());
            RecordFacts jim = person("crm/a/12", null, "Jim", "Doe", null, List.of(), List.of(), List.of());
            assertThat(level(session, jmaes, jim, "givenName"))
                    .as("a typo of the name a nickname stands for")
                    .isEqualTo("close");
        }
    }

    @Test
    void oneContradictionBesideTheFieldThatTellsPeopleApartIsAnErrorTwoAreTwoPeople() {
        LocalDate born = LocalDate.of(1961, 5, 2);
        List<String> home = List.of("12 Herschell Circuit, Lawrence 2272");
        // The same national id: another given name is a mistake in one of the rows.
        Decision thomas = resolve(
                withId(person("febrl/1", null, "Thomas", "Rokobaro", born, List.of(), List.of(), home), "1451137"));
        Decision flynn = resolve(
                withId(person("febrl/2", null, "Flynn", "Rokobaro", born, List.of(), List.of(), home), "1451137"));
        assertThat(flynn.partyId()).isEqualTo(thomas.partyId());
        // One digit pair swapped in the id beside the same name and birth date: a keying error.
        Decision swapped = resolve(withId(
                person(
                        "febrl/3",
                        null,
                        "Thomas",
                        "Rokobaro",
                        born,
                        List.of(),
                        List.of(),
                        List.of("12 Herschell Circuit, Lawrence 2227")),
                "1451173"));
        assertThat(swapped.partyId()).isEqualTo(thomas.partyId());
        // Another id beside the same given name and birth date: a wrong id. The party's Flynn row differs from it
        // on both (two contradictions), but the party already takes its given name for an error beside the same id.
        Decision otherId = resolve(
                withId(person("febrl/6", null, "Thomas", "Rokobaro", born, List.of(), List.of(), home), "8802213"));
        assertThat(otherId.partyId()).isEqualTo(thomas.partyId());
        // Twins: the same birth date and home, another given name and no id in common: two people.
        Decision twin = resolve(person("febrl/4", null, "Amelia", "Rokobaro", born, List.of(), List.of(), home));
        Decision other = resolve(
                withId(person("febrl/5", null, "Edward", "Rokobaro", born, List.of(), List.of(), home), "4392917"));
        assertThat(twin.partyId()).isNotEqualTo(thomas.partyId());
        assertThat(other.partyId()).isNotIn(thomas.partyId(), twin.partyId());
    }

    @Test
    void aRecordBridgingTwoPartiesThatContradictEachOtherJoinsOneAndSuggestsTheOther() {
        Decision older = resolve(person(
                "crm/m/1",
                null,
                "Mary",
                "Jones",
                LocalDate.of(1990, 3, 4),
                List.of(),
                List.of("+14155550132"),
                List.of()));
        Decision younger = resolve(person(
                "crm/m/2",
                null,
                "Mary",
                "Jones",
                LocalDate.of(1992, 8, 21),
                List.of("mary.jones@example.org"),
                List.of(),
                List.of()));
        Decision bridge = resolve(person(
                "web/m/3",
                null,
                "Mary",
                "Jones",
                null,
                List.of("mary.jones@example.org"),
                List.of("+14155550132"),
                List.of()));
        assertThat(younger.partyId()).isNotEqualTo(older.partyId());
        assertThat(bridge.absorbed()).as("two birth dates are two people").isEmpty();
        assertThat(bridge.partyId()).isIn(older.partyId(), younger.partyId());
        assertThat(bridge.suggestions())
                .extracting(Decision.Suggestion::partyId)
                .containsAnyOf(older.partyId(), younger.partyId());
    }

    @Test
    void aRecordMatchingTwoPartiesWithoutContradictionMergesThem() {
        Decision phone = resolve(person(
                "crm/k/1",
                null,
                "Kirra",
                "Tallis",
                LocalDate.of(1971, 6, 1),
                List.of(),
                List.of("+14155550177"),
                List.of()));
        Decision email = resolve(person(
                "crm/k/2", null, "Kirra", "Tallis", null, List.of("kirra.tallis@example.org"), List.of(), List.of()));
        Decision bridge = resolve(person(
                "web/k/3",
                null,
                "Kirra",
                "Tallis",
                LocalDate.of(1971, 6, 1),
                List.of("kirra.tallis@example.org"),
                List.of("+14155550177"),
                List.of()));
        assertThat(bridge.partyId()).isEqualTo(phone.partyId());
        assertThat(bridge.absorbed()).extracting(Decision.Merged::partyId).containsExactly(email.partyId());
    }

    @Test
    void aTenantsOwnModelIsEstimatedFromItsRecordsUsedAndBuiltAgainAfterARestart() {
        java.util.Random random = new java.util.Random(3);
        String[] given = {"Ann", "Bob", "Carl", "Dana", "Erin", "Finn", "Gail", "Hugo", "Iris", "Jack"};
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            for (int i = 0; i < 400; i++) {
                String first = given[random.nextInt(given.length)];
                String family = "Fam" + Integer.toString(i * 7919 % 100_000, 36);
                LocalDate born =
                        LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String phone = "+1415555" + String.format("%04d", i);
                session.resolve(
                        person("crm/p/" + i, null, first, family, born, List.of(), List.of(phone), List.of()), false);
                session.resolve(
                        person(
                                "erp/p/" + i,
                                null,
                                first,
                                i % 5 == 0 ? family + "x" : family,
                                i % 7 == 0 ? born.plusDays(1) : born,
                                List.of(family.toLowerCase() + "@example.org"),
                                List.of(phone),
                                List.of()),
                        false);
            }
            session.commit();
        }
        Resolver.Estimate estimate = this.resolver.estimate(TENANT, 7, 100_000);
        assertThat(estimate.summaries()).extracting(s -> s.kind()).containsExactly(PartyKind.PERSON);
        String yaml = estimate.model().toYaml();
        assertThat(yaml).isNotEqualTo(this.resolver.scorer().parameters().toYaml());
        this.resolver.useModel(TENANT, estimate.model());
        assertThat(this.resolver.scorer(TENANT).parameters().toYaml()).isEqualTo(yaml);
        assertThat(this.resolver.scorer(Tenant.named("other")).parameters().toYaml())
                .isEqualTo(this.resolver.scorer().parameters().toYaml());
        Resolver restarted = new Resolver(ResolutionSettings.defaults("US"), new TenantRecords() {
            @Override
            public void load(Tenant tenant, java.util.function.Consumer<StoredRecord> sink) {}

            @Override
            public String model(Tenant tenant) {
                return tenant.equals(TENANT) ? yaml : null;
            }
        });
        restarted.open(TENANT).close();
        assertThat(restarted.scorer(TENANT).parameters().toYaml()).isEqualTo(yaml);
    }

    private static String level(ResolutionSession session, RecordFacts a, RecordFacts b, String feature) {
        return session.score(a, b).features().stream()
                .filter(f -> f.feature().equals(feature))
                .findFirst()
                .orElseThrow()
                .level();
    }

    @Test
    void anOrganizationWrittenThreeWaysIsOneOrganization() {
        Decision legal = resolve(
                organization("crm/customers/1", "ACME Holdings Inc.", List.of("acme.com"), List.of("info@acme.com")));
        Decision abbreviated = resolve(organization("erp/vendors/9", "Acme Hldgs", List.of("www.acme.com"), List.of()));
        Decision mention;
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            mention = session.resolve(
                    organization("crm/contacts/4#organization", "ACME HOLDINGS", List.of(), List.of()), true);
            session.commit();
        }
        assertThat(abbreviated.partyId()).isEqualTo(legal.partyId());
        assertThat(mention.partyId()).isEqualTo(legal.partyId());
    }

    @Test
    void anOrganizationKnownFromManyMentionsIsFoundByNameAfterTheMentionsThatNamedItFirstGo() {
        List<String> parties = new java.util.ArrayList<>();
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            for (int i = 1; i <= 5; i++) {
                parties.add(session.resolve(
                                organization("crm/contacts/" + i + "#organization", "Megacorp", List.of(), List.of()),
                                true)
                        .partyId());
            }
            // The first mentions go: one deleted, one moved to another organization.
            session.forget("crm/contacts/1#organization");
            session.resolve(organization("crm/contacts/2#organization", "Tinyco", List.of(), List.of()), true);
            parties.add(
                    session.resolve(organization("crm/contacts/6#organization", "Megacorp", List.of(), List.of()), true)
                            .partyId());
            session.commit();
        }
        assertThat(parties)
                .as("one Megacorp, whichever of its mentions are left")
                .containsOnly(parties.get(0));
    }

    @Test
    void aRecordBridgingTwoPartiesMergesThemIntoTheOlder() {
        Decision byEmail = resolve(person(
                "a/t/1",
                null,
                "Ann",
                "Fischer",
                LocalDate.of(1980, 1, 2),
                List.of("ann@fischer.example"),
                List.of(),
                List.of()));
        Decision byPhone =
                resolve(person("b/t/1", null, "Ann", "Fischer", null, List.of(), List.of("+16175550100"), List.of()));
        Decision bridge = resolve(person(
                "c/t/1",
                null,
                "Ann",
                "Fischer",
                LocalDate.of(1980, 1, 2),
                List.of("ann@fischer.example"),
                List.of("+16175550100"),
                List.of()));
        assertThat(byPhone.partyId()).isNotEqualTo(byEmail.partyId());
        assertThat(bridge.partyId()).isEqualTo(byEmail.partyId());
        assertThat(bridge.absorbed()).extracting(Decision.Merged::partyId).containsExactly(byPhone.partyId());
    }

    @Test
    void aReviewBandPairIsSuggestedWithWhatAgreedAndWhatDid() {
        Decision first = resolve(new RecordFacts(
                "a/t/1",
                PartyKind.PERSON,
                null,
                "Peter",
                "Ilse",
                "Novak",
                null,
                List.of(),
                List.of(),
                List.of("+13035550110"),
                List.of(),
                List.of(),
                null,
                Map.of()));
        Decision second = resolve(new RecordFacts(
                "b/t/1",
                PartyKind.PERSON,
                null,
                "Pete",
                "Ilse",
                "Novak",
                null,
                List.of(),
                List.of(),
                List.of("+17205550199"),
                List.of(),
                List.of(),
                null,
                Map.of()));
        assertThat(second.partyId()).isNotEqualTo(first.partyId());
        assertThat(second.suggestions()).hasSize(1);
        var score = second.suggestions().get(0).score();
        assertThat(score.agreeing())
                .extracting("feature")
                .containsExactlyInAnyOrder("givenName", "familyName", "middleName");
        assertThat(score.disagreeing()).extracting("feature").containsExactly("phone");
    }

    @Test
    void oneOfficePhoneOnFiveHundredRowsDoesNotMakeFiveHundredCandidates() {
        for (int i = 0; i < 500; i++) {
            resolve(person(
                    "crm/contacts/" + i,
                    null,
                    "Given" + i,
                    "Family" + i,
                    null,
                    List.of(),
                    List.of("+12125550100"),
                    List.of()));
        }
        Decision another;
        long found;
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            another = session.resolve(
                    person("crm/contacts/x", null, "Zed", "Quill", null, List.of(), List.of("+12125550100"), List.of()),
                    false);
            found = session.candidatesFound();
            session.commit();
        }
        assertThat(another.newParty()).isTrue();
        assertThat(found).isLessThanOrEqualTo(100);
    }

    @Test
    void anUpdatedRecordKeepsItsPartyUnlessItNowBelongsToAnother() {
        Decision first = resolve(person(
                "crm/contacts/1",
                null,
                "Streamy",
                "McStream",
                null,
                List.of("streamy@example.org"),
                List.of(),
                List.of()));
        Decision renamed = resolve(person(
                "crm/contacts/1",
                null,
                "Stream",
                "McStream",
                null,
                List.of("stream@example.org"),
                List.of(),
                List.of()));
        Decision other = resolve(person(
                "crm/contacts/2",
                null,
                "Lena",
                "Holm",
                LocalDate.of(1985, 2, 3),
                List.of("lena@holm.example"),
                List.of(),
                List.of()));
        Decision moved = resolve(person(
                "crm/contacts/1",
                null,
                "Lena",
                "Holm",
                LocalDate.of(1985, 2, 3),
                List.of("lena@holm.example"),
                List.of(),
                List.of()));
        assertThat(renamed.partyId()).isEqualTo(first.partyId());
        assertThat(moved.partyId()).isEqualTo(other.partyId());
        assertThat(moved.previousPartyId()).isEqualTo(first.partyId());
    }

    @Test
    void twoArrivalOrdersGiveTheSameClusters() {
        List<RecordFacts> records = List.of(
                person(
                        "a/1",
                        null,
                        "Bob",
                        "Smith",
                        null,
                        List.of(),
                        List.of("+17029191300"),
                        List.of("123 Main St, Las Vegas NV 89132")),
                person(
                        "a/2",
                        null,
                        "Robert",
                        "Smith",
                        null,
                        List.of("bob@smith.example"),
                        List.of("+17029191300"),
                        List.of()),
                person("a/3", "Robert Smith", null, null, null, List.of("bob@smith.example"), List.of(), List.of()),
                person("a/4", null, "Roberta", "Smith", LocalDate.of(1970, 5, 6), List.of(), List.of(), List.of()),
                organization("a/5", "Globex Corp", List.of("globex.com"), List.of()),
                organization("a/6", "GLOBEX", List.of(), List.of("sales@globex.com")));
        List<RecordFacts> reversed = new ArrayList<>(records);
        java.util.Collections.reverse(reversed);
        assertThat(clusters(reversed)).isEqualTo(clusters(records));
    }

    private List<List<String>> clusters(List<RecordFacts> records) {
        Resolver fresh = new Resolver(ResolutionSettings.defaults("US"), TenantRecords.NONE);
        Map<String, List<String>> byParty = new HashMap<>();
        try (ResolutionSession session = fresh.open(TENANT)) {
            for (RecordFacts record : records) {
                session.resolve(record, false);
            }
            for (RecordFacts record : records) {
                byParty.computeIfAbsent(session.partyOf(record.uid()), k -> new ArrayList<>())
                        .add(record.uid());
            }
            session.commit();
        }
        return byParty.values().stream()
                .map(list -> list.stream().sorted().toList())
                .sorted(java.util.Comparator.comparing(List::toString))
                .toList();
    }

    private Decision resolve(RecordFacts facts) {
        try (ResolutionSession session = this.resolver.open(TENANT)) {
            Decision decision = session.resolve(facts, false);
            session.commit();
            return decision;
        }
    }

    private static RecordFacts person(
            String uid,
            String full,
            String given,
            String family,
            LocalDate birth,
            List<String> emails,
            List<String> phones,
            List<String> addresses) {
        return TestFacts.person(uid, full, given, family, birth, emails, phones, addresses);
    }

    private static RecordFacts withId(RecordFacts p, String ssn) {
        return new RecordFacts(
                p.uid(),
                p.kind(),
                p.fullName(),
                p.givenName(),
                p.middleName(),
                p.familyName(),
                null,
                List.of(),
                p.emails(),
                p.phones(),
                List.of(),
                p.addresses(),
                p.birthDate(),
                Map.of("national_id", ssn));
    }

    private static RecordFacts organization(String uid, String name, List<String> domains, List<String> emails) {
        return new RecordFacts(
                uid,
                PartyKind.ORGANIZATION,
                name,
                null,
                null,
                null,
                null,
                List.of(),
                emails,
                List.of(),
                domains.stream().map(d -> d.replaceFirst("^www\\.", "")).toList(),
                List.of(),
                null,
                Map.of());
    }
}

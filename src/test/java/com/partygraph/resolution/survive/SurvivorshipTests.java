package com.partygraph.resolution.survive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Survivorship's rules, and profiles kept record by record against profiles built from all records. */
class SurvivorshipTests {

    private final Survivorship rules = Survivorship.defaults();

    @Test
    void aNameMostRecordsAgreeOnWinsOverANewerOutlier() {
        PartyProfile jane = profile(
                person("crm/customers/1", 10, "Jane Doe", "Jane"),
                person("crm/leads/1", 11, "Jane Doe", "Jane"),
                person("crm/leads/2", 12, "Jane Doe", "Jane"),
                person("crm/contacts/1", 13, "JANE DOE", "JANE"),
                person("auction/buyers/1", 14, "Janie Doe", "Janie"));

        Survivorship.Derived derived = this.rules.derive(jane);

        assertThat(derived.values()).containsEntry("displayName", "Jane Doe").containsEntry("givenName", "Jane");
        assertThat(derived.provenance())
                .contains("displayName ← crm/leads/2, crm/leads/1, crm/customers/1 (3 of 5 records)");
    }

    @Test
    void aStewardsEntryWinsOverEverySourceAndAPreferredTableOverMoreRecords() {
        Survivorship preferring = new Survivorship(new Survivorship.Settings(Map.of("erp/customers", 5), null));
        PartyProfile profile = new PartyProfile();
        preferring.add(profile, person("crm/leads/1", 20, "Bob Smith", "Bob"));
        preferring.add(profile, person("crm/leads/2", 21, "Bob Smith", "Bob"));
        preferring.add(profile, person("erp/customers/9", 1, "Robert Smith", "Robert"));

        assertThat(preferring.derive(profile).values()).containsEntry("displayName", "Robert Smith");

        preferring.add(
                profile,
                new Contribution(
                        "steward/party/1",
                        Survivorship.STEWARD,
                        "party",
                        0,
                        false,
                        Map.of("displayName", "Rob Smith"),
                        Map.of()));
        assertThat(preferring.derive(profile).values())
                .containsEntry("displayName", "Rob Smith")
                .containsEntry("givenName", "Robert");
    }

    @Test
    void aRowAboutThePartyWinsOverMentionsOfItInOtherRows() {
        PartyProfile acme = profile(
                mention("crm/contacts/1#organization", 5, "ACME"),
                mention("crm/contacts/2#organization", 6, "ACME"),
                organization("crm/vendors/3", 1, "Acme Holdings Inc."));

        assertThat(this.rules.derive(acme).values()).containsEntry("displayName", "Acme Holdings Inc.");
    }

    @Test
    void factsThatChangeTakeTheNewestValueAndManyValuedOnesKeepEveryValueNewestFirst() {
        PartyProfile acme = profile(
                organization("crm/vendors/1", 1, "Acme", Map.of("employeeCount", 50L), "1 Old Rd, Springfield"),
                organization("crm/vendors/2", 2, "Acme", Map.of("employeeCount", 50L), "1 Old Rd, Springfield"),
                organization("erp/suppliers/7", 3, "Acme", Map.of("employeeCount", 80L), "9 New Ave, Springfield"));

        Survivorship.Derived derived = this.rules.derive(acme);

        assertThat(derived.values()).containsEntry("employeeCount", 80L);
        assertThat(derived.lists().get("addresses")).containsExactly("9 New Ave, Springfield", "1 Old Rd, Springfield");
        assertThat(derived.lists().get("sourceSystems")).containsExactly("erp", "crm");
    }

    @Test
    void withdrawingARecordTakesBackWhatItSaidAndTheNextValueWins() {
        Contribution outlier = person("auction/buyers/1", 14, "Janie Doe", "Janie");
        PartyProfile profile = profile(person("crm/leads/1", 11, "Jane Doe", "Jane"), outlier);
        assertThat(this.rules.derive(profile).values()).containsEntry("displayName", "Janie Doe");

        assertThat(this.rules.withdraw(profile, outlier)).isTrue();

        assertThat(this.rules.derive(profile).values()).containsEntry("displayName", "Jane Doe");
        assertThat(profile.records()).isEqualTo(1);
        assertThat(profile).isEqualTo(profile(person("crm/leads/1", 11, "Jane Doe", "Jane")));
        assertThat(this.rules.withdraw(profile, outlier))
                .as("withdrawn twice: the profile drifted")
                .isFalse();
    }

    @Test
    void recordsAddedAndWithdrawnInAnyOrderGiveTheProfileBuiltFromTheRecordsLeft() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Contribution> records = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // Three records at most give one value: the profile keeps that many newest records of each.
                records.add(
                        person("crm/t" + (i % 3) + "/" + i, random.nextInt(5), "Name " + (i / 3), "Given " + (i % 4)));
            }
            Collections.shuffle(records, random);
            List<Contribution> kept = new ArrayList<>(records);
            PartyProfile incremental = new PartyProfile();
            records.forEach(record -> this.rules.add(incremental, record));
            for (int i = 0; i < 5; i++) {
                Contribution gone = kept.remove(random.nextInt(kept.size()));
                assertThat(this.rules.withdraw(incremental, gone)).isTrue();
            }
            Collections.shuffle(kept, random);
            PartyProfile rebuilt = profile(kept.toArray(Contribution[]::new));

            assertThat(this.rules.derive(incremental)).isEqualTo(this.rules.derive(rebuilt));
        }
    }

    @Test
    void aMergedPartysProfileIsTheSumOfBoth() {
        Contribution a = person("crm/leads/1", 1, "Jane Doe", "Jane");
        Contribution b = person("erp/customers/2", 2, "Jane Doe", "Jane");
        Contribution c = person("shop/carts/3", 3, "J. Doe", null);
        PartyProfile survivor = profile(a);
        survivor.absorb(profile(b, c));

        assertThat(survivor).isEqualTo(profile(c, b, a));
        assertThat(survivor.records()).isEqualTo(3);
    }

    @Test
    void aProfileReadBackFromItsJsonIsTheSameProfile() {
        PartyProfile profile = profile(new Contribution(
                "crm/people/1",
                "crm",
                "people",
                7,
                false,
                Map.of("displayName", "Ann Lee", "birthDate", LocalDate.of(1980, 2, 29), "foundedYear", 1999),
                Map.of("emails", List.of("ann@x.com"), "identifiers", List.of("tax_id:123"))));

        PartyProfile read = PartyProfile.fromJson(profile.json());

        assertThat(read).isEqualTo(profile);
        assertThat(this.rules.derive(read).values())
                .containsEntry("birthDate", LocalDate.of(1980, 2, 29))
                .containsEntry("foundedYear", 1999L);
        // A value the graph hands back as a long is the value a record gave as an int.
        assertThat(this.rules.withdraw(
                        read,
                        new Contribution(
                                "crm/people/1",
                                "crm",
                                "people",
                                7,
                                false,
                                Map.of(
                                        "displayName",
                                        "Ann Lee",
                                        "birthDate",
                                        LocalDate.of(1980, 2, 29),
                                        "foundedYear",
                                        1999L),
                                Map.of("emails", List.of("ann@x.com"), "identifiers", List.of("tax_id:123")))))
                .isTrue();
        assertThat(read.records()).isZero();
    }

    private PartyProfile profile(Contribution... records) {
        PartyProfile profile = new PartyProfile();
        for (Contribution record : records) {
            this.rules.add(profile, record);
        }
        return profile;
    }

    private static Contribution person(String uid, long lsn, String name, String given) {
        Map<String, Object> values = new HashMap<>();
        values.put("displayName", name);
        values.put("givenName", given);
        String[] parts = uid.split("/");
        return new Contribution(uid, parts[0], parts[1], lsn, false, values, Map.of());
    }

    private static Contribution mention(String uid, long lsn, String name) {
        String[] parts = uid.split("/");
        return new Contribution(uid, parts[0], parts[1], lsn, true, Map.of("displayName", name), Map.of());
    }

    private static Contribution organization(String uid, long lsn, String name) {
        return organization(uid, lsn, name, Map.of(), null);
    }

    private static Contribution organization(
            String uid, long lsn, String name, Map<String, Object> facts, String address) {
        Map<String, Object> values = new HashMap<>(facts);
        values.put("displayName", name);
        String[] parts = uid.split("/");
        return new Contribution(
                uid,
                parts[0],
                parts[1],
                lsn,
                false,
                values,
                address == null ? Map.of() : Map.of("addresses", List.of(address)));
    }
}

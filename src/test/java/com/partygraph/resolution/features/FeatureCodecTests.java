package com.partygraph.resolution.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Addresses.Address;
import org.junit.jupiter.api.Test;

class FeatureCodecTests {

    @Test
    void aPersonReadsBackAsItWasWritten() {
        Features person = new Features(
                PartyKind.PERSON,
                "bob",
                "robert",
                "j",
                "łukasiewicz",
                "jr",
                "",
                new String[0],
                new String[] {"bob@example.com", "b.l@東京.jp"},
                new String[] {"+15551234567"},
                new String[0],
                new String[0],
                new Address[] {
                    new Address("12", "main st", "zürich", "zh", "8001", "ch"),
                    new Address("", "", "paris", "", "", "fr")
                },
                19_800_229,
                new String[] {"national_id:756.1234"});

        Features read = FeatureCodec.decode(FeatureCodec.encode(person));

        assertThat(read).usingRecursiveComparison().isEqualTo(person);
        assertThat(FeatureCodec.kind(FeatureCodec.encode(person))).isEqualTo(PartyKind.PERSON);
    }

    @Test
    void anOrganizationWithItsListsAndAGivenNameThatIsItsOwnFormalFormReadBack() {
        Features organization = new Features(
                PartyKind.ORGANIZATION,
                "",
                "",
                "",
                "",
                "",
                "acme",
                new String[] {"acme tools", "a" + "x".repeat(300)},
                new String[0],
                new String[0],
                new String[] {"acme.com"},
                new String[] {"acme.com", "acme.de"},
                new Address[0],
                0,
                new String[0]);
        Features anna = new Features(
                PartyKind.PERSON,
                "anna",
                "anna",
                "",
                "smith",
                "",
                "",
                new String[0],
                new String[0],
                new String[0],
                new String[0],
                new String[0],
                new Address[0],
                0,
                new String[0]);

        assertThat(FeatureCodec.decode(FeatureCodec.encode(organization)))
                .usingRecursiveComparison()
                .isEqualTo(organization);
        assertThat(FeatureCodec.kind(FeatureCodec.encode(organization))).isEqualTo(PartyKind.ORGANIZATION);
        assertThat(FeatureCodec.decode(FeatureCodec.encode(anna)))
                .usingRecursiveComparison()
                .isEqualTo(anna);
        // Smaller than the objects it stands for (the record alone is 72 bytes): a name-only person takes 24.
        assertThat(FeatureCodec.encode(anna)).hasSize(24);
    }
}

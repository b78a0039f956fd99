package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Folding;
import com.partygraph.resolution.normalize.OrganizationNames;
import org.junit.jupiter.api.Test;

class NameNormalizerTests {

    private final NameNormalizer names = new NameNormalizer();

    @Test
    void foldsAccentsCaseAndPunctuationOfPersons() {
        assertThat(this.names.person("  José   O'Brien-Núñez ")).isEqualTo("jose obrien nunez");
    }

    @Test
    void foldsNamesAsResolutionComparesThem() {
        for (String name : new String[] {"O'Brien", "D’Angelo", "Jean-Luc Picard", "Müller & Söhne", "  ÅSA  lind "}) {
            assertThat(this.names.person(name)).as(name).isEqualTo(String.join(" ", Folding.words(name)));
        }
        for (String name : new String[] {"O'Reilly Media, Inc.", "Smith & Co.", "The I.B.M. Corp", "Acme Hldgs LLC"}) {
            assertThat(this.names.organization(name)).as(name).isEqualTo(new OrganizationNames().key(name));
        }
    }

    @Test
    void dropsLegalFormsAndLeadingTheFromOrganizations() {
        assertThat(this.names.organization("ACME, Inc.")).isEqualTo("acme");
        assertThat(this.names.organization("The Acme Company Ltd")).isEqualTo("acme");
        assertThat(this.names.organization("Müller GmbH & Co. KG")).isEqualTo("muller");
        assertThat(this.names.organization("Johnson & Johnson")).isEqualTo("johnson and johnson");
    }

    @Test
    void keepsANameThatIsOnlyALegalFormWord() {
        assertThat(this.names.organization("Company")).isEqualTo("company");
        assertThat(this.names.organization("The")).isEqualTo("the");
    }

    @Test
    void displayNameFallsBackToGivenAndFamilyForPersonsAndToLegalNameForOrganizations() {
        assertThat(this.names.displayName(PartyKind.PERSON, " ", "Jane", " Doe", "Ignored Inc"))
                .isEqualTo("Jane Doe");
        assertThat(this.names.displayName(PartyKind.PERSON, null, null, "Doe", null))
                .isEqualTo("Doe");
        assertThat(this.names.displayName(PartyKind.ORGANIZATION, null, "Jane", null, " Acme Inc "))
                .isEqualTo("Acme Inc");
        assertThat(this.names.displayName(PartyKind.ORGANIZATION, "Acme", null, null, "Acme Inc"))
                .isEqualTo("Acme");
        assertThat(this.names.displayName(PartyKind.PERSON, null, null, null, "Acme Inc"))
                .isNull();
    }

    @Test
    void normalizedNameOfAnOrganizationPrefersItsLegalName() {
        assertThat(this.names.normalizedName(PartyKind.ORGANIZATION, "Acme Robotics", "ACME Holdings GmbH"))
                .isEqualTo("acme holdings");
        assertThat(this.names.normalizedName(PartyKind.ORGANIZATION, "Acme Robotics, Inc.", " "))
                .isEqualTo("acme robotics");
        assertThat(this.names.normalizedName(PartyKind.PERSON, "José Núñez", "ignored"))
                .isEqualTo("jose nunez");
    }

    @Test
    void readsNullAsEmpty() {
        assertThat(this.names.person(null)).isEmpty();
        assertThat(this.names.organization(null)).isEmpty();
    }
}

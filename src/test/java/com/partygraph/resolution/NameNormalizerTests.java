package com.partygraph.resolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormalizerTests {

	private final NameNormalizer names = new NameNormalizer();

	@Test
	void foldsAccentsCaseAndPunctuationOfPersons() {
		assertThat(this.names.person("  José   O'Brien-Núñez ")).isEqualTo("jose o brien nunez");
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
	void readsNullAsEmpty() {
		assertThat(this.names.person(null)).isEmpty();
		assertThat(this.names.organization(null)).isEmpty();
	}

}

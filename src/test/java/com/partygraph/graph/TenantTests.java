package com.partygraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantTests {

	@Test
	void acceptsPlainIdentifiers() {
		assertThat(new Tenant("acme-eu.1_x").id()).isEqualTo("acme-eu.1_x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "_catalog", "_system", "a b", "acme'}) DETACH DELETE (n", "é" })
	void rejectsReservedAndUnsafeNames(String id) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Tenant(id));
	}

	@Test
	void rejectsOverlongNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Tenant("a".repeat(65)));
	}

}

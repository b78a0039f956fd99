package com.partygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTests {

    @Test
    void acceptsPlainIdentifiers() {
        assertThat(Tenant.named("acme-eu.1_x").id()).isEqualTo("acme-eu.1_x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "_catalog", "_system", "a b", "acme'}) DETACH DELETE (n", "é"})
    void callersCannotNameReservedOrUnsafeTenants(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.named(id));
    }

    @Test
    void onlyTheEngineUsesTheReservedTenants() {
        assertThat(Tenant.SYSTEM_TENANT.id()).isEqualTo("_system");
        assertThatIllegalArgumentException().isThrownBy(() -> new Tenant("_other"));
    }

    @Test
    void rejectsOverlongNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.named("a".repeat(65)));
    }
}

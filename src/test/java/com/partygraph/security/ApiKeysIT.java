package com.partygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.support.Harness;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Keys against a real Neo4j: a verified key is checked against its hash once and then remembered, a revoked
 * key is refused at once, and a refused key is refused again for a while without a lookup.
 */
class ApiKeysIT {

    @RegisterExtension
    static final Harness harness = new Harness();

    private final AtomicInteger hashChecks = new AtomicInteger();

    private ApiKeys keys;

    private final Tenant tenant = Tenant.named("acme");

    @BeforeEach
    void keys() {
        harness.wipe();
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                ApiKeysIT.this.hashChecks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        };
        this.keys = new ApiKeys(new Graph(harness.driver(), harness.queries()), counting);
    }

    @Test
    void aVerifiedKeyIsCheckedAgainstItsHashOnceAndForgottenWhenRevoked() {
        ApiKeys.Created created = this.keys.create(this.tenant, ApiRole.STEWARD, "crm", "test");
        for (int i = 0; i < 5; i++) {
            assertThat(this.keys.authenticate(created.key()))
                    .get()
                    .satisfies(caller -> assertThat(caller.tenant()).isEqualTo(this.tenant))
                    .satisfies(caller -> assertThat(caller.role()).isEqualTo(ApiRole.STEWARD));
        }
        assertThat(this.hashChecks).as("password-encoder checks for five calls").hasValue(1);

        this.keys.revoke(
                this.tenant,
                created.stored().id(),
                new Caller("0000000000000000", "test", this.tenant, ApiRole.ADMIN),
                "test");
        assertThat(this.keys.authenticate(created.key()))
                .as("revoked, remembered or not")
                .isEmpty();
    }

    @Test
    void aRefusedKeyIsRefusedAgainWithoutALookupForAWhile() {
        String key = "pg_" + "x".repeat(40);
        assertThat(this.keys.authenticate(key)).isEmpty();
        // The key becomes valid behind the cache's back: within the refusal window it is not looked up again.
        this.keys.accept(key, this.tenant, ApiRole.ADMIN, "late");
        assertThat(this.keys.authenticate(key))
                .as("refused from memory, not looked up")
                .isEmpty();
        assertThat(this.hashChecks).hasValue(0);
    }
}

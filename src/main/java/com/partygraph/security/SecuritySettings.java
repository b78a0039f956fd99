package com.partygraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code partygraph.security.*}: how callers are let in.
 *
 * @param operatorKey the operator key to accept from the first start on (at least 24 characters; take it from
 * {@code PARTYGRAPH_OPERATOR_KEY}); without one, the first start makes an operator key and prints it once
 * @param operatorTenant the tenant that key belongs to (an operator key works on every tenant)
 * @param adminKey the earlier name of {@code operatorKey}, still read when that is not given
 * @param requestsPerSecond requests a key may make each second, on average
 * @param burst requests a key may make at once after a quiet spell
 * @param maxBodySize the largest request body accepted
 * @param failedAuthenticationsPerSecond wrong keys a client address may present each second, on average; past
 * that it gets 429 (with {@code Retry-After}) for any key not verified in the last minute, without a lookup
 * @param failedAuthenticationBurst wrong keys a client address may present at once
 */
@ConfigurationProperties("partygraph.security")
public record SecuritySettings(
        String operatorKey,
        @DefaultValue("business-1") String operatorTenant,
        @Deprecated String adminKey,
        @DefaultValue("50") double requestsPerSecond,
        @DefaultValue("100") int burst,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("2") double failedAuthenticationsPerSecond,
        @DefaultValue("20") int failedAuthenticationBurst) {

    /** The configured operator key, under its name or its earlier one; null when neither is given. */
    public String configuredOperatorKey() {
        if (this.operatorKey != null && !this.operatorKey.isBlank()) {
            return this.operatorKey;
        }
        return this.adminKey != null && !this.adminKey.isBlank() ? this.adminKey : null;
    }
}

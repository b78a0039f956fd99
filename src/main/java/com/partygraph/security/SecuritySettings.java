package com.partygraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code partygraph.security.*}: how callers are let in.
 *
 * @param adminKey an admin key to accept from the first start on (at least 24 characters; take it from
 * {@code PARTYGRAPH_ADMIN_KEY}); without one, the first start makes an admin key and prints it once
 * @param adminTenant the tenant of that first admin key (an admin key may act on any tenant)
 * @param requestsPerSecond requests a key may make each second, on average
 * @param burst requests a key may make at once after a quiet spell
 * @param maxBodySize the largest request body accepted
 */
@ConfigurationProperties("partygraph.security")
public record SecuritySettings(
        String adminKey,
        @DefaultValue("business-1") String adminTenant,
        @DefaultValue("50") double requestsPerSecond,
        @DefaultValue("100") int burst,
        @DefaultValue("1MB") DataSize maxBodySize) {}

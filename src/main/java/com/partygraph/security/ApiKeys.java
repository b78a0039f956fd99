package com.partygraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.problem.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API keys: made for a tenant and a role, shown once, kept only as a password-encoder hash under a public
 * id (the first hex digits of the key's SHA-256), revocable, with the time each was last used. A presented
 * key is checked against its hash once a minute at most: a verified key is remembered (by its SHA-256) for
 * {@value #REMEMBER_SECONDS} s, and forgotten at once when revoked; a refused key is refused again without a
 * lookup for {@value #REFUSE_SECONDS} s. Thread-safe.
 */
public class ApiKeys {

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    static final String PREFIX = "pg_";

    static final int MIN_LENGTH = 24;

    private static final long REMEMBER_SECONDS = 60;

    private static final long REFUSE_SECONDS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Neo4jClient client;

    private final CypherQueries queries;

    private final PasswordEncoder encoder;

    // Verified keys by their SHA-256, and for a short while keys refused, so that a flood of wrong keys costs
    // neither a lookup nor a password-encoder check each.
    private final Cache<String, Caller> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS))
            .maximumSize(10_000)
            .build();

    private final Cache<String, Boolean> refused = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REFUSE_SECONDS))
            .maximumSize(100_000)
            .build();

    public ApiKeys(Neo4jClient client, CypherQueries queries, PasswordEncoder encoder) {
        this.client = client;
        this.queries = queries;
        this.encoder = encoder;
    }

    /** A key made now: what it is (shown this once) and what is kept of it. */
    public record Created(String key, Map<String, Object> stored) {}

    /** Makes a key for the tenant with the role; the key itself is returned once and never kept. */
    public Created create(Tenant tenant, ApiRole role, String name, String by) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Created(
                key,
                store(key, tenant, role, name, by)
                        .orElseThrow(() -> new IllegalStateException("a new key's id is taken already")));
    }

    /**
     * Accepts a key given in configuration from now on (kept hashed like any other); nothing changes when it is
     * known already.
     */
    void accept(String key, Tenant tenant, ApiRole role, String name) {
        if (key.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "partygraph.security.admin-key must be at least " + MIN_LENGTH + " characters long");
        }
        store(key.strip(), tenant, role, name, "configuration");
    }

    /** Whether any live admin key exists. */
    boolean anyAdmin() {
        return this.client
                        .query(this.queries.get("api-key-admins"))
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L)
                > 0;
    }

    /** The tenant's keys, without their hashes. */
    public List<Map<String, Object>> list(Tenant tenant) {
        return this.client.query(this.queries.get("api-key-list")).bind(tenant.id()).to("tenant").fetch().all().stream()
                .map(row -> readable(row.get("key")))
                .toList();
    }

    /** Revokes one of the tenant's keys; it is refused from the next request on. */
    public Map<String, Object> revoke(Tenant tenant, String id, String by) {
        Map<String, Object> revoked = this.client
                .query(this.queries.get("api-key-revoke"))
                .bindAll(Map.of("tenant", tenant.id(), "id", id, "by", by))
                .fetch()
                .one()
                .map(row -> readable(row.get("key")))
                .orElseThrow(() -> new NotFoundException("No API key " + id + " in this tenant"));
        this.verified.asMap().values().removeIf(caller -> caller.keyId().equals(id));
        return revoked;
    }

    /** The caller a presented key stands for, if it is a live key. */
    public Optional<Caller> authenticate(String presented) {
        String digest = sha256(presented);
        Caller remembered = this.verified.getIfPresent(digest);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        if (this.refused.getIfPresent(digest) != null) {
            return Optional.empty();
        }
        String id = digest.substring(0, 16);
        var found = this.client
                .query(this.queries.get("api-key-find"))
                .bind(id)
                .to("id")
                .fetch()
                .one();
        if (found.isEmpty()
                || Boolean.TRUE.equals(found.get().get("revoked"))
                || !this.encoder.matches(presented, (String) found.get().get("hash"))) {
            this.verified.invalidate(digest);
            this.refused.put(digest, Boolean.TRUE);
            return Optional.empty();
        }
        Map<String, Object> key = found.get();
        Caller caller =
                new Caller(id, (String) key.get("name"), Tenant.named((String) key.get("tenant")), ApiRole.of((String)
                        key.get("role")));
        this.client
                .query(this.queries.get("api-key-touch"))
                .bindAll(Map.of("tenant", caller.tenant().id(), "id", id))
                .run();
        this.verified.put(digest, caller);
        return Optional.of(caller);
    }

    private Optional<Map<String, Object>> store(String key, Tenant tenant, ApiRole role, String name, String by) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", sha256(key).substring(0, 16));
        parameters.put("tenant", tenant.id());
        parameters.put("role", role.label());
        parameters.put("name", name);
        parameters.put("hash", this.encoder.encode(key));
        parameters.put("by", by);
        Optional<Map<String, Object>> stored = this.client
                .query(this.queries.get("api-key-create"))
                .bindAll(parameters)
                .fetch()
                .one()
                .map(row -> readable(row.get("key")));
        stored.ifPresent(row ->
                log.info("API key {} ({}, {}) of tenant {} stored", row.get("id"), name, role.label(), tenant.id()));
        return stored;
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }

    private static final List<String> FIELDS =
            List.of("id", "tenant", "role", "name", "createdAt", "createdBy", "revokedAt", "revokedBy", "lastUsedAt");

    // A key's fields in a fixed order, times as text.
    @SuppressWarnings("unchecked")
    private static Map<String, Object> readable(Object key) {
        Map<String, Object> stored = (Map<String, Object>) key;
        Map<String, Object> copy = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            Object value = stored.get(field);
            copy.put(field, value instanceof TemporalAccessor ? value.toString() : value);
        });
        return copy;
    }
}

package com.partygraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.graph.neo4j.Rows;
import com.partygraph.problem.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final Graph graph;

    private final PasswordEncoder encoder;

    // Verified keys by their SHA-256, and for a short while keys refused, so that a flood of wrong keys costs
    // neither a lookup nor a password-encoder check each.
    private final Cache<String, Caller> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS))
            .maximumSize(10_000)
            .build();

    // Keys verified in the last quarter hour, let in while the graph cannot be reached to look them up: no key can be
    // revoked while it is down, and one revoked before is forgotten here at once. An operator can then still read
    // the ingestion status and health details during an outage.
    private final Cache<String, Caller> lastKnown = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(10_000)
            .build();

    // Whether a key id is live (exists, not revoked), for sessions that outlive a request (the console).
    private final Cache<String, Boolean> live = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REFUSE_SECONDS))
            .maximumSize(10_000)
            .build();

    private final Cache<String, Boolean> refused = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REFUSE_SECONDS))
            .maximumSize(100_000)
            .build();

    public ApiKeys(Graph graph, PasswordEncoder encoder) {
        this.graph = graph;
        this.encoder = encoder;
    }

    /** A key made now: what it is (shown this once) and what is kept of it. */
    public record Created(String key, ApiKey stored) {}

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
                    "partygraph.security.operator-key must be at least " + MIN_LENGTH + " characters long");
        }
        store(key.strip(), tenant, role, name, "configuration");
    }

    /** Whether any live operator key exists. */
    boolean anyOperator() {
        return this.graph.read("api-key-operators", Map.of()).stream()
                        .map(row -> row.get(0).asLong())
                        .findFirst()
                        .orElse(0L)
                > 0;
    }

    /** The tenant's keys, without their hashes; the installation's operator keys only for an operator. */
    public List<ApiKey> list(Tenant tenant, Caller caller) {
        return this.graph
                .read("api-key-list", Map.of("tenant", tenant.id(), "operator", caller.role() == ApiRole.OPERATOR))
                .stream()
                .map(row -> Rows.as(row.get("key").asMap(), ApiKey.class))
                .toList();
    }

    /** One of the tenant's keys, without its hash; an operator key only for an operator. */
    public ApiKey get(Tenant tenant, String id, Caller caller) {
        return this.graph
                .read(
                        "api-key-get",
                        Map.of("tenant", tenant.id(), "id", id, "operator", caller.role() == ApiRole.OPERATOR))
                .stream()
                .map(row -> Rows.as(row.get("key").asMap(), ApiKey.class))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No API key " + id + " in this tenant"));
    }

    /**
     * Revokes one of the tenant's keys; it is refused from the next request on. An operator key only an operator
     * may revoke (to anyone else it is not there).
     */
    public ApiKey revoke(Tenant tenant, String id, Caller caller, String by) {
        Map<String, Object> parameters =
                Map.of("tenant", tenant.id(), "id", id, "by", by, "operator", caller.role() == ApiRole.OPERATOR);
        ApiKey revoked = this.graph.write("api-key-revoke", parameters).stream()
                .map(row -> Rows.as(row.get("key").asMap(), ApiKey.class))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No API key " + id + " in this tenant"));
        this.verified.asMap().values().removeIf(known -> known.keyId().equals(id));
        this.lastKnown.asMap().values().removeIf(known -> known.keyId().equals(id));
        this.live.put(id, Boolean.FALSE);
        return revoked;
    }

    /**
     * Whether the key with this public id still exists and is not revoked: checked at most every
     * {@value #REFUSE_SECONDS} s per key, and at once after a revocation here; taken as live while the graph cannot be
     * reached.
     */
    public boolean live(String keyId) {
        try {
            return this.live.get(
                    keyId,
                    id -> this.graph.read("api-key-find", Map.of("id", id)).stream()
                            .anyMatch(row -> !row.get("revoked").asBoolean()));
        } catch (ServiceUnavailableException | SessionExpiredException unreachable) {
            // No key can be revoked while the graph is down; one revoked here just before is known (revoke).
            return true;
        }
    }

    /**
     * The caller a presented key stands for if it was verified within the last minute, without a lookup: what a
     * client that failed too often still gets.
     */
    public Optional<Caller> remembered(String presented) {
        return Optional.ofNullable(this.verified.getIfPresent(sha256(presented)));
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
        Optional<Map<String, Object>> found;
        try {
            found = this.graph.read("api-key-find", Map.of("id", id)).stream()
                    .map(Record::asMap)
                    .findFirst();
        } catch (ServiceUnavailableException | SessionExpiredException unreachable) {
            Caller known = this.lastKnown.getIfPresent(digest);
            if (known == null) {
                throw unreachable;
            }
            return Optional.of(known);
        }
        if (found.isEmpty()
                || Boolean.TRUE.equals(found.get().get("revoked"))
                || !this.encoder.matches(presented, (String) found.get().get("hash"))) {
            this.verified.invalidate(digest);
            this.lastKnown.invalidate(digest);
            this.refused.put(digest, Boolean.TRUE);
            return Optional.empty();
        }
        Map<String, Object> key = found.get();
        Caller caller =
                new Caller(id, (String) key.get("name"), Tenant.named((String) key.get("tenant")), ApiRole.of((String)
                        key.get("role")));
        this.graph.write("api-key-touch", Map.of("tenant", caller.tenant().id(), "id", id));
        this.verified.put(digest, caller);
        this.lastKnown.put(digest, caller);
        return Optional.of(caller);
    }

    private Optional<ApiKey> store(String key, Tenant tenant, ApiRole role, String name, String by) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", sha256(key).substring(0, 16));
        parameters.put("tenant", tenant.id());
        parameters.put("role", role.label());
        parameters.put("name", name);
        parameters.put("hash", this.encoder.encode(key));
        parameters.put("by", by);
        Optional<ApiKey> stored = this.graph.write("api-key-create", parameters).stream()
                .map(row -> Rows.as(row.get("key").asMap(), ApiKey.class))
                .findFirst();
        stored.ifPresent(
                row -> log.info("API key {} ({}, {}) of tenant {} stored", row.id(), name, role.label(), tenant.id()));
        return stored;
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }
}

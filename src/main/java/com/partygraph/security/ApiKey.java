package com.partygraph.security;

/**
 * An API key as it is kept and listed: never the key itself, nor its hash. Times ISO-8601; null when not (yet).
 *
 * @param id the key's public id (the first 16 hex digits of its SHA-256)
 * @param role reader, steward or admin
 * @param createdBy who made it ({@code key:<name>/<id>}, or configuration)
 */
public record ApiKey(
        String id,
        String tenant,
        String role,
        String name,
        String createdAt,
        String createdBy,
        String revokedAt,
        String revokedBy,
        String lastUsedAt) {}

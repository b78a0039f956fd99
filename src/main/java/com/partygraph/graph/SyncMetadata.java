package com.partygraph.graph;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Sync bookkeeping carried by parties and other derived entities.
 *
 * @param version incremented by every write, starting at 1
 * @param updatedAt time of the last write
 * @param updatedBy who or what wrote last (a steward, or a source's name)
 * @param syncStatus whether the entity reflects its sources
 * @param sourceSystems the systems whose records assert this entity
 */
public record SyncMetadata(
        long version, OffsetDateTime updatedAt, String updatedBy, SyncStatus syncStatus, List<String> sourceSystems) {}

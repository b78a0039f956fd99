package com.partygraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a party's timeline: an engine event ({@code kind} {@code event}: a record linked or unlinked, a
 * merge, a sync error, steward entry) or an activity ({@code kind} {@code activity}). Absent fields are left out.
 *
 * @param at when, ISO-8601
 * @param record the source record an event concerns, or the activity's id
 * @param by who or what did it (a key, a source)
 * @param mergedParty the party merged into this one that the event happened to; absent for the party's own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        String at,
        String kind,
        String type,
        String record,
        String detail,
        String by,
        String mergedParty,
        Number amount,
        String currency,
        String channel) {}

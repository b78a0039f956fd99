package com.partygraph.graph;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something a party did in a source system — an order, invoice, bid, cart, work order or ticket —
 * stored as {@code (:Activity)-[:OF]->(:Party)}.
 *
 * @param id stable id derived from the source row
 * @param type order, invoice, bid, cart, work_order, ticket, ...
 * @param at when it happened
 * @param amount may be null
 * @param currency ISO 4217 code, may be null
 * @param channel sales or contact channel, may be null
 * @param partyId the party it belongs to
 * @param source the source record that asserted it
 */
public record Activity(
        String id,
        String type,
        OffsetDateTime at,
        BigDecimal amount,
        String currency,
        String channel,
        UUID partyId,
        SourceRecordRef source) {}

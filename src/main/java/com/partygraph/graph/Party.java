package com.partygraph.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A real person or organization: a {@code (:Party:Person)} or {@code (:Party:Organization)} node.
 * Person fields are null on organizations and the other way round; every other nullable field may be
 * null when no source asserted it. Emails, phones and domains are shared {@code (:Email)},
 * {@code (:Phone)} and {@code (:Domain)} nodes, so two parties with one address meet in the graph.
 * The attributes are chosen from the party's source records by survivorship (README, "Survivorship");
 * {@code provenance} says, per attribute, which records gave the chosen value and how many of all that
 * give the attribute agree ({@code givenName ← crm/leads/2, crm/contacts/7 (2 of 3 records)}).
 */
public record Party(
        UUID id,
        PartyKind kind,
        String displayName,
        String givenName,
        String middleName,
        String familyName,
        LocalDate birthDate,
        String legalName,
        String dbaName,
        String industry,
        String businessType,
        Integer foundedYear,
        Integer employeeCount,
        String revenueRange,
        List<String> emails,
        List<String> phones,
        List<String> domains,
        List<String> addresses,
        List<String> identifiers,
        List<String> otherNames,
        PartyStatus status,
        UUID mergedInto,
        OffsetDateTime createdAt,
        SyncMetadata sync,
        List<String> provenance) {}

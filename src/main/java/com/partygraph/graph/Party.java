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
 */
public record Party(UUID id, PartyKind kind, String displayName, String givenName, String familyName,
		LocalDate birthDate, String legalName, String dbaName, String industry, String businessType,
		Integer foundedYear, Integer employeeCount, String revenueRange, List<String> emails, List<String> phones,
		List<String> domains, List<String> addresses, PartyStatus status, UUID mergedInto, OffsetDateTime createdAt,
		SyncMetadata sync) {
}

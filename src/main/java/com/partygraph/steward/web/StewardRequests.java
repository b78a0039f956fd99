package com.partygraph.steward.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of steward decisions; every one may say why ({@code reason}, at most 2,000 characters). */
final class StewardRequests {

    private StewardRequests() {}

    /** Why, for a decision that needs nothing else. */
    record Reason(@Size(max = 2000) String reason) {}

    /** Merge the party {@code partyId} into the party of the path. */
    record Merge(@NotNull UUID partyId, @Size(max = 2000) String reason) {}

    /** The source record to link by hand: its source system, table and primary key as text. */
    record Link(
            @NotBlank @Size(max = 200) String source,
            @NotBlank @Size(max = 200) String table,
            @NotBlank @Size(max = 500) String key,
            @Size(max = 2000) String reason) {}

    /** Two parties resolution must never merge. */
    record NeverLink(
            @NotNull @Size(min = 2, max = 2) List<@NotNull UUID> partyIds,
            @Size(max = 2000) String reason) {}

    /** End a relationship from {@code endDate} (today when null). */
    record End(
            java.time.LocalDate endDate, @Size(max = 2000) String reason) {}

    static String reason(Reason body) {
        return body == null ? null : body.reason();
    }
}

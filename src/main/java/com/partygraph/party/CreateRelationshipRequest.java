package com.partygraph.party;

import com.partygraph.graph.RelationshipType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A typed relationship from the party in the path to {@code targetId}, entered by a data steward.
 * {@code endDate} may not be before {@code startDate}; importance and trust level run from 1 to 10.
 */
public record CreateRelationshipRequest(
        @NotNull RelationshipType type,
        @NotNull UUID targetId,
        @Size(max = 200) String title,
        @Size(max = 200) String department,
        LocalDate startDate,
        LocalDate endDate,
        Boolean isCurrent,
        @Min(1) @Max(10) Integer importance,
        @Min(1) @Max(10) Integer trustLevel,
        Boolean isPrimary) {}

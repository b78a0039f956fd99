package com.partygraph.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A role to give a party.
 *
 * @param code a code from the role catalog ({@code GET /api/v1/roles})
 * @param since first day, may be null
 * @param until last day, may be null; not before {@code since}
 * @param context what the role is scoped to, e.g. a project key; may be null
 */
public record RoleInput(
        @NotBlank String code,
        LocalDate since,
        LocalDate until,
        @Size(max = 200) String context) {}

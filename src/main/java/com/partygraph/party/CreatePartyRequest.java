package com.partygraph.party;

import com.partygraph.graph.PartyKind;
import com.partygraph.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A party entered by a data steward. A person needs a display, given or family name; an organization
 * a display or legal name. Person fields on an organization (and the other way round) are rejected.
 * Every list and the identifiers (values by type: {@code {"tax_id": "DE123456789"}}) may be null.
 */
public record CreatePartyRequest(
        @NotNull PartyKind kind,

        @Size(max = 300) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String displayName,

        @Size(max = 150) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String givenName,

        @Size(max = 150) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String familyName,

        @Past LocalDate birthDate,

        @Size(max = 300) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String legalName,

        @Size(max = 300) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String dbaName,

        @Size(max = 150) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String industry,

        @Size(max = 150) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String businessType,

        @Min(1600) @Max(2100) Integer foundedYear,
        @PositiveOrZero Integer employeeCount,

        @Size(max = 50) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
        String revenueRange,

        @Size(max = 20)
        List<@NotBlank @Size(max = 254) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String>
                emails,

        @Size(max = 20)
        List<@NotBlank @Size(max = 40) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String> phones,

        @Size(max = 20)
        List<@NotBlank @Size(max = 253) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String>
                domains,

        @Size(max = 20) List<@Valid @NotNull AddressInput> addresses,

        @Size(max = 20)
        Map<
                        @Pattern(
                                regexp = "[a-z0-9_]{1,64}",
                                message = "an identifier type is lower-case letters," + " digits and _ (tax_id)")
                        String,
                        @NotBlank @Size(max = 100) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
                        String>
                identifiers,

        @Size(max = 50) List<@Valid @NotNull RoleInput> roles) {

    List<String> emailList() {
        return this.emails == null ? List.of() : this.emails;
    }

    List<String> phoneList() {
        return this.phones == null ? List.of() : this.phones;
    }

    List<String> domainList() {
        return this.domains == null ? List.of() : this.domains;
    }

    List<AddressInput> addressList() {
        return this.addresses == null ? List.of() : this.addresses;
    }

    Map<String, String> identifierMap() {
        return this.identifiers == null ? Map.of() : this.identifiers;
    }

    List<RoleInput> roleList() {
        return this.roles == null ? List.of() : this.roles;
    }
}

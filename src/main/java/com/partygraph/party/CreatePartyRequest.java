package com.partygraph.party;

import com.partygraph.graph.PartyKind;
import com.partygraph.problem.PlainText;
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

        @PlainText(max = 300) String displayName,

        @PlainText(max = 150) String givenName,

        @PlainText(max = 150) String familyName,

        @Past LocalDate birthDate,

        @PlainText(max = 300) String legalName,

        @PlainText(max = 300) String dbaName,

        @PlainText(max = 150) String industry,

        @PlainText(max = 150) String businessType,

        @Min(1600) @Max(2100) Integer foundedYear,
        @PositiveOrZero Integer employeeCount,

        @PlainText(max = 50) String revenueRange,

        @Size(max = 20) List<@NotBlank @PlainText(max = 254) String> emails,

        @Size(max = 20) List<@NotBlank @PlainText(max = 40) String> phones,

        @Size(max = 20) List<@NotBlank @PlainText(max = 253) String> domains,

        @Size(max = 20) List<@Valid @NotNull AddressInput> addresses,

        @Size(max = 20)
        Map<
                        @Pattern(
                                regexp = "[a-z0-9_]{1,64}",
                                message = "an identifier type is lower-case letters," + " digits and _ (tax_id)")
                        String,
                        @NotBlank @PlainText(max = 100) String>
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

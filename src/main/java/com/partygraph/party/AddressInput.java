package com.partygraph.party;

import com.partygraph.resolution.AddressFormatter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as entered; stored on the party as one formatted line.
 *
 * @param country ISO 3166 alpha-2 code, may be null
 */
public record AddressInput(
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code such as US")
        String country) {

    /** The address on one line, blank parts left out: {@code 1 Main St, Springfield, IL 62701, US}. */
    public String formatted() {
        return AddressFormatter.format(this.line1, this.line2, this.city, this.region, this.postalCode, this.country);
    }
}

package com.partygraph.steward;

import com.partygraph.problem.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A steward's correction of a party's attributes: each value given becomes a steward's assertion, which
 * survivorship ranks above every source row; attributes left out keep what the records say. Person fields on an
 * organization (and the other way round) are refused.
 */
public record PartyCorrection(
        @PlainText(max = 300) String displayName,

        @PlainText(max = 150) String givenName,

        @PlainText(max = 150) String middleName,

        @PlainText(max = 150) String familyName,

        @Past LocalDate birthDate,

        @PlainText(max = 300) String legalName,

        @PlainText(max = 300) String dbaName,

        @PlainText(max = 150) String industry,

        @PlainText(max = 150) String businessType,

        @Min(1600) @Max(2100) Integer foundedYear,
        @PositiveOrZero Integer employeeCount,

        @PlainText(max = 50) String revenueRange,

        @Size(max = 2000) String reason) {

    /** The values given, by attribute; dates as ISO text. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "displayName", this.displayName);
        put(values, "givenName", this.givenName);
        put(values, "middleName", this.middleName);
        put(values, "familyName", this.familyName);
        put(values, "birthDate", this.birthDate == null ? null : this.birthDate.toString());
        put(values, "legalName", this.legalName);
        put(values, "dbaName", this.dbaName);
        put(values, "industry", this.industry);
        put(values, "businessType", this.businessType);
        put(values, "foundedYear", this.foundedYear);
        put(values, "employeeCount", this.employeeCount);
        put(values, "revenueRange", this.revenueRange);
        return values;
    }

    private static void put(Map<String, Object> values, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            values.put(name, value instanceof String text ? text.strip() : value);
        }
    }
}

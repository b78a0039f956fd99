package com.partygraph.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.partygraph.ingest.write.Resolutions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A party row loses a bad field, not the row: read through the FEBRL mapping ({@code import/febrl/mapping.yaml}:
 * names in parts, an address in parts, a birth date, a national id).
 */
class FieldWarningsTests {

    private final RowInterpreter interpreter = new RowInterpreter(
            MappingLoader.load(Path.of("import/febrl/mapping.yaml")), Set.of(), RowNormalizersForTests.normalizers());

    @Test
    void anUnreadableBirthDateIsLeftOutWithAWarningAndTheRowApplied() throws Exception {
        Claims.RowPlan plan =
                this.interpreter.interpret("febrl", "rec-1-org", row("lachlan", "berry", "19504306", "7364009"));
        Claims.PartyClaim party = plan.parties().get(0);
        assertThat(party.fields().get("displayName")).isEqualTo("lachlan berry");
        assertThat(party.fields().get("birthDate")).isNull();
        assertThat(party.fields().get("identifiers")).asList().containsExactly("national_id:7364009");
        assertThat(plan.warnings()).containsExactly("date_of_birth: '19504306' is not a date");

        Claims.RowPlan readable =
                this.interpreter.interpret("febrl", "rec-2-org", row("lachlan", "berry", "24-May-61", null));
        assertThat(readable.parties().get(0).fields().get("birthDate")).isEqualTo(LocalDate.of(1961, 5, 24));
        assertThat(readable.warnings()).isEmpty();
    }

    @Test
    void aRowWithoutANameIsKnownByItsIdentifierShownMaskedAndARowWithNothingIsRefused() throws Exception {
        Claims.RowPlan plan = this.interpreter.interpret("febrl", "rec-3-org", row(null, null, "19990219", "7364009"));
        Claims.PartyClaim party = plan.parties().get(0);
        assertThat(party.fields().get("displayName")).isEqualTo("(national_id ending 4009)");
        assertThat(party.fields().get("nameless")).isEqualTo(true);
        assertThat(Resolutions.facts("febrl", party).fullName())
                .as("no name to compare")
                .isNull();
        assertThat(plan.warnings()).singleElement().asString().startsWith("no name: given_name, surname empty");

        assertThatExceptionOfType(UnmappableRowException.class)
                .isThrownBy(() -> this.interpreter.interpret("febrl", "rec-4-org", row(null, null, "19990219", null)))
                .withMessage(
                        "no name: given_name, surname empty, and no email, phone or identifier to know the party by");
    }

    private static Map<String, Object> row(String given, String family, String born, String ssn) {
        Map<String, Object> row = new HashMap<>();
        row.put("given_name", given);
        row.put("surname", family);
        row.put("street_number", "69");
        row.put("address_1", "giblin street");
        row.put("suburb", "bittern");
        row.put("postcode", "4814");
        row.put("state", "qld");
        row.put("date_of_birth", born);
        row.put("soc_sec_id", ssn);
        return row;
    }
}

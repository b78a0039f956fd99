package com.partygraph.resolution.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.resolution.normalize.Addresses.Address;
import com.partygraph.resolution.normalize.PersonNames.Name;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NormalizeTests {

    private final PersonNames persons = new PersonNames();

    private final OrganizationNames organizations = new OrganizationNames();

    private final Addresses addresses = new Addresses();

    @Test
    void fullNamesSplitInEitherOrderWithTitlesAndGenerationsAside() {
        assertThat(this.persons.split("Smith, Robert J.")).isEqualTo(new Name("robert", "j", "smith", ""));
        assertThat(this.persons.split("Dr. Robert J. Smith Jr.")).isEqualTo(new Name("robert", "j", "smith", "jr"));
        assertThat(this.persons.splitAsWritten("O'Brien, Seán")).isEqualTo(new Name("Seán", "", "O'Brien", ""));
        assertThat(this.persons.formal("bob")).isEqualTo("robert");
        assertThat(this.persons.formal("zoe")).isEqualTo("zoe");
    }

    @Test
    void organizationNamesLoseLegalFormsAndWriteAbbreviationsOut() {
        assertThat(this.organizations.key("The ACME Hldgs., L.L.C.")).isEqualTo("acme holdings");
        assertThat(this.organizations.key("Acme Holdings, Inc.")).isEqualTo("acme holdings");
        assertThat(this.organizations.key("Müller Intl GmbH & Co. KG")).isEqualTo("muller international");
        assertThat(this.organizations.key("Inc")).isEqualTo("inc");
    }

    @Test
    void addressesParseFromOneLineWithOrWithoutCommas() {
        Address parts = new Address("123", "main street", "las vegas", "nv", "89132", "");
        assertThat(this.addresses.parse("123 Main St, Las Vegas NV 89132")).isEqualTo(parts);
        assertThat(this.addresses.parse("123 Main Street Las Vegas NV 89132-1234"))
                .isEqualTo(parts);
        assertThat(this.addresses.parse("123 Main St., Las Vegas, NV 89132, US"))
                .isEqualTo(new Address("123", "main street", "las vegas", "nv", "89132", "us"));
        assertThat(this.addresses.parse("Portland, OR")).isEqualTo(new Address("", "", "portland", "or", "", ""));
        assertThat(this.addresses.of("12 Elm Ln", "Austin", "TX", "78701", null))
                .isEqualTo(new Address("12", "elm lane", "austin", "tx", "78701", ""));
    }

    @Test
    void datesReadInTheFormatsTablesHold() {
        LocalDate april7 = LocalDate.of(1980, 4, 7);
        assertThat(Dates.parse("1980-04-07", null)).contains(april7);
        assertThat(Dates.parse("4/7/1980", null)).contains(april7);
        assertThat(Dates.parse("19800407", null)).contains(april7);
        assertThat(Dates.parse("07.04.1980", "dd.MM.yyyy")).contains(april7);
        assertThat(Dates.parse("31/31/1980", null)).isEmpty();
        assertThat(Dates.parse("7-apr-80", null)).contains(april7);
        assertThat(Dates.parse("07-APR-1980", null)).contains(april7);
        assertThat(Dates.parse("4/7/80", null)).contains(april7);
        assertThat(Dates.parse("24-May-11", null)).contains(LocalDate.of(2011, 5, 24));
        // A column's own order: day first, then month first.
        assertThat(Dates.parse("7/4/1980", "d/M/yyyy|M/d/yyyy")).contains(april7);
        assertThat(Dates.parse("4/27/1980", "d/M/yyyy|M/d/yyyy")).contains(LocalDate.of(1980, 4, 27));
        assertThat(Dates.parse("19504306", null)).as("no 43rd month").isEmpty();
        assertThat(Dates.validPattern("d/M/yyyy|M/d/yyyy")).isTrue();
        assertThat(Dates.validPattern("d/M/yyyy|q/bogus/Z{")).isFalse();
        assertThat(Dates.swapped(april7, LocalDate.of(1980, 7, 4))).isTrue();
        assertThat(Dates.validPattern("dd.MM.yyyy")).isTrue();
        assertThat(Dates.validPattern("dd.MM.yyyy{")).isFalse();
    }
}

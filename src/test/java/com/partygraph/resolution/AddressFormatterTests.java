package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressFormatterTests {

    @Test
    void writesOneLineWithTheCountryInCapitals() {
        assertThat(AddressFormatter.format(" 1 Main St ", null, "Springfield", "IL", "62701", "us"))
                .isEqualTo("1 Main St, Springfield, IL 62701, US");
    }

    @Test
    void leavesOutBlankPartsWithoutDanglingSeparators() {
        assertThat(AddressFormatter.format(null, " ", "Austin", "", "78744", null))
                .isEqualTo("Austin, 78744");
        assertThat(AddressFormatter.format(null, null, null, null, null, null)).isEmpty();
    }
}

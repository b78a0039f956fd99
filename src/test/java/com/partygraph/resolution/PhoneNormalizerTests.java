package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTests {

    private final PhoneNormalizer us = new PhoneNormalizer(ResolutionSettings.defaults("US"));

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0132", "415.555.0132", "+1 415 555 0132", "1-415-555-0132"})
    void writesNationalAndInternationalFormsAsE164(String raw) {
        assertThat(this.us.normalize(raw)).contains("+14155550132");
    }

    @Test
    void keepsAnExtension() {
        PhoneNormalizer us = new PhoneNormalizer(ResolutionSettings.defaults("US"));
        assertThat(us.normalize("+1 415 555 0132 ext. 77")).contains("+14155550132;ext=77");
        assertThat(us.normalize("(415) 555-0132 x12")).contains("+14155550132;ext=12");
    }

    @Test
    void usesTheDefaultRegionOnlyForNumbersWithoutCountryCode() {
        PhoneNormalizer germany = new PhoneNormalizer(ResolutionSettings.defaults("DE"));
        assertThat(germany.normalize("030 901820")).contains("+4930901820");
        assertThat(germany.normalize("+1 415 555 0132")).contains("+14155550132");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "n/a", "12", "555-0132-555-0132-999"})
    void rejectsWhatIsNotAValidNumber(String raw) {
        assertThat(this.us.normalize(raw)).isEmpty();
    }
}

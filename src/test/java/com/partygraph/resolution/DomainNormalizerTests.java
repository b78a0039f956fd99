package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNormalizerTests {

    private final DomainNormalizer domains = new DomainNormalizer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acme.com",
                "ACME.COM",
                "www.acme.com",
                "https://www.acme.com/about?x=1",
                "http://acme.com:8080",
                " acme.com/ "
            })
    void reducesUrlsToTheBareHost(String raw) {
        assertThat(this.domains.normalize(raw)).contains("acme.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "acme", "not a domain", "http://", "acme..com"})
    void rejectsWhatNamesNoHost(String raw) {
        assertThat(this.domains.normalize(raw)).isEmpty();
    }
}

package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormalizerTests {

    private final EmailNormalizer emails = new EmailNormalizer();

    @Test
    void lowerCasesAndTrims() {
        assertThat(this.emails.normalize("  Jane.Doe@ACME.com ")).contains("jane.doe@acme.com");
    }

    @Test
    void readsTheAddressOfANameAddrOrAMailtoLink() {
        assertThat(this.emails.normalize("\"Jay Jones\" <JJones@fmail.com>")).contains("jjones@fmail.com");
        assertThat(this.emails.normalize("Jay Jones <jjones@fmail.com>")).contains("jjones@fmail.com");
        assertThat(this.emails.normalize("mailto:jjones@fmail.com")).contains("jjones@fmail.com");
        assertThat(this.emails.normalize("Jay Jones <jjones@@fmail.com>")).isEmpty();
    }

    @Test
    void keepsPlusTagsAndSubdomains() {
        assertThat(this.emails.normalize("j+crm@mail.acme.co.uk")).contains("j+crm@mail.acme.co.uk");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "jane",
                "jane@",
                "@acme.com",
                "jane@acme",
                "jane doe@acme.com",
                "a@b@c.com",
                "jane@-acme.com",
                ".jane@acme.com"
            })
    void rejectsWhatIsNotAnAddress(String raw) {
        assertThat(this.emails.normalize(raw)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(this.emails.normalize(null)).isEmpty();
    }
}

package com.partygraph.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.resolution.NameNormalizer;
import org.junit.jupiter.api.Test;

class NameQueryTests {

    private final NameNormalizer names = new NameNormalizer();

    @Test
    void requiresEveryWordAllowingPrefixesOneTypoFromThreeLettersAndTwoFromFive() {
        assertThat(NameQuery.lucene(this.names, "Jane Doe Initek Al"))
                .isEqualTo("(jane OR jane* OR jane~1) AND (doe OR doe* OR doe~1) AND (initek OR initek* OR initek~2)"
                        + " AND (al OR al*)");
    }

    @Test
    void leavesNoLuceneSyntaxFromTheInput() {
        assertThat(NameQuery.lucene(this.names, "acme* OR name:x~ \"q\" (a)"))
                .isEqualTo("(acme OR acme* OR acme~1) AND (or OR or*) AND (name OR name* OR name~1) AND (x OR x*)"
                        + " AND (q OR q*) AND (a OR a*)");
    }

    @Test
    void isEmptyWhenNothingSearchableIsLeft() {
        assertThat(NameQuery.lucene(this.names, " ?! ")).isEmpty();
    }
}

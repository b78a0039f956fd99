package com.partygraph.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegibleTests {

    @Test
    void textWrittenRightPassesWithoutAWord() {
        for (String name : List.of("Müller", "Łukasz Żółć", "Ñandú S.A.", "東京 株式会社", "Zoë O'Brien", "café\tbar")) {
            List<String> warnings = new ArrayList<>();
            assertThat(Legible.checked("name", name, warnings)).isEqualTo(name);
            assertThat(warnings).as(name).isEmpty();
        }
    }

    @Test
    void utf8ReadAsWindows1252IsReportedWithWhatItWouldRead() {
        List<String> warnings = new ArrayList<>();
        assertThat(Legible.checked("name", "CafÃ© NiÃ±o", warnings)).isEqualTo("CafÃ© NiÃ±o");
        assertThat(warnings)
                .containsExactly(
                        "name: 'CafÃ© NiÃ±o' looks like UTF-8 read as Windows-1252 (it would read 'Café Niño')");
    }

    @Test
    void hiddenCharactersAreRemovedAndLostOnesReported() {
        List<String> warnings = new ArrayList<>();
        assertThat(Legible.checked("title", "Chief\u0000 \u202eoiduA\u202c", warnings))
                .isEqualTo("Chief oiduA");
        assertThat(Legible.checked("city", "K\uFFFDln", warnings)).isEqualTo("K\uFFFDln");
        assertThat(warnings)
                .containsExactly(
                        "title: control or text-direction characters removed",
                        "city: 'K\uFFFDln' holds U+FFFD, characters lost to a wrong encoding upstream");
    }
}

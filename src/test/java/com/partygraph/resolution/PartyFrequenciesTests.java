package com.partygraph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.RecordFacts;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyFrequenciesTests {

    @Test
    void aNameTheCandidatePartysOwnRecordsHoldIsNotCommonForIt() {
        CandidateIndex index = new CandidateIndex(1000);
        FeatureExtractor extractor = new FeatureExtractor();
        // Three copies of one Berden Yarost, and one other Berden Yarost.
        for (int i = 0; i < 3; i++) {
            index.add("crm/" + i, "p1", 1, extractor.extract(person("crm/" + i, "Berden", "Yarost")));
        }
        index.add("crm/9", "p2", 2, extractor.extract(person("crm/9", "Berden", "Yarost")));
        IntArrayList own = new IntArrayList();
        IntArrayList other = new IntArrayList();
        index.candidates(extractor.extract(person("new", "Berden", "Yarost")), 100, new CandidateIndex.SearchStats())
                .forEach(record -> (index.party(record).equals("p1") ? own : other).add(record));

        assertThat(index.holding("familyName", "yarost")).isEqualTo(4);
        // For the first party, one other record holds it (plus the one the score counts as the candidate's own).
        assertThat(new PartyFrequencies(index, own).holding("familyName", "yarost"))
                .isEqualTo(2);
        assertThat(new PartyFrequencies(index, other).holding("familyName", "yarost"))
                .isEqualTo(4);
        assertThat(new PartyFrequencies(index, own).holding("familyName", "smith"))
                .isZero();
        assertThat(new PartyFrequencies(index, own).records(PartyKind.PERSON)).isEqualTo(4);
    }

    private static RecordFacts person(String uid, String given, String family) {
        return TestFacts.person(uid, null, given, family, LocalDate.of(1970, 1, 1), List.of(), List.of(), List.of());
    }
}

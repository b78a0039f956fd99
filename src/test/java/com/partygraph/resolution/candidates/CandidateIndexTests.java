package com.partygraph.resolution.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.resolution.TestFacts;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.Features;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateIndexTests {

    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void recordsSharingAnEmailAreFoundByItNewestFirstAndOnlyWhileTheyLive() {
        CandidateIndex index = new CandidateIndex(100);
        index.add("crm/1", "p1", 1, features("Ann", "Rook", "ann@rook.example"));
        // Held by one record, then by two, three: the key's lone record joins a chain.
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).containsExactly("crm/1");
        index.add("crm/2", "p2", 2, features("Bea", "Stone", "ann@rook.example"));
        index.add("crm/3", "p3", 3, features("Cyd", "Marsh", "ann@rook.example"));
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).containsExactly("crm/3", "crm/2", "crm/1");

        index.remove("crm/2");
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).containsExactly("crm/3", "crm/1");
        index.remove("crm/1");
        index.remove("crm/3");
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).isEmpty();

        // Held again after every holder went: only the new holder is found, alone, then beside the next.
        index.add("crm/4", "p4", 4, features("Dee", "Fell", "ann@rook.example"));
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).containsExactly("crm/4");
        index.add("crm/5", "p5", 5, features("Eli", "Moor", "ann@rook.example"));
        assertThat(uids(index, "Zed", "Quill", "ann@rook.example")).containsExactly("crm/5", "crm/4");
        assertThat(index.holding("email", "ann@rook.example")).isEqualTo(2);
    }

    @Test
    void howManyRecordsHoldAnEmailAPhoneOrAnAddressCountsBothKindsAndOnlyLiveRecords() {
        CandidateIndex index = new CandidateIndex(100);
        index.add("crm/1", "p1", 1, features("Ann", "Rook", "info@rook.example"));
        index.add("crm/2", "p2", 2, features("Bea", "Stone", "info@rook.example"));
        index.add("erp/1", "o1", 3, organization("Rook Ltd", "info@rook.example"));
        for (int i = 0; i < 3; i++) {
            index.add("shop/" + i, "p" + (10 + i), 10 + i, household("Cyd", "Marsh" + (char) ('a' + i)));
        }
        index.add("shop/9", "p19", 19, household("Dot", ""));

        assertThat(index.holding("email", "info@rook.example")).isEqualTo(3);
        assertThat(index.holding("phone", "+441632960001")).isEqualTo(5);
        assertThat(index.holding("address", "12 high street")).isEqualTo(4);
        index.remove("crm/2");
        index.remove("shop/0");
        assertThat(index.holding("email", "info@rook.example")).isEqualTo(2);
        assertThat(index.holding("phone", "+441632960001")).isEqualTo(4);
        assertThat(index.holding("address", "12 high street")).isEqualTo(3);
        assertThat(index.holding("email", "nobody@x.example")).isZero();
    }

    @Test
    void aKeyHeldByMoreRecordsThanTheLimitIsPassedOverAndCounted() {
        CandidateIndex index = new CandidateIndex(3);
        for (int i = 0; i < 4; i++) {
            index.add("crm/" + i, "p" + i, i, features("Gus", "Vale" + (char) ('a' + i), "shared@vale.example"));
        }
        CandidateIndex.SearchStats stats = new CandidateIndex.SearchStats();

        assertThat(index.candidates(features("Zed", "Quill", "shared@vale.example"), 100, stats)
                        .isEmpty())
                .isTrue();
        assertThat(stats.frequentKeys).isEqualTo(1);
    }

    @Test
    void aRecordsFeaturesReadBackAsTheyWereAdded() {
        CandidateIndex index = new CandidateIndex(100);
        Features added = features("Łukasz", "Żółw", "lz@example.pl");
        index.add("crm/1", "p1", 1, added);

        assertThat(index.entry("crm/1").features()).usingRecursiveComparison().isEqualTo(added);
        assertThat(index.remove("crm/1").features()).usingRecursiveComparison().isEqualTo(added);
        assertThat(index.entry("crm/1")).isNull();
    }

    private List<String> uids(CandidateIndex index, String given, String family, String email) {
        return index.candidates(features(given, family, email), 100, new CandidateIndex.SearchStats())
                .intStream()
                .mapToObj(index::uid)
                .toList();
    }

    private Features organization(String name, String email) {
        return this.extractor.extract(TestFacts.organization("new", name, List.of(email), List.of("+441632960001")));
    }

    private Features features(String given, String family, String email) {
        return this.extractor.extract(
                TestFacts.person("new", null, given, family, null, List.of(email), List.of(), List.of()));
    }

    // One phone and one address for all, and no email.
    private Features household(String given, String family) {
        return this.extractor.extract(TestFacts.person(
                "new",
                null,
                given,
                family,
                null,
                List.of(),
                List.of("+441632960001"),
                List.of("12 High St, Leeds LS1 4AP")));
    }
}

package com.partygraph.resolution.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.resolution.decide.Decider.Candidate;
import com.partygraph.resolution.model.FeatureWeight;
import com.partygraph.resolution.model.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeciderTests {

    /**
     * Two records of a party score the same against a record: one has a phone, the other none, and the record has
     * none, so the phone is "missing" either way. The explanation kept must not depend on which was found first (an
     * index built again from the graph finds them in another order).
     */
    @Test
    void ofTwoRecordsThatScoreTheSameTheSameExplainsTheMatchInEitherOrder() {
        Score withPhone = score(new FeatureWeight("phone", "missing", "", "+14155550015", 0.0, false));
        Score withoutPhone = score(new FeatureWeight("phone", "missing", "", "", 0.0, false));

        Score foundFirstWithPhone =
                Candidate.of("p1", withPhone, 1, false).with(withoutPhone).score();
        Score foundFirstWithout =
                Candidate.of("p1", withoutPhone, 1, false).with(withPhone).score();

        assertThat(foundFirstWithPhone).isEqualTo(foundFirstWithout);
    }

    @Test
    void aBetterScoreExplainsTheMatchWhicheverCameFirst() {
        Score weak = score(new FeatureWeight("phone", "missing", "", "", 0.0, false));
        Score strong = new Score(9.0, 0.99, -8.0, List.of(new FeatureWeight("phone", "exact", "+1", "+1", 3.0, false)));

        assertThat(Candidate.of("p1", weak, 1, false).with(strong).score()).isEqualTo(strong);
        assertThat(Candidate.of("p1", strong, 1, false).with(weak).score()).isEqualTo(strong);
    }

    private static Score score(FeatureWeight phone) {
        return new Score(
                6.0, 0.9, -8.0, List.of(new FeatureWeight("familyName", "exact", "novak", "novak", 6.0, false), phone));
    }
}

package com.partygraph.resolution.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTests {

    @Test
    void aClusterIsRightOnlyWhenItIsExactlyOneEntity() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "3");
        // {a,b} right; {c,d} joins two entities; {e} is part of one.
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z");
        ClusterScores scores = ClusterScores.of(predicted, truth);
        assertThat(scores.exact()).isEqualTo(1);
        assertThat(scores.precision()).isEqualTo(1.0 / 3);
        assertThat(scores.recall()).isEqualTo(1.0 / 3);
    }

    @Test
    void recordsTheClusteringDoesNotHoldAreLeftOut() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2");
        ClusterScores scores = ClusterScores.of(Map.of("a", "x", "b", "x"), truth);
        assertThat(scores.entities()).isEqualTo(1);
        assertThat(scores.f1()).isEqualTo(1.0);
    }
}

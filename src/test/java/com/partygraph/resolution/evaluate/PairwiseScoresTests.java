package com.partygraph.resolution.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseScoresTests {

    @Test
    void countsPairsFromClusterSizes() {
        // Truth: {a, b, c} and {d}; predicted: {a, b} and {c, d}.
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

        PairwiseScores scores = PairwiseScores.of(predicted, truth);

        assertThat(scores.truePairs()).isEqualTo(3);
        assertThat(scores.predictedPairs()).isEqualTo(2);
        assertThat(scores.correctPairs()).isEqualTo(1);
        assertThat(scores.precision()).isEqualTo(0.5);
        assertThat(scores.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(scores.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void recordsOnlyOneSideLabelsAreLeftOut() {
        PairwiseScores scores = PairwiseScores.of(Map.of("a", "x", "b", "x", "z", "x"), Map.of("a", "1", "b", "1"));
        assertThat(scores.records()).isEqualTo(2);
        assertThat(scores.f1()).isEqualTo(1.0);
    }
}

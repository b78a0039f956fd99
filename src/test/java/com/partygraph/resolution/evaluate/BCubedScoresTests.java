package com.partygraph.resolution.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedScoresTests {

    @Test
    void averagesEachRecordsShareOfItsClusterAndOfItsEntity() {
        // Entity 1 = {a, b, c}, entity 2 = {d}; clusters x = {a, b, d}, y = {c}.
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "d", "x", "c", "y");
        BCubedScores scores = BCubedScores.of(predicted, truth);
        // Precision: a, b 2/3 each, d 1/3, c 1 -> (2/3 + 2/3 + 1/3 + 1) / 4.
        assertThat(scores.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
        // Recall: a, b 2/3 each, c 1/3, d 1 -> the same sum here.
        assertThat(scores.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
    }

    @Test
    void aPerfectClusteringScoresOne() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2");
        BCubedScores scores = BCubedScores.of(Map.of("a", "p", "b", "p", "c", "q"), truth);
        assertThat(scores.f1()).isEqualTo(1.0);
    }
}

package com.partygraph.resolution.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionQualityTests {

    @Test
    void suggestsAutoLinkWhereStewardsAcceptNearlyEverythingAboveAndReviewWhereTheyStartSayingYes() {
        var suggested = ResolutionQuality.suggest(List.of(
                bucket(0.3, 0, 40), bucket(0.4, 3, 37), bucket(0.5, 20, 20), bucket(0.6, 39, 1), bucket(0.7, 50, 0)));
        assertThat(suggested.autoLink()).isEqualTo(0.6);
        assertThat(suggested.review()).isEqualTo(0.4);
    }

    @Test
    void aBucketBelowTheBarAboveAnotherKeepsAutoLinkAboveIt() {
        var suggested = ResolutionQuality.suggest(List.of(bucket(0.5, 39, 1), bucket(0.6, 30, 10), bucket(0.7, 50, 0)));
        assertThat(suggested.autoLink()).isEqualTo(0.7);
    }

    @Test
    void tooFewDecisionsSuggestNothing() {
        var suggested = ResolutionQuality.suggest(List.of(bucket(0.3, 1, 2), bucket(0.7, 5, 0)));
        assertThat(suggested.autoLink()).isNull();
        assertThat(suggested.review()).isNull();
        assertThat(suggested.why()).contains("decide more");
    }

    private static QualityView.Bucket bucket(double from, long accepted, long rejected) {
        return new QualityView.Bucket(from, from + 0.1, accepted, rejected, (double) accepted / (accepted + rejected));
    }
}

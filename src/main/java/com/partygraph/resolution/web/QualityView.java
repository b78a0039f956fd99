package com.partygraph.resolution.web;

import java.util.List;

/**
 * Resolution's accuracy as a tenant's stewards see it.
 *
 * @param weeks per week the suggestions were made in (the Monday), how many of them are open, accepted, rejected
 * and closed as moot now
 * @param buckets the decided suggestions (accepted, rejected) by score bucket of 0.1: how often stewards said yes
 * @param automaticLinks records resolution linked by itself (matched above auto-link, by an organization's name,
 * or by exact rule), as they stand now
 * @param automaticMerges parties resolution merged by itself; {@code undoneMerges} of them unmerged by a steward
 * @param unlinks records a steward unlinked from the party resolution had put them in (decisions in force)
 * @param precision 1 - (undone merges + unlinks) / (automatic links + automatic merges): the share of automatic
 * decisions no steward corrected; null when there are none
 * @param thresholds the tenant's thresholds now
 * @param suggested thresholds the decisions argue for, with why; a null value where there are too few decisions
 */
public record QualityView(
        List<Week> weeks,
        List<Bucket> buckets,
        long automaticLinks,
        long automaticMerges,
        long undoneMerges,
        long unlinks,
        Double precision,
        Thresholds thresholds,
        Suggested suggested) {

    public record Week(String week, long open, long accepted, long rejected, long closed) {}

    /** Suggestions scored from {@code from} (inclusive) to {@code to}: accepted, rejected, the share accepted. */
    public record Bucket(double from, double to, long accepted, long rejected, double acceptance) {}

    public record Thresholds(double autoLink, double review) {}

    public record Suggested(Double autoLink, Double review, String why) {}
}

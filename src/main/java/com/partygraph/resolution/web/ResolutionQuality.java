package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Resolution's accuracy from the stewards' decisions ({@code resolution-quality}), and the thresholds those
 * decisions argue for: auto-link where stewards accept nearly everything above, review where they start saying
 * yes at all. Thread-safe.
 */
@Component
public class ResolutionQuality {

    /** Acceptance at or above which a bucket's pairs could be linked without review. */
    static final double LINK_WITHOUT_REVIEW = 0.95;

    /** Acceptance below which a bucket's pairs are not worth a steward's time. */
    static final double WORTH_REVIEW = 0.05;

    /** Decided suggestions a bucket needs before its acceptance counts. */
    static final int MIN_DECISIONS = 10;

    private final Driver driver;

    private final CypherQueries queries;

    private final Resolver resolver;

    ResolutionQuality(Driver driver, CypherQueries queries, Resolver resolver) {
        this.driver = driver;
        this.queries = queries;
        this.resolver = resolver;
    }

    public QualityView of(Tenant tenant) {
        Value row;
        try (var session = this.driver.session()) {
            // Values outlive the transaction only as plain maps.
            row = session.executeRead(tx -> org.neo4j.driver.Values.value(
                    tx.run(this.queries.get("resolution-quality"), Map.of("tenant", tenant.id()))
                            .single()
                            .asMap()));
        }
        Thresholds current = this.resolver.settings().thresholds(tenant.id());
        List<QualityView.Bucket> buckets = buckets(row.get("buckets"));
        long links = row.get("automaticLinks").asLong();
        long merges = row.get("automaticMerges").asLong();
        long undone = row.get("undoneMerges").asLong();
        long unlinks = row.get("unlinks").asLong();
        Double precision = links + merges == 0 ? null : 1.0 - (double) (undone + unlinks) / (links + merges);
        return new QualityView(
                weeks(row.get("weeks")),
                buckets,
                links,
                merges,
                undone,
                unlinks,
                precision,
                new QualityView.Thresholds(current.autoLink(), current.review()),
                suggest(buckets));
    }

    private static List<QualityView.Week> weeks(Value weeks) {
        Map<String, long[]> byWeek = new TreeMap<>();
        List<String> statuses = List.of("open", "accepted", "rejected", "closed");
        for (Value week : weeks.values()) {
            int status = statuses.indexOf(week.get("status").asString());
            if (status >= 0) {
                byWeek.computeIfAbsent(week.get("week").asString(), w -> new long[4])[status] +=
                        week.get("count").asLong();
            }
        }
        List<QualityView.Week> result = new ArrayList<>();
        byWeek.forEach((week, n) -> result.add(new QualityView.Week(week, n[0], n[1], n[2], n[3])));
        return result;
    }

    private static List<QualityView.Bucket> buckets(Value buckets) {
        long[][] counts = new long[11][2];
        for (Value bucket : buckets.values()) {
            int index = Math.min(10, Math.max(0, bucket.get("bucket").asInt()));
            counts[index][bucket.get("status").asString().equals("accepted") ? 0 : 1] +=
                    bucket.get("count").asLong();
        }
        List<QualityView.Bucket> result = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long accepted = counts[i][0] + (i == 9 ? counts[10][0] : 0);
            long rejected = counts[i][1] + (i == 9 ? counts[10][1] : 0);
            if (accepted + rejected > 0) {
                result.add(new QualityView.Bucket(
                        i / 10.0, (i + 1) / 10.0, accepted, rejected, (double) accepted / (accepted + rejected)));
            }
        }
        return result;
    }

    /**
     * Auto-link: the lowest bucket from which every bucket up has enough decisions and an acceptance of at least
     * {@value #LINK_WITHOUT_REVIEW}; review: the lowest bucket with enough decisions and an acceptance of at least
     * {@value #WORTH_REVIEW}.
     */
    static QualityView.Suggested suggest(List<QualityView.Bucket> buckets) {
        List<QualityView.Bucket> counted = buckets.stream()
                .filter(b -> b.accepted() + b.rejected() >= MIN_DECISIONS)
                .toList();
        if (counted.isEmpty()) {
            return new QualityView.Suggested(
                    null,
                    null,
                    "fewer than " + MIN_DECISIONS
                            + " decided suggestions in every score bucket: decide more before changing thresholds");
        }
        Double autoLink = null;
        for (int i = counted.size() - 1; i >= 0 && counted.get(i).acceptance() >= LINK_WITHOUT_REVIEW; i--) {
            autoLink = counted.get(i).from();
        }
        Double review = counted.stream()
                .filter(b -> b.acceptance() >= WORTH_REVIEW)
                .map(QualityView.Bucket::from)
                .findFirst()
                .orElse(null);
        return new QualityView.Suggested(
                autoLink,
                review,
                "auto-link where stewards accepted at least "
                        + Math.round(LINK_WITHOUT_REVIEW * 100)
                        + " % of every bucket above, review where they accepted at least "
                        + Math.round(WORTH_REVIEW * 100) + " %; buckets of fewer than " + MIN_DECISIONS
                        + " decisions not counted");
    }
}

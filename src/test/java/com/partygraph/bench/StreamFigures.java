package com.partygraph.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one streaming phase of a benchmark, once the graph has applied what was sent (or gave up). */
final class StreamFigures {

    private StreamFigures() {}

    /**
     * Waits until the changes sent since {@code before} (the latency count then) are applied, at most
     * {@code max(60 s, 4 × seconds)}, then records rate, p50/p95/p99 commit → graph and drain time under
     * {@code label}.
     * @return whether the graph kept up: all applied, p95 under 1 s, drained within 2 s of the last change
     */
    static boolean record(
            LatencyLog latencies,
            long before,
            long sent,
            long startNanos,
            int rate,
            int seconds,
            Map<String, Object> results,
            String label)
            throws InterruptedException {
        double sendSeconds = (System.nanoTime() - startNanos) / 1e9;
        Instant deadline = Instant.now().plusSeconds(Math.max(60, seconds * 4L));
        while (latencies.count() - before < sent && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        long received = latencies.count() - before;
        double drainSeconds = (System.nanoTime() - startNanos) / 1e9 - sendSeconds;
        int window = (int) Math.min(Integer.MAX_VALUE, received);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("targetRatePerSecond", rate);
        figures.put("achievedSendRatePerSecond", Math.round(sent / sendSeconds));
        figures.put("changes", sent);
        figures.put("appliedChanges", received);
        figures.put("p50Millis", latencies.percentile(50, window));
        figures.put("p95Millis", latencies.percentile(95, window));
        figures.put("p99Millis", latencies.percentile(99, window));
        // Whether the phase's latency falls as it runs (what the phase before it left behind) or holds.
        List<Long> thirds = new ArrayList<>();
        for (int third = 0; third < 3; third++) {
            thirds.add(latencies.percentile(95, before + received * third / 3, before + received * (third + 1) / 3));
        }
        figures.put("p95MillisByThird", thirds);
        figures.put("drainSecondsAfterLastChange", BenchReport.round(drainSeconds));
        figures.put("applyRatePerSecond", Math.round(received / (sendSeconds + drainSeconds)));
        results.put(label, figures);
        System.out.printf(Locale.ROOT, "%s: %s%n", label, figures);
        Long p95 = latencies.percentile(95, window);
        return received >= sent && drainSeconds < 2.0 && p95 != null && p95 < 1000;
    }
}

package com.partygraph.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long ingestion's named statements took between two moments of a benchmark, from the application's own timer
 * {@code partygraph.graph.statement} (planning and execution of each statement, not the commit): where a burst's
 * graph time goes, statement by statement.
 */
final class StatementTimes {

    private final MeterRegistry registry;

    private final Map<String, long[]> start;

    private final long[] batches;

    /** @param registry the application's meter registry; statements are counted from now on */
    StatementTimes(MeterRegistry registry) {
        this(registry, false);
    }

    private StatementTimes(MeterRegistry registry, boolean fromStart) {
        this.registry = registry;
        this.start = fromStart ? Map.of() : read();
        this.batches = fromStart ? new long[2] : batches();
    }

    /**
     * Statements counted from the application's start: a snapshot that begins while the application starts is
     * counted whole.
     */
    static StatementTimes sinceStart(MeterRegistry registry) {
        return new StatementTimes(registry, true);
    }

    /** The statements that ran since this was made, most time first: "name: count × mean = total ms". */
    List<String> since(int top, Map<String, Object> results, String label) {
        Map<String, long[]> now = read();
        List<Map.Entry<String, long[]>> spent = new ArrayList<>();
        long total = 0;
        for (var entry : now.entrySet()) {
            long[] before = this.start.getOrDefault(entry.getKey(), new long[2]);
            long count = entry.getValue()[0] - before[0];
            long nanos = entry.getValue()[1] - before[1];
            if (count > 0) {
                spent.add(Map.entry(entry.getKey(), new long[] {count, nanos}));
                total += nanos;
            }
        }
        spent.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        List<String> lines = new ArrayList<>();
        for (var entry : spent.subList(0, Math.min(top, spent.size()))) {
            long count = entry.getValue()[0];
            double millis = entry.getValue()[1] / 1e6;
            lines.add(String.format("%s: %d × %.1f = %.0f ms", entry.getKey(), count, millis / count, millis));
        }
        long[] batched = batches();
        results.put(label + "Batches", batched[0] - this.batches[0]);
        results.put(label + "BatchSeconds", BenchReport.round((batched[1] - this.batches[1]) / 1e9));
        results.put(label + "StatementSeconds", BenchReport.round(total / 1e9));
        lines.add(
                0,
                String.format(
                        "%d batches applied in %.2f s, of which statements %.2f s",
                        batched[0] - this.batches[0], (batched[1] - this.batches[1]) / 1e9, total / 1e9));
        results.put(label + "Statements", lines);
        return lines;
    }

    private long[] batches() {
        long[] sum = new long[2];
        for (Timer timer : this.registry.find("partygraph.ingest.batch").timers()) {
            sum[0] += timer.count();
            sum[1] += (long) timer.totalTime(TimeUnit.NANOSECONDS);
        }
        return sum;
    }

    private Map<String, long[]> read() {
        Map<String, long[]> times = new HashMap<>();
        for (Timer timer : this.registry.find("partygraph.graph.statement").timers()) {
            times.merge(
                    timer.getId().getTag("name"),
                    new long[] {timer.count(), (long) timer.totalTime(TimeUnit.NANOSECONDS)},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return times;
    }
}

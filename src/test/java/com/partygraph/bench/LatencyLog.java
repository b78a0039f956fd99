package com.partygraph.bench;

import com.partygraph.ingest.source.SourceStatus;
import java.util.Arrays;

/**
 * The most recent commit-to-graph latencies of streamed changes, in milliseconds, as a benchmark phase needs
 * them (exact percentiles of the phase's own changes), fed by {@code SourceStatus.onStreamed}. Written by one
 * connector thread, read by anyone.
 */
final class LatencyLog {

    private final long[] values;

    private long count;

    LatencyLog(int capacity) {
        this.values = new long[capacity];
    }

    /** The latencies of one source's status from now on (per streaming phase: the phase's own). */
    static LatencyLog of(SourceStatus status) {
        LatencyLog log = new LatencyLog(1 << 20);
        status.onStreamed(log::add);
        return log;
    }

    synchronized void add(long millis) {
        this.values[(int) (this.count % this.values.length)] = millis;
        this.count++;
    }

    /** How many latencies were recorded in all. */
    public synchronized long count() {
        return this.count;
    }

    /** The percentile (0-100) of the last {@code last} recorded latencies, or null when there are none. */
    public synchronized Long percentile(double percentile, int last) {
        return percentile(percentile, this.count - last, this.count);
    }

    /**
     * The percentile (0-100) of the latencies recorded {@code from}-th up to before the {@code to}-th (counted from
     * the first, 0) that are still held, or null when there are none.
     */
    public synchronized Long percentile(double percentile, long from, long to) {
        long first = Math.max(Math.max(0, from), this.count - this.values.length);
        long end = Math.min(to, this.count);
        if (end <= first) {
            return null;
        }
        long[] window = new long[(int) (end - first)];
        for (int i = 0; i < window.length; i++) {
            window[i] = this.values[(int) ((first + i) % this.values.length)];
        }
        Arrays.sort(window);
        return window[
                (int) Math.max(0, Math.min(window.length - 1, Math.ceil(percentile / 100.0 * window.length) - 1))];
    }
}

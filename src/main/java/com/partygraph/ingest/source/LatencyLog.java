package com.partygraph.ingest.source;

import java.util.Arrays;

/**
 * The most recent commit-to-graph latencies of streamed changes, in milliseconds. Written by one
 * connector thread, read by anyone (readers see a recent, possibly slightly torn, window).
 */
public final class LatencyLog {

	private final long[] values;

	private long count;

	LatencyLog(int capacity) {
		this.values = new long[capacity];
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
		int size = (int) Math.min(Math.min(this.count, this.values.length), last);
		if (size == 0) {
			return null;
		}
		long[] window = new long[size];
		for (int i = 0; i < size; i++) {
			window[i] = this.values[(int) ((this.count - 1 - i) % this.values.length)];
		}
		Arrays.sort(window);
		return window[(int) Math.min(size - 1, Math.ceil(percentile / 100.0 * size) - 1)];
	}

}

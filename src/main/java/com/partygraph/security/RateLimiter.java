package com.partygraph.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (an API key's id, a client's address): {@code burst} requests at once, refilled at
 * {@code perSecond}. Thread-safe.
 */
final class RateLimiter {

    private final double perSecond;

    private final int burst;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final LongSupplier nanoTime;

    RateLimiter(double perSecond, int burst) {
        this(perSecond, burst, System::nanoTime);
    }

    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a request from the key's bucket: 0 when it may go, else the seconds until it may. */
    long acquire(String key) {
        long now = this.nanoTime.getAsLong();
        return this.buckets
                .computeIfAbsent(key, k -> new Bucket(this.burst, now))
                .take(this.perSecond, this.burst, now);
    }

    /** Seconds until the key's bucket has a request to give, without taking one: 0 when it has one now. */
    long waiting(String key) {
        Bucket bucket = this.buckets.get(key);
        return bucket == null ? 0 : bucket.waiting(this.perSecond, this.burst, this.nanoTime.getAsLong());
    }

    private static final class Bucket {

        private double tokens;

        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take(double perSecond, int burst, long now) {
            this.tokens = Math.min(burst, this.tokens + (now - this.at) / 1e9 * perSecond);
            this.at = now;
            if (this.tokens >= 1) {
                this.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - this.tokens) / perSecond);
        }

        synchronized long waiting(double perSecond, int burst, long now) {
            double tokens = Math.min(burst, this.tokens + (now - this.at) / 1e9 * perSecond);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}

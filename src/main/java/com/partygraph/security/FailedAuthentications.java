package com.partygraph.security;

/**
 * Wrong keys presented per client address, over the REST API and the console's sign-in alike: past the allowance a
 * client is cooling down, and during that only keys verified within the last minute are let in (from memory), so
 * that guessing keys costs the server neither a lookup nor a hash check. Thread-safe.
 */
final class FailedAuthentications {

    private final RateLimiter allowance;

    FailedAuthentications(double perSecond, int burst) {
        this.allowance = new RateLimiter(perSecond, burst);
    }

    /** Seconds the client must wait before a key of its is looked up again; 0 when it need not. */
    long cooling(String client) {
        return this.allowance.waiting(client);
    }

    /** The client presented a wrong key. */
    void failed(String client) {
        this.allowance.acquire(client);
    }
}

package com.partygraph.security;

import java.util.Optional;

/**
 * Wrong keys presented per client address, over the REST API and the console's sign-in alike: past the allowance a
 * client is cooling down, and during that only keys verified within the last minute are let in (from memory), so
 * that guessing keys costs the server neither a lookup nor a hash check. Thread-safe.
 */
final class FailedAuthentications {

    private final ApiKeys keys;

    private final RateLimiter allowance;

    FailedAuthentications(ApiKeys keys, double perSecond, int burst) {
        this.keys = keys;
        this.allowance = new RateLimiter(perSecond, burst);
    }

    /**
     * What a key presented by a client comes to.
     *
     * @param caller the key's caller; empty when it is not let in
     * @param coolingSeconds when not let in because the client presented too many wrong keys, the seconds to wait;
     * 0 when the key itself is wrong
     */
    record Attempt(Optional<Caller> caller, long coolingSeconds) {}

    /** Checks the key a client presents, counting a wrong one against the client. */
    Attempt authenticate(String presented, String client) {
        long cooling = this.allowance.waiting(client);
        if (cooling > 0) {
            Optional<Caller> remembered = this.keys.remembered(presented);
            return new Attempt(remembered, remembered.isPresent() ? 0 : cooling);
        }
        Optional<Caller> caller = this.keys.authenticate(presented);
        if (caller.isEmpty()) {
            this.allowance.acquire(client);
        }
        return new Attempt(caller, 0);
    }
}

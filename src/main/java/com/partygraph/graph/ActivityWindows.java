package com.partygraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.query.active-within} and {@code dormant-within}: how recent a party's last activity
 * must be for it to count as active or dormant (else inactive), the one rule that search, the 360 and
 * the connectors share.
 *
 * @param activeWithin a party whose last activity is this recent is {@code active}
 * @param dormantWithin else, this recent is {@code dormant}; older (or none) is {@code inactive}
 */
@ConfigurationProperties("partygraph.query")
public record ActivityWindows(
        @DefaultValue("90d") Duration activeWithin,
        @DefaultValue("365d") Duration dormantWithin) {

    /** The stage of a party whose last activity was at {@code lastActivity} (null when it has none). */
    public String stage(Instant lastActivity, Instant now) {
        if (lastActivity == null) {
            return "inactive";
        }
        Duration since = Duration.between(lastActivity, now);
        return since.compareTo(this.activeWithin) <= 0
                ? "active"
                : since.compareTo(this.dormantWithin) <= 0 ? "dormant" : "inactive";
    }

    /** The earliest last activity of an active party, seen at {@code now}. */
    public ZonedDateTime activeSince(ZonedDateTime now) {
        return now.minus(this.activeWithin);
    }

    /** The earliest last activity of a dormant party, seen at {@code now}. */
    public ZonedDateTime dormantSince(ZonedDateTime now) {
        return now.minus(this.dormantWithin);
    }
}

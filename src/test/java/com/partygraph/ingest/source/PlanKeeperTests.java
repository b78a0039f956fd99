package com.partygraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.ingest.write.BatchResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * When the plans are made ahead: once the sources went quiet after writing, and once more when the plans their
 * writes made may have gone stale; never while a batch is written, never for nothing.
 */
class PlanKeeperTests {

    private static final Duration REPLAN = Duration.ofSeconds(10);

    private final SourceStatus status = new SourceStatus("demo", new SimpleMeterRegistry());

    private final AtomicInteger warmUps = new AtomicInteger();

    private long now;

    private final PlanKeeper keeper =
            new PlanKeeper(() -> List.of(this.status), this.warmUps::incrementAndGet, REPLAN, () -> this.now);

    @Test
    void quietSourcesThatNeverWroteAreLeftAlone() {
        for (int second = 0; second < 60; second++) {
            tickAt(second);
        }

        assertThat(this.warmUps).hasValue(0);
    }

    @Test
    void afterWritesThePlansAreMadeOnceQuietAndOnceMoreWhenTheyMayBeStale() {
        tickAt(0);
        write(5);
        tickAt(1); // the writes are seen
        tickAt(2); // quiet: plans what the writes did not use

        assertThat(this.warmUps).as("right after the writes").hasValue(1);

        for (int second = 3; second <= 11; second++) {
            tickAt(second);
        }
        assertThat(this.warmUps).as("before the plans may be stale").hasValue(1);

        tickAt(12); // more than the replan interval after the writes were last seen
        assertThat(this.warmUps).as("made again once they may be stale").hasValue(2);

        for (int second = 13; second < 120; second++) {
            tickAt(second);
        }
        assertThat(this.warmUps).as("nothing written since: nothing more").hasValue(2);
    }

    @Test
    void nothingIsPlannedWhileABatchIsBeingWritten() {
        tickAt(0);
        this.status.writing(true);
        for (int second = 1; second <= 30; second++) {
            tickAt(second);
        }
        assertThat(this.warmUps).as("one long batch").hasValue(0);

        this.status.writing(false);
        write(2_000);
        tickAt(31);
        tickAt(32);
        assertThat(this.warmUps).hasValue(1);
    }

    @Test
    void aSnapshotIsNotQuietBetweenItsBatches() {
        tickAt(0);
        this.status.snapshotStarting(91);
        for (int second = 1; second <= 30; second++) {
            if (second % 5 == 0) {
                write(10); // a table read, then a pause while the next one begins
            }
            tickAt(second);
        }
        assertThat(this.warmUps).as("during the snapshot").hasValue(0);

        this.status.snapshotFinished();
        tickAt(31);
        assertThat(this.warmUps).as("once it is over").hasValue(1);
    }

    @Test
    void writesBetweenTheTwoRunsStartOver() {
        tickAt(0);
        write(1);
        tickAt(1);
        tickAt(2);
        write(1);
        tickAt(8);
        tickAt(9);

        assertThat(this.warmUps).as("each quiet spell after writes").hasValue(2);

        tickAt(18);
        assertThat(this.warmUps).as("stale only 10 s after the last writes").hasValue(2);
        tickAt(19);
        assertThat(this.warmUps).hasValue(3);
    }

    private void write(int changes) {
        this.status.recorded(new BatchResult(changes, 0, 0, 0, 0), 0, null);
    }

    private void tickAt(int second) {
        this.now = Duration.ofSeconds(second).toNanos();
        this.keeper.tick();
    }
}

package com.partygraph.ingest.write;

/**
 * What one batch of changes did.
 *
 * @param applied changes written to the graph
 * @param skipped changes at or below the watermark, or bringing a row exactly as its record holds it
 *     under the same mapping (replays)
 * @param errors changes stored as sync errors
 * @param pending records still waiting for rows they refer to
 * @param resolved earlier pending records completed by this batch
 */
public record BatchResult(int applied, int skipped, int errors, int pending, int resolved) {

    BatchResult plus(BatchResult other) {
        return new BatchResult(
                this.applied + other.applied,
                this.skipped + other.skipped,
                this.errors + other.errors,
                this.pending + other.pending,
                this.resolved + other.resolved);
    }

    public static final BatchResult NONE = new BatchResult(0, 0, 0, 0, 0);
}

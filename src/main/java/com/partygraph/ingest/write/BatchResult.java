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
 * @param alone changes written one at a time because the graph rejected the part of the batch they were written
 *     in: a safety net that should stay rare, counted in the ingestion status
 */
public record BatchResult(int applied, int skipped, int errors, int pending, int resolved, int alone) {

    public BatchResult(int applied, int skipped, int errors, int pending, int resolved) {
        this(applied, skipped, errors, pending, resolved, 0);
    }

    /** Both results summed. */
    public BatchResult plus(BatchResult other) {
        return new BatchResult(
                this.applied + other.applied,
                this.skipped + other.skipped,
                this.errors + other.errors,
                this.pending + other.pending,
                this.resolved + other.resolved,
                this.alone + other.alone);
    }

    public static final BatchResult NONE = new BatchResult(0, 0, 0, 0, 0);
}

package com.partygraph.ingest.source;

/** A source database that cannot be reached now; ingestion retries it rather than giving up. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

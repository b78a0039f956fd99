package com.partygraph.ingest.mapping;

/** A row that cannot be mapped; the message says why, for a person to read. */
public class UnmappableRowException extends Exception {

    UnmappableRowException(String reason) {
        super(reason, null, false, false);
    }
}

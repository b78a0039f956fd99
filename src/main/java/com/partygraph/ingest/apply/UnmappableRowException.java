package com.partygraph.ingest.apply;

/** A row that cannot be mapped; the message says why, for a person to read. */
class UnmappableRowException extends Exception {

	UnmappableRowException(String reason) {
		super(reason, null, false, false);
	}

}

package com.partygraph.web;

/**
 * The request is well formed but the state of what it names does not allow it (merging into a merged party,
 * unmerging twice, accepting a rejected suggestion); answered with 409 and the reason.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}

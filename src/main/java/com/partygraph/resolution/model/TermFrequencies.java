package com.partygraph.resolution.model;

/** How common a value is among a tenant's records, for frequency-adjusted levels. */
public interface TermFrequencies {

	/** No frequencies known: every level keeps its u. */
	TermFrequencies NONE = (comparison, value) -> Double.NaN;

	/**
	 * The share of records holding the value for the comparison, or NaN when there are too few records
	 * to say.
	 */
	double share(String comparison, String value);

}

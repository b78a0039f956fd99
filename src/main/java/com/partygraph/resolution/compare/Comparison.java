package com.partygraph.resolution.compare;

import java.util.List;

import com.partygraph.resolution.features.Features;

/**
 * One feature compared at graded levels, best first and "different" last. Implementations are small,
 * stateless and thread-safe.
 */
public interface Comparison {

	/** The feature's name in explanations and in the model settings ({@code givenName}). */
	String name();

	/** The level names, best first; the last one is the disagreement level. */
	List<String> levels();

	/** Whether the weight of the first level depends on how common the shared value is. */
	default boolean frequencyAdjusted() {
		return false;
	}

	/** Whether the "different" level is a hard conflict: two records of one party almost never land on it. */
	default boolean hardConflict() {
		return false;
	}

	Compared compare(Features a, Features b);

}

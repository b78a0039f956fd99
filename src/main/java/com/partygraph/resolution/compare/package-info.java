/**
 * Comparing two records feature by feature: each {@link com.partygraph.resolution.compare.Comparison}
 * puts a pair on one of its ordered levels (exact, close, …, different) or says a value is missing.
 */
package com.partygraph.resolution.compare;

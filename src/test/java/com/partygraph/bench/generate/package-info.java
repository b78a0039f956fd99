/**
 * Synthetic data for the demo schema at any scale, with a ground-truth file saying which rows are
 * the same real person or company: for benchmarks and for evaluating resolution.
 */
package com.partygraph.bench.generate;

/**
 * Estimating a match model from a tenant's own records, as the best probabilistic linkers do: u
 * probabilities from random pairs, m probabilities by expectation–maximisation over blocked pairs.
 */
package com.partygraph.resolution.estimate;

/**
 * The match model: each comparison level's m and u probabilities and the prior, read from a settings
 * document a person can read ({@code resolution/model.yaml}), scoring with explanations, and estimating
 * the parameters from the data without labels.
 */
package com.partygraph.resolution.model;

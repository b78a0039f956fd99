/**
 * Measuring resolution against a ground truth: pairwise precision, recall and F1 of the clusters it made,
 * and how alike two clusterings of the same records are.
 */
package com.partygraph.resolution.evaluate;

/**
 * A record's comparable values ({@link com.partygraph.resolution.features.Features}), built once from
 * what it says and kept by the candidate index; immutable.
 */
package com.partygraph.resolution.features;

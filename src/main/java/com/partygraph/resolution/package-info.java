/**
 * Entity resolution: which source records are one real party ({@link com.partygraph.resolution.Resolver}:
 * normalization, blocking, scoring, decisions) and what the party then says of itself
 * ({@code survive}: survivorship with provenance).
 */
package com.partygraph.resolution;

/**
 * Entity resolution: which source records are one real party ({@link com.partygraph.resolution.Resolver}:
 * normalization, blocking, scoring, decisions) and what the party then says of itself
 * ({@code survive}: survivorship with provenance).
 */
@ApplicationModule(
        displayName = "Resolution",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem", "security"})
package com.partygraph.resolution;

import org.springframework.modulith.ApplicationModule;

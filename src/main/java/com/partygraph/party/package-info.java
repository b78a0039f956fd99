/**
 * Parties as the API sees them: steward entry, lookup with roles, source records and relationships,
 * search by name, email or phone, typed relationships between parties, and the role catalog.
 */
@ApplicationModule(
        displayName = "Parties",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem", "resolution", "security"})
package com.partygraph.party;

import org.springframework.modulith.ApplicationModule;

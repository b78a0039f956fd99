/**
 * The steward console at {@code /console/}: server-rendered pages (Thymeleaf, htmx for partial updates) for the
 * party directory and the party page, calling the same services as the REST API. Sign-in and the rules of who
 * sees what are {@code security}'s.
 */
@ApplicationModule(
        displayName = "Steward console",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "party", "problem", "query", "resolution", "security", "steward"})
package com.partygraph.console;

import org.springframework.modulith.ApplicationModule;

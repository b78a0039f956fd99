/**
 * The steward console at {@code /console/}: server-rendered pages (Thymeleaf, htmx for partial updates) — the
 * party directory, the party page with a steward's actions, the review queue, the network picture and the
 * operations view — calling the same services as the REST API. Sign-in and the rules of who sees what are
 * {@code security}'s.
 */
@ApplicationModule(
        displayName = "Steward console",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "ingest", "party", "problem", "query", "resolution", "security", "steward"})
package com.partygraph.console;

import org.springframework.modulith.ApplicationModule;

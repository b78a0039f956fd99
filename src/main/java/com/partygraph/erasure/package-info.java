/**
 * Erasure of personal data: a party's on request ({@code POST /api/v1/parties/{id}/erasure}), and deleted
 * source records' raw rows once their retention has passed.
 */
@ApplicationModule(
        displayName = "Erasure",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "party", "problem", "resolution", "security", "steward"})
package com.partygraph.erasure;

import org.springframework.modulith.ApplicationModule;

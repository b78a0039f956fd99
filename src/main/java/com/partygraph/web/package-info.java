/**
 * What every REST endpoint shares: the caller's tenant, RFC 9457 problem details for every error,
 * and the OpenAPI description.
 */
@ApplicationModule(
        displayName = "Web",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem", "security"})
package com.partygraph.web;

import org.springframework.modulith.ApplicationModule;

/**
 * Who calls: API keys per tenant with a role ({@link com.partygraph.security.ApiRole}), stored hashed in
 * the graph and checked on every request through Spring Security; the caller's tenant comes from the key.
 * Also the limits every caller meets: request body size and a request rate per key.
 */
@ApplicationModule(
        displayName = "Security",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "problem"})
package com.partygraph.security;

import org.springframework.modulith.ApplicationModule;

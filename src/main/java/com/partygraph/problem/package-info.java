/**
 * What a failed request is answered with, shared by every module: the exceptions a module throws when a
 * named thing is missing, a change conflicts or input is wrong (answered 404, 409, 400), and the writer of
 * {@code application/problem+json} bodies for answers given outside a controller. Depends on no module.
 */
@ApplicationModule(
        displayName = "Problems",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package com.partygraph.problem;

import org.springframework.modulith.ApplicationModule;

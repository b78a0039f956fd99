/** The resolution evaluation: a source read through its mapping, resolved in memory, compared with a ground truth. */
@ApplicationModule(
        displayName = "Evaluation",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph", "ingest", "resolution"})
package com.partygraph.evaluate;

import org.springframework.modulith.ApplicationModule;

/** Neo4j Browser, served by the application and pointed at the graph the application uses. */
@ApplicationModule(
        displayName = "Browser",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"graph"})
package com.partygraph.browser;

import org.springframework.modulith.ApplicationModule;

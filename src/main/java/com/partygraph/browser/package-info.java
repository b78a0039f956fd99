/** Neo4j Browser, served by the application and pointed at the graph the application uses. */
package com.partygraph.browser;

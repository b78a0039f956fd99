package com.partygraph.graph.neo4j;

import java.net.URI;

/**
 * Where clients such as Neo4j Browser reach the graph the application uses.
 *
 * @param uri Bolt or neo4j URI
 * @param authenticated whether the server asks for credentials
 */
public record BoltEndpoint(URI uri, boolean authenticated) {}

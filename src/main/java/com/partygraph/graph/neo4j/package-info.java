/**
 * How PartyGraph reaches Neo4j: an embedded database with a Bolt connector by default, or an
 * external server or cluster when {@code partygraph.neo4j.uri} is set; plus the named Cypher
 * statements loaded from {@code cypher/queries/}.
 */
package com.partygraph.graph.neo4j;

package com.partygraph;

import com.partygraph.support.Harness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** External mode against a Neo4j started by neo4j-harness: runs everywhere, no Docker needed. */
class ExternalNeo4jIT extends AbstractExternalNeo4jTests {

	private static Harness harness;

	@BeforeAll
	static void startNeo4j() {
		harness = new Harness();
	}

	@AfterAll
	static void stopNeo4j() {
		harness.close();
	}

	@Override
	String boltUri() {
		return harness.neo4j().boltURI().toString();
	}

	@Override
	String password() {
		// The harness runs without authentication and accepts any credentials.
		return "unused-secret";
	}

}

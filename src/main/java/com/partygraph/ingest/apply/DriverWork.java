package com.partygraph.ingest.apply;

import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;

/** {@link GraphWork} over the Java driver; the driver retries transient failures. */
public final class DriverWork implements GraphWork {

	private final Driver driver;

	public DriverWork(Driver driver) {
		this.driver = driver;
	}

	@Override
	public <T> T write(Function<Cypher, T> work) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> work
				.apply((statement, parameters) -> tx.run(statement, parameters).list(row -> Values.value(row.asMap(v -> v)))));
		}
		catch (ClientException ex) {
			throw new Rejected(ex.getMessage(), ex);
		}
	}

}

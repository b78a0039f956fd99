package com.partygraph.ingest.apply;

import java.nio.file.Path;
import java.util.Set;

import com.partygraph.graph.schema.SchemaMigrations;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.support.Harness;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo mapping applied in-process to a migrated neo4j-harness database, for one test class:
 * register it as a static {@code @RegisterExtension} field.
 */
final class DemoApplier implements BeforeAllCallback, AfterAllCallback {

	private final Harness harness = new Harness();

	private final Set<String> roles;

	private EmbeddedWork work;

	private ChangeApplier applier;

	/** @param roles the role codes the demo rows may give */
	DemoApplier(Set<String> roles) {
		this.roles = roles;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.harness.beforeAll(context);
		new SchemaMigrations(this.harness.driver(), this.harness.queries()).apply();
		this.work = new EmbeddedWork(this.harness.neo4j().defaultDatabaseService());
		this.applier = new ChangeApplier(this.work, this.harness.queries(),
				MappingLoader.load(Path.of("import/mapping.yaml")), this.roles, RowNormalizersForTests.normalizers());
	}

	@Override
	public void afterAll(ExtensionContext context) throws InterruptedException {
		this.work.close();
		this.harness.afterAll(context);
	}

	Harness harness() {
		return this.harness;
	}

	EmbeddedWork work() {
		return this.work;
	}

	ChangeApplier applier() {
		return this.applier;
	}

}

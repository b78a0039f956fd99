package com.partygraph.ingest.write;

import com.partygraph.graph.schema.SchemaMigrations;
import com.partygraph.ingest.mapping.MappingLoader;
import com.partygraph.ingest.mapping.RowNormalizersForTests;
import com.partygraph.resolution.Resolver;
import com.partygraph.support.Harness;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo mapping (or another) applied in-process to a migrated neo4j-harness database, for one test
 * class: register it as a static {@code @RegisterExtension} field.
 */
final class DemoApplier implements BeforeAllCallback, AfterAllCallback {

    private final Harness harness = new Harness();

    private final Set<String> roles;

    private final Path mapping;

    private EmbeddedWork work;

    private ChangeApplier applier;

    private Resolver resolver;

    /** @param roles the role codes the demo rows may give */
    DemoApplier(Set<String> roles) {
        this(Path.of("import/mapping.yaml"), roles);
    }

    /** Another mapping than the demo's; @param roles the role codes its rows may give */
    DemoApplier(Path mapping, Set<String> roles) {
        this.mapping = mapping;
        this.roles = roles;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        this.harness.beforeAll(context);
        new SchemaMigrations(this.harness.driver(), this.harness.queries()).apply();
        this.work = new EmbeddedWork(this.harness.neo4j().defaultDatabaseService());
        this.resolver = RowNormalizersForTests.resolver(this.harness.driver(), this.harness.queries());
        this.applier = new ChangeApplier(
                this.work,
                this.harness.queries(),
                MappingLoader.load(this.mapping),
                this.roles,
                RowNormalizersForTests.normalizers(),
                this.resolver);
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

    /** The one resolution engine of this database: another applier on it must share it. */
    Resolver resolver() {
        return this.resolver;
    }
}

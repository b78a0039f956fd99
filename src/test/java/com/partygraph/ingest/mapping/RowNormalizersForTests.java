package com.partygraph.ingest.mapping;

import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.GraphTenantRecords;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import com.partygraph.resolution.ResolutionSettings;
import com.partygraph.resolution.Resolver;
import org.neo4j.driver.Driver;

/** The normalizers and resolver as the application configures them by default, for tests without Spring. */
public final class RowNormalizersForTests {

    private RowNormalizersForTests() {}

    public static RowInterpreter.Normalizers normalizers() {
        return new RowInterpreter.Normalizers(
                new EmailNormalizer(),
                new PhoneNormalizer(ResolutionSettings.defaults("US")),
                new DomainNormalizer(),
                new NameNormalizer());
    }

    /** The resolution engine as the application configures it by default, its records read from the graph. */
    public static Resolver resolver(Driver driver, CypherQueries queries) {
        return new Resolver(ResolutionSettings.defaults("US"), new GraphTenantRecords(driver, queries));
    }
}

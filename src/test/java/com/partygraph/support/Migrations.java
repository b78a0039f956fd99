package com.partygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What the build ships in cypher/migrations/. */
public final class Migrations {

    private Migrations() {}

    public static int count() {
        try {
            return new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:cypher/migrations/V*.cypher")
                    .length;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

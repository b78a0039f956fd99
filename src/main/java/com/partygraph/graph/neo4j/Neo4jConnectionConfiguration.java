package com.partygraph.graph.neo4j;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the graph: an embedded database unless {@code partygraph.neo4j.uri} names an external one.
 * Either way it only provides {@link Neo4jConnectionDetails}; Spring Boot builds the driver, the
 * transaction manager and the Neo4j health indicator from them.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConnectionConfiguration {

    private static final String URI_PROPERTY = "partygraph.neo4j.uri";

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings) {
            return new EmbeddedNeo4j(settings.embedded());
        }

        // Depends on the embedded database, so the driver is created after it starts and closed before it stops.
        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
            return new Details(neo4j.boltUri(), neo4j.applicationCredentials());
        }

        @Bean
        BoltEndpoint boltEndpoint(EmbeddedNeo4j neo4j) {
            return new BoltEndpoint(neo4j.boltUri(), true);
        }

        @Bean
        MeterBinder pageCacheMetrics(EmbeddedNeo4j neo4j) {
            return new PageCacheMetrics(neo4j);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalCondition.class)
    static class External {

        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(Neo4jSettings settings) {
            AuthToken auth = StringUtils.hasText(settings.password())
                    ? AuthTokens.basic(settings.username(), settings.password())
                    : AuthTokens.none();
            return new Details(settings.uri(), auth);
        }

        @Bean
        BoltEndpoint boltEndpoint(Neo4jSettings settings) {
            return new BoltEndpoint(settings.uri(), StringUtils.hasText(settings.password()));
        }
    }

    private record Details(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {}

    static class EmbeddedCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
        }
    }

    static class ExternalCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
        }
    }
}

package com.partygraph.security;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.graph.schema.SchemaMigrations;
import com.partygraph.problem.Problems;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every endpoint needs a key but health, the OpenAPI document and Neo4j Browser's page (Browser asks for
 * the database's own password). Reading needs {@code reader}; writing ({@code POST}) needs
 * {@code steward}; key management needs {@code admin} (of the key's tenant); ingestion control and the
 * actuator's other endpoints need {@code operator}. A missing, wrong or revoked key is a 401 problem, a role that does not allow the call a
 * 403 problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/browser",
        "/browser/**",
        "/error"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // After the migrations: keys are looked up by a constrained id.
    @Bean
    ApiKeys apiKeys(Graph graph, PasswordEncoder encoder, SecuritySettings settings, SchemaMigrations migrations) {
        ApiKeys keys = new ApiKeys(graph, encoder);
        Tenant tenant = Tenant.named(settings.operatorTenant());
        if (settings.configuredOperatorKey() != null) {
            keys.accept(settings.configuredOperatorKey(), tenant, ApiRole.OPERATOR, "configured operator key");
        } else if (!keys.anyOperator()) {
            var created = keys.create(tenant, ApiRole.OPERATOR, "first operator key", "first start");
            log.warn("""

					================================================================================
					 First start: an operator API key was made. It is shown this once; keep it.
					   Authorization: Bearer {}
					 Tenant {} (an operator key works on any tenant with X-Tenant-Id).
					 Make each tenant's admin, steward and reader keys with POST /api/v1/keys.
					================================================================================""", created.key(), tenant.id());
        }
        return keys;
    }

    @Bean
    FailedAuthentications failedAuthentications(ApiKeys keys, SecuritySettings settings) {
        return new FailedAuthentications(
                keys, settings.failedAuthenticationsPerSecond(), settings.failedAuthenticationBurst());
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ApiRole.OPERATOR.name())
                .implies(ApiRole.ADMIN.name())
                .role(ApiRole.ADMIN.name())
                .implies(ApiRole.STEWARD.name())
                .role(ApiRole.STEWARD.name())
                .implies(ApiRole.READER.name())
                .build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, ex) ->
                Problems.write(request, response, HttpStatus.BAD_REQUEST, Problems.refusal(ex.getMessage()));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, FailedAuthentications failures)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new ApiKeyFilter(new RateLimiter(settings.requestsPerSecond(), settings.burst()), failures),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, ex) -> ApiKeyFilter.unauthorized(
                                        request, response, "This call needs an API key: Authorization: Bearer <key>"))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "This key's role does not allow " + request.getMethod() + " "
                                        + request.getRequestURI())))
                // An async or error dispatch continues a request that was let in already (a streamed answer, an error
                // page).
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                                .permitAll()
                                .requestMatchers(OPEN)
                                .permitAll()
                                .requestMatchers("/api/v1/ingestion", "/api/v1/ingestion/**", "/actuator/**")
                                .hasRole(ApiRole.OPERATOR.name())
                                .requestMatchers("/api/v1/keys", "/api/v1/keys/**")
                                .hasRole(ApiRole.ADMIN.name())
                                .requestMatchers(HttpMethod.GET, "/api/v1/**")
                                .hasRole(ApiRole.READER.name())
                                .requestMatchers("/api/v1/**")
                                .hasRole(ApiRole.STEWARD.name())
                                .anyRequest()
                                .authenticated());
        return http.build();
    }
}

package com.partygraph.security;

import com.partygraph.graph.Tenant;
import com.partygraph.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's door: sign-in with an API key on a page, the signed-in key kept in the server-side session (never
 * the key itself, never in a URL), CSRF tokens on every change, sign-out. The same keys, roles and tenant rules as
 * the REST API: a key works on its own tenant, an operator key may pick another at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ApiKeys keys, FailedAuthentications failures) throws Exception {
        http.securityMatcher("/console", "/console/**", "/webjars/**")
                .authenticationManager(new ProviderManager(List.of(new KeyProvider(failures))))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/console/sign-in", "/console/assets/**", "/webjars/**")
                                .permitAll()
                                .requestMatchers("/console/operator/**")
                                .hasRole(ApiRole.OPERATOR.name())
                                .requestMatchers("/console/steward/**")
                                .hasRole(ApiRole.STEWARD.name())
                                .anyRequest()
                                .hasRole(ApiRole.READER.name()))
                .formLogin(form -> form.loginPage("/console/sign-in")
                        .loginProcessingUrl("/console/sign-in")
                        .usernameParameter("tenant")
                        .passwordParameter("key")
                        .defaultSuccessUrl("/console/", true)
                        .failureUrl("/console/sign-in?refused"))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl("/console/sign-in?out"))
                .addFilterAfter(new LiveKeys(keys), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Ends a console session whose key was revoked (or deleted) since sign-in: the REST API refuses it too. */
    static final class LiveKeys extends OncePerRequestFilter {

        private final ApiKeys keys;

        LiveKeys(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication signed = SecurityContextHolder.getContext().getAuthentication();
            if (signed instanceof Signed user
                    && !this.keys.live(user.getPrincipal().caller().keyId())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/console/sign-in?revoked");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Checks a key given on the sign-in page: the tenant field is for an operator key only. */
    static final class KeyProvider implements AuthenticationProvider {

        private final FailedAuthentications failures;

        KeyProvider(FailedAuthentications failures) {
            this.failures = failures;
        }

        @Override
        public Authentication authenticate(Authentication given) {
            String key = String.valueOf(given.getCredentials()).strip();
            String client = given.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress()
                    : "unknown";
            FailedAuthentications.Attempt attempt;
            try {
                attempt = this.failures.authenticate(key, client);
            } catch (ServiceUnavailableException | SessionExpiredException ex) {
                // The sign-in page says so, as the REST API answers 503.
                throw new AuthenticationServiceException(Problems.GRAPH_UNAVAILABLE, ex);
            }
            if (attempt.coolingSeconds() > 0) {
                throw new BadCredentialsException(
                        "Too many wrong keys from this address; try again in " + attempt.coolingSeconds() + " s");
            }
            Caller caller = attempt.caller()
                    .orElseThrow(() -> new BadCredentialsException("The API key is not valid, or was revoked"));
            String picked = given.getName() == null ? "" : given.getName().strip();
            Tenant tenant = caller.tenant();
            if (StringUtils.hasText(picked) && !picked.equals(caller.tenant().id())) {
                if (caller.role() != ApiRole.OPERATOR) {
                    throw new BadCredentialsException("Only an operator key may work on another tenant");
                }
                try {
                    tenant = Tenant.named(picked);
                } catch (IllegalArgumentException ex) {
                    throw new BadCredentialsException("'" + picked + "' is not a tenant name");
                }
            }
            return new Signed(new ConsoleUser(caller, tenant));
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }

    /** A signed-in console user; holds no credentials. */
    static final class Signed extends AbstractAuthenticationToken {

        private final ConsoleUser user;

        Signed(ConsoleUser user) {
            super(AuthorityUtils.createAuthorityList(user.caller().role().authority()));
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ConsoleUser getPrincipal() {
            return this.user;
        }
    }
}

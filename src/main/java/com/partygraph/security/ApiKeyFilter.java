package com.partygraph.security;

import com.partygraph.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key of a request ({@code Authorization: Bearer <key>}): a live key makes the request its
 * caller's, within the key's rate; a wrong or revoked key is a 401 at once, whatever the path. A request
 * without a key goes on unauthenticated, and only the open paths (health, OpenAPI, Browser) answer it.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private static final String BEARER = "Bearer ";

    private final RateLimiter limiter;

    private final FailedAuthentications failures;

    /**
     * @param limiter requests per key
     * @param failures wrong keys per client address: past the allowance only keys verified within the last minute
     * are let in (from memory), every other key is a 429 without a lookup
     */
    ApiKeyFilter(RateLimiter limiter, FailedAuthentications failures) {
        this.limiter = limiter;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> given = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        if (given.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (given.size() > 1) {
            Problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "The Authorization header is given " + given.size() + " times; give it once");
            return;
        }
        String value = given.get(0);
        if (!value.regionMatches(true, 0, BEARER, 0, BEARER.length()) || value.length() == BEARER.length()) {
            unauthorized(request, response, "Authorization must be 'Bearer <API key>'");
            return;
        }
        String presented = value.substring(BEARER.length()).strip();
        FailedAuthentications.Attempt attempt;
        try {
            attempt = this.failures.authenticate(presented, request.getRemoteAddr());
        } catch (ServiceUnavailableException | SessionExpiredException ex) {
            // The key cannot be looked up while the graph is unreachable: the caller is asked to come back.
            log.warn("A key could not be verified, the graph is unreachable: {}", ex.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.GRAPH_RETRY_SECONDS));
            Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Problems.GRAPH_UNAVAILABLE);
            return;
        }
        var caller = attempt.caller();
        if (attempt.coolingSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(attempt.coolingSeconds()));
            Problems.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed authentications from this address; try again in " + attempt.coolingSeconds()
                            + " s");
            return;
        }
        if (caller.isEmpty()) {
            unauthorized(request, response, "The API key is not valid, or was revoked");
            return;
        }
        long wait = this.limiter.acquire(caller.get().keyId());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            Problems.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests with this key; try again in " + wait + " s");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    /** An authenticated caller, with its role as authority. */
    static final class CallerAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;

        CallerAuthentication(Caller caller) {
            super(AuthorityUtils.createAuthorityList(caller.role().authority()));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Caller getPrincipal() {
            return this.caller;
        }
    }
}

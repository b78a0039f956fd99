package com.partygraph.support;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running application, as a caller sees it: status, content type and
 * JSON body, with no exception for error statuses. It calls with the test suite's operator key
 * ({@link #OPERATOR_KEY}, acting on the tenant each call names) unless told to use another key or none.
 */
public final class Api {

    /** The operator key the test suite's configuration (src/test/resources/config/application.yaml) accepts. */
    public static final String OPERATOR_KEY = "pg_test-suite-admin-key-0123456789";

    /** The tenant the operator key belongs to (the configuration's default). */
    public static final String OPERATOR_TENANT = "business-1";

    private final RestClient client;

    private final String base;

    private final String key;

    private final JsonMapper json = JsonMapper.builder().build();

    public Api(int port) {
        this(port, OPERATOR_KEY);
    }

    private Api(int port, String key) {
        this.key = key;
        this.base = "http://localhost:" + port;
        // Redirects are part of what the tests check, so they are never followed.
        var http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        this.client = RestClient.builder()
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(http))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    /** The same client calling with another key; null for none. */
    public Api as(String otherKey) {
        return new Api(java.net.URI.create(this.base).getPort(), otherKey);
    }

    public Response get(String tenant, String path) {
        return exchange(this.client.get().uri(uri(path)), tenant);
    }

    /** The body as text, for pages that are not JSON. */
    public String page(String path) {
        return this.client.get().uri(uri(path)).retrieve().body(String.class);
    }

    /** The body as text, with the tenant header: for streams that are not one JSON document (NDJSON, CSV). */
    public String text(String tenant, String path) {
        return this.client
                .get()
                .uri(uri(path))
                .header("X-Tenant-Id", tenant)
                .header("Authorization", "Bearer " + this.key)
                .retrieve()
                .body(String.class);
    }

    public Response delete(String tenant, String path) {
        return exchange(this.client.delete().uri(uri(path)), tenant);
    }

    public Response patch(String tenant, String path, String jsonBody) {
        return exchange(
                this.client
                        .patch()
                        .uri(uri(path))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(jsonBody),
                tenant);
    }

    public Response post(String tenant, String path, String jsonBody) {
        return exchange(
                this.client
                        .post()
                        .uri(uri(path))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(jsonBody),
                tenant);
    }

    // Paths are written already encoded, as a caller would send them.
    private java.net.URI uri(String path) {
        return java.net.URI.create(this.base + path);
    }

    private Response exchange(RestClient.RequestHeadersSpec<?> request, String tenant) {
        if (tenant != null) {
            request.header("X-Tenant-Id", tenant);
        }
        if (this.key != null) {
            request.header("Authorization", "Bearer " + this.key);
        }
        return request.exchange(
                (req, res) -> {
                    String body = new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    MediaType type = res.getHeaders().getContentType();
                    return new Response(
                            res.getStatusCode().value(),
                            type == null ? null : type.toString(),
                            body.isEmpty() || type == null || !type.getSubtype().contains("json")
                                    ? null
                                    : this.json.readTree(body),
                            res.getHeaders().getFirst("Location"),
                            res.getHeaders().getFirst("Retry-After"));
                },
                false);
    }

    /** What came back. */
    public record Response(int status, String contentType, JsonNode body, String location, String retryAfter) {

        public String text(String jsonPointer) {
            return this.body.at(jsonPointer).asString();
        }
    }
}

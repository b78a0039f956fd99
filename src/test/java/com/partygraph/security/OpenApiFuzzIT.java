package com.partygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.support.Api;
import com.partygraph.support.EmbeddedApplicationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * REST fuzzing driven by the OpenAPI document: every operation, every path and query parameter and a body, filled
 * with generated hostile values (jqwik's generators: any Unicode, control and direction characters, huge and
 * negative numbers, injection-looking text, deep JSON, another tenant's ids), sent with the admin keys of two
 * tenants. Every answer is below 500, every error is problem+json, and no answer to one tenant's key carries the
 * other tenant's party. A fixed seed makes a failure repeatable; the figures go to
 * {@code target/benchmarks/openapi-fuzz.txt}.
 */
@EmbeddedApplicationTest
class OpenApiFuzzIT {

    private static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 12);

    private static final long SEED = Long.getLong("fuzz.seed", 20261204L);

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyOperationAnswersHostileValuesWithA4xxProblemAndNothingOfTheOtherTenant() throws Exception {
        Api api = new Api(this.port);
        Tenant alpha = tenant(api, "Alphonse", "Secretalpha");
        Tenant bravo = tenant(api, "Bravissimo", "Secretbravo");
        JsonNode paths = api.as(null).get(null, "/v3/api-docs").body().get("paths");
        Random random = new Random(SEED);
        Iterator<String> hostile = values(bravo, alpha).sampleStream().iterator();

        int requests = 0;
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            JsonNode item = paths.get(path);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.get(method);
                for (int i = 0; i < PER_OPERATION; i++) {
                    for (Tenant[] pair : new Tenant[][] {{alpha, bravo}, {bravo, alpha}}) {
                        Tenant caller = pair[0];
                        Tenant other = pair[1];
                        String target = concrete(path, operation, hostile, random);
                        String body = random.nextInt(4) == 0 ? "" : json(hostile, random, 0);
                        HttpResponse<String> answer = send(method, target, body, caller.key());
                        requests++;
                        byStatus.merge(answer.statusCode(), 1, Integer::sum);
                        String type =
                                answer.headers().firstValue("Content-Type").orElse("");
                        String said = method.toUpperCase() + " " + target + " body " + abbreviate(body) + " -> "
                                + answer.statusCode() + " " + abbreviate(answer.body());
                        if (answer.statusCode() >= 500) {
                            failures.add("5xx: " + said);
                        } else if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                            failures.add("not problem+json (" + type + "): " + said);
                        }
                        // The other tenant's party named, or its id told when the request did not carry it.
                        boolean sentTheId = target.contains(other.partyId()) || body.contains(other.partyId());
                        if (answer.body().contains(other.marker())
                                || (!sentTheId && answer.body().contains(other.partyId()))) {
                            failures.add("the other tenant's party in the answer: " + said);
                        }
                    }
                }
            }
        }
        String figures = requests + " requests over " + paths.size() + " paths (seed " + SEED + ", "
                + PER_OPERATION + " per operation and tenant), answers by status: " + byStatus
                + System.lineSeparator() + failures.size() + " failures" + System.lineSeparator()
                + failures.stream().limit(50).collect(Collectors.joining(System.lineSeparator()));
        System.out.println(figures);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/openapi-fuzz.txt"), figures);
        assertThat(failures).as(figures).isEmpty();
    }

    /** A tenant with an admin key and one party whose name marks it. */
    private record Tenant(String id, String key, String partyId, String marker) {}

    private static Tenant tenant(Api api, String given, String family) {
        String id = "fuzz-" + UUID.randomUUID();
        String key = api.post(id, "/api/v1/keys", "{\"role\": \"admin\", \"name\": \"fuzz\"}")
                .text("/key");
        String party = api.as(key)
                .post(null, "/api/v1/parties", """
                        {"kind": "PERSON", "givenName": "%s", "familyName": "%s", "emails": ["%s@fuzz.example"]}""".formatted(given, family, family.toLowerCase()))
                .text("/party/id");
        return new Tenant(id, key, party, family);
    }

    // Hostile values: generated text of any Unicode, and the edge cases a careless or hostile caller sends.
    private static Arbitrary<String> values(Tenant bravo, Tenant alpha) {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> controls = Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .ofMinLength(1)
                .ofMaxLength(5);
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("-1", "0", "1e309", "NaN", "99999999999999999999999", "0x10", "1.5"));
        Arbitrary<String> edges = Arbitraries.of(
                "",
                " ",
                "%00",
                "../../etc/passwd",
                "' OR 1=1 --",
                "\" } RETURN 1 //",
                "$tenant",
                "{{7*7}}",
                "<script>alert(1)</script>",
                "\u202eevil",
                "\u200b",
                "😀🏳️‍🌈",
                "x".repeat(5_000),
                "true",
                "null",
                "2026-02-30",
                "business-1",
                "PERSON",
                "steward",
                "demo/contacts/1",
                UUID.randomUUID().toString(),
                bravo.partyId(),
                alpha.partyId());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, any),
                        net.jqwik.api.Tuple.of(1, controls),
                        net.jqwik.api.Tuple.of(2, numbers),
                        net.jqwik.api.Tuple.of(4, edges))
                .withoutEdgeCases()
                // What can travel as UTF-8: a lone surrogate half becomes '?', as a client's encoder makes it.
                .map(value -> new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    // The path with each {parameter} filled, and some of the operation's query parameters.
    private static String concrete(String path, JsonNode operation, Iterator<String> hostile, Random random) {
        StringBuilder target = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(path);
        int at = 0;
        while (matcher.find()) {
            target.append(path, at, matcher.start()).append(encode(hostile.next()));
            at = matcher.end();
        }
        target.append(path.substring(at));
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString("")) && random.nextInt(3) > 0) {
                query.add(encode(parameter.get("name").asString()) + "=" + encode(hostile.next()));
            }
        }
        return query.isEmpty() ? target.toString() : target + "?" + String.join("&", query);
    }

    // A JSON document: a value of some kind, objects with hostile names and values, nesting now and then deep.
    private static String json(Iterator<String> hostile, Random random, int depth) {
        if (depth > 3) {
            return quote(hostile.next());
        }
        return switch (random.nextInt(9)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> quote(hostile.next());
            case 3 -> "[" + json(hostile, random, depth + 1) + "," + json(hostile, random, depth + 1) + "]";
            case 4 -> "[".repeat(300) + "]".repeat(300);
            default -> {
                List<String> fields = new ArrayList<>();
                String[] names = {
                    "kind",
                    "givenName",
                    "familyName",
                    "displayName",
                    "emails",
                    "partyId",
                    "partyIds",
                    "role",
                    "name",
                    "note",
                    "type",
                    "targetId",
                    "source",
                    "table",
                    "key",
                    "reason",
                    "endDate",
                    hostile.next()
                };
                for (int i = random.nextInt(5); i >= 0; i--) {
                    fields.add(quote(names[random.nextInt(names.length)]) + ":" + json(hostile, random, depth + 1));
                }
                yield "{" + String.join(",", fields) + "}";
            }
        };
    }

    private HttpResponse<String> send(String method, String target, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + target))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json");
        HttpRequest.BodyPublisher content = body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        request.method(method.toUpperCase(), method.equals("get") ? HttpRequest.BodyPublishers.noBody() : content);
        return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // A JSON string of any text: the JSON escapes of its quote, backslash and control characters.
    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}

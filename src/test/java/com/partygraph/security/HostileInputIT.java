package com.partygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.EmbeddedApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Malformed and hostile requests, as a careless or hostile caller sends them: each gets a 4xx
 * {@code application/problem+json} that says what is wrong, never a 5xx or an HTML page. Runs with a low
 * request rate and few wrong keys allowed per address, so that both limits can be met.
 */
@EmbeddedApplicationTest
@TestPropertySource(
        properties = {
            "partygraph.security.requests-per-second=1",
            "partygraph.security.burst=40",
            "partygraph.security.failed-authentications-per-second=1",
            "partygraph.security.failed-authentication-burst=10"
        })
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

    @LocalServerPort
    int port;

    @Test
    void requestsTomcatRefusesAreProblemsToo() throws IOException {
        String key = "Authorization: Bearer " + Api.OPERATOR_KEY + "\r\n";
        assertProblem(raw("GET /api/v1/parties/%00 HTTP/1.1\r\nHost: x\r\n" + key + "\r\n"), 400);
        assertProblem(raw("GET /api/v1/parties/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n" + key + "\r\n"), 400);
        assertProblem(
                raw("GET /api/v1/parties?name=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: x\r\n" + key + "\r\n"),
                400,
                414);
        assertProblem(
                raw("GET /api/v1/roles HTTP/1.1\r\nHost: x\r\n" + key + "X-Padding: " + "b".repeat(10_240)
                        + "\r\n\r\n"),
                400,
                431);
    }

    @Test
    void noPartOfAKeyIsRepeatedAndOddHeadersEncodingsPathsAndMethodsAreProblems(CapturedOutput log) throws IOException {
        String secret = Api.OPERATOR_KEY.substring(3);
        for (String stray : List.of("\u200b", "\u202e", "\u2019")) {
            String answer = raw("GET /api/v1/roles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.OPERATOR_KEY
                    + stray + "\r\nConnection: close\r\n\r\n");
            assertProblem(answer, 400, 401);
            assertThat(answer).as("the answer to a key with a stray %s", stray).doesNotContain(secret);
        }
        String key = "Authorization: Bearer " + Api.OPERATOR_KEY + "\r\n";
        String tenant = raw("GET /api/v1/roles HTTP/1.1\r\nHost: x\r\n" + key
                + "X-Tenant-Id: ab\u202ec\r\nConnection: close\r\n\r\n");
        assertProblem(tenant, 400);
        assertThat(tenant).contains("X-Tenant-Id");
        assertProblem(
                raw("GET /api/v1/parties?name=%ff HTTP/1.1\r\nHost: x\r\n" + key + "Connection: close\r\n\r\n"), 400);
        for (String path : List.of("/error", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/nothing-here")) {
            assertProblem(raw("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + key + "Connection: close\r\n\r\n"), 404);
            assertProblem(raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 401, 404);
        }
        assertProblem(raw("TRACE /api/v1/parties HTTP/1.1\r\nHost: x\r\n" + key + "Connection: close\r\n\r\n"), 405);
        assertProblem(
                raw("POST /api/v1/parties HTTP/1.1\r\nHost: x\r\n" + key
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "zz\r\n{}\r\n0\r\n\r\n"),
                400);
        assertThat(log.getAll()).as("the log").doesNotContain(secret);
    }

    @Test
    void guessingKeysIsCutShortPerAddressWhileAKnownKeyGoesOn() {
        Api api = new Api(this.port);
        assertThat(api.get(null, "/api/v1/roles").status()).isEqualTo(200);
        Response last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = api.as("pg_guess-" + i + "-0123456789abcdefghij").get(null, "/api/v1/roles");
        }
        assertThat(last.status()).as("after ten wrong keys").isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.retryAfter()).isNotNull();
        assertThat(api.get(null, "/api/v1/roles").status())
                .as("a key verified a moment ago goes on")
                .isEqualTo(200);
        // Cooled down, a wrong key is told it is wrong again.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.as("pg_later-0123456789abcdefghij")
                                .get(null, "/api/v1/roles")
                                .status()
                        == 401);
    }

    @Test
    void wrongValuesAreRefusedNotStored() {
        Api api = new Api(this.port);
        String tenant = "t-" + UUID.randomUUID();
        Response number = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": 123, "familyName": "Doe"}""");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.text("/detail")).contains("givenName");

        Response nul = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Jo\\u0000hn", "familyName": "Doe"}""");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.text("/detail")).contains("givenName");

        Response override = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "John", "familyName": "\\u202eeoD"}""");
        assertThat(override.status()).isEqualTo(400);
        assertThat(override.text("/detail")).contains("familyName");

        Response long151 = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "%s", "familyName": "Doe"}""".formatted("a".repeat(151)));
        assertThat(long151.status()).isEqualTo(400);
        assertThat(long151.text("/detail")).contains("givenName").contains("size must be between 0 and 150");

        Response nulInList = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Jo", "familyName": "Doe", "emails": ["jo\u0000@doe.example"]}""");
        assertThat(nulInList.status()).isEqualTo(400);
        assertThat(nulInList.text("/detail")).contains("emails");

        Response extension = api.post(tenant, "/api/v1/parties", """
				{"kind": "PERSON", "givenName": "Ext", "familyName": "Ension", "phones": ["+1 415 555 0132 ext. 77"]}""");
        assertThat(extension.status()).isEqualTo(201);
        assertThat(extension.body().toString()).contains("77");
    }

    @Test
    void repeatedHeadersAndLargeBodiesAreRefused() throws IOException {
        String twice = raw("GET /api/v1/roles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.OPERATOR_KEY
                + "\r\nX-Tenant-Id: a\r\nX-Tenant-Id: b\r\nConnection: close\r\n\r\n");
        assertProblem(twice, 400);
        assertThat(twice).contains("X-Tenant-Id");
        assertProblem(
                raw("GET /api/v1/roles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.OPERATOR_KEY
                        + "\r\nAuthorization: Bearer other\r\nConnection: close\r\n\r\n"),
                400);

        byte[] body = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        String large = raw(
                "POST /api/v1/parties HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Api.OPERATOR_KEY
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n",
                body);
        assertProblem(large, 413);
    }

    @Test
    void aKeyThatCallsTooOftenIsToldWhenToComeBack() {
        Api api = new Api(this.port);
        String tenant = "t-" + UUID.randomUUID();
        String key = api.post(tenant, "/api/v1/keys", "{\"role\": \"reader\", \"name\": \"eager\"}")
                .text("/key");
        Api eager = api.as(key);
        Response last = null;
        for (int i = 0; i < 60 && (last == null || last.status() != 429); i++) {
            last = eager.get(null, "/api/v1/roles");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.retryAfter()).isNotNull();
        assertThat(api.get(tenant, "/api/v1/roles").status())
                .as("other keys go on")
                .isEqualTo(200);
    }

    private static void assertProblem(String response, int... statuses) {
        String statusLine = response.lines().findFirst().orElse("");
        assertThat(java.util.Arrays.stream(statuses)
                        .anyMatch(
                                status -> statusLine.contains(" " + status + " ") || statusLine.endsWith(" " + status)))
                .as(statusLine)
                .isTrue();
        assertThat(response.toLowerCase()).as(response).contains("content-type: application/problem+json");
        assertThat(response).doesNotContain("<html");
    }

    private String raw(String request) throws IOException {
        return raw(request, new byte[0]);
    }

    // What the server answers to bytes sent as they are: no client library tidies the request first.
    private String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", this.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // Header text as UTF-8 bytes, as a client that does not check what it sends puts them on the wire.
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException ex) {
                // The server may answer and close before the whole body is sent; its answer is what counts.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && read.size() < 1_000_000; ) {
                    read.write(buffer, 0, n);
                    if (read.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && complete(read)) {
                        break;
                    }
                }
            } catch (IOException ex) {
                // A reset after the answer: what was read is the answer.
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(ByteArrayOutputStream read) {
        String text = read.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        var length = text.substring(0, end)
                .lines()
                .filter(line -> line.toLowerCase().startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(15).strip()))
                .findFirst();
        return length.map(n -> text.length() - end - 4 >= n).orElse(false);
    }
}

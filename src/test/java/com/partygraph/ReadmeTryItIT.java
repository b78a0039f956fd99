package com.partygraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.partygraph.support.Api;
import com.partygraph.support.EmbeddedApplicationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's "Try it" works pasted: its bash blocks, as written, run in order against the running
 * application (on this test's port, with the test suite's operator key for {@code KEY=pg_…}, and a tenant of
 * this run's own for {@code acme}), every {@code curl} failing the run on an error status.
 */
@EmbeddedApplicationTest
class ReadmeTryItIT {

    @LocalServerPort
    int port;

    @Test
    void theTryItBlocksRunAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Try it");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        StringBuilder script = new StringBuilder("set -euo pipefail\n")
                .append("curl() { command curl --fail-with-body --max-time 30 \"$@\"; }\n");
        Matcher block = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(section);
        int blocks = 0;
        while (block.find()) {
            script.append(block.group(1));
            blocks++;
        }
        assertThat(blocks).as("bash blocks in Try it").isGreaterThanOrEqualTo(3);
        String tenant = "acme-" + UUID.randomUUID();
        String runnable = script.toString()
                .replace("http://localhost:8080", "http://localhost:" + this.port)
                .replaceAll("(?m)^KEY=pg_….*$", "KEY=" + Api.OPERATOR_KEY)
                .replace("X-Tenant-Id: acme", "X-Tenant-Id: " + tenant);
        assertThat(runnable).as("the operator key line was found").contains("KEY=" + Api.OPERATOR_KEY);

        Process bash = new ProcessBuilder("bash", "-c", runnable)
                .redirectErrorStream(true)
                .start();
        boolean ended = bash.waitFor(120, TimeUnit.SECONDS);
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            bash.destroyForcibly();
        }
        assertThat(ended).as(output).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("\"type\":\"EMPLOYEE_OF\"", "\"title\":\"CTO\"")
                .contains("\"displayName\":\"Jane Doe\"")
                .contains("\"displayName\":\"Globex, Inc.\"")
                .contains("\"phones\":[\"+14155550132\"]");
    }
}

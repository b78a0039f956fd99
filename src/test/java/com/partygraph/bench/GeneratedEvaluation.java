package com.partygraph.bench;

import com.partygraph.bench.generate.IdentityGenerator;
import com.partygraph.evaluate.Options;
import com.partygraph.evaluate.ResolutionEvaluation;
import com.partygraph.ingest.source.IngestSettings;
import com.partygraph.ingest.source.demo.DemoPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resolution evaluation on generated data: an embedded PostgreSQL filled by {@link IdentityGenerator}
 * ({@code --parties}, {@code --seed}) with its ground truth, then {@link ResolutionEvaluation} with the same
 * options ({@code --errors}, {@code --estimate}, {@code --reconsider}, {@code --mode}, …).
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx4g -classpath %classpath com.partygraph.bench.GeneratedEvaluation --parties 65000"</pre>
 */
public final class GeneratedEvaluation {

    private GeneratedEvaluation() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        Path out = ResolutionEvaluation.outputDirectory();
        int parties = Integer.parseInt(options.get("parties", "65000"));
        Path truth = out.resolve("identities-truth.csv");
        Map<String, Object> report = new LinkedHashMap<>();
        try (DemoPostgres postgres = new DemoPostgres(
                        new IngestSettings.Demo(true, 0, out.resolve("postgres"), Path.of("import/identities")));
                Connection connection = postgres.connection()) {
            long rows = IdentityGenerator.generate(
                    connection.getMetaData().getURL(),
                    "postgres",
                    "postgres",
                    parties,
                    Long.parseLong(options.get("seed", "42")),
                    truth);
            report.put("generated", Map.of("parties", parties, "rows", rows));
            ResolutionEvaluation.evaluate(connection, truth, options, report, out);
        }
        ResolutionEvaluation.write(report, out);
    }
}

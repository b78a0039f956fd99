package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every live source record of a tenant with its party link as NDJSON or CSV, row by row as the
 * graph returns them, so that a tenant of any size streams in constant memory. Thread-safe.
 */
@Component
class ResolutionLinks {

    static final List<String> COLUMNS = List.of("source", "table", "key", "partyId", "method", "score");

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private final Driver driver;

    private final CypherQueries queries;

    private final JsonMapper json = JsonMapper.builder().build();

    ResolutionLinks(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Writes the tenant's links to {@code out}: CSV with a header line when {@code csv}, else NDJSON. */
    void write(Tenant tenant, boolean csv, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = csv ? CSV.print(writer) : null;
        try (var session = this.driver.session()) {
            session.executeRead(tx -> {
                tx.run(this.queries.get("resolution-links"), Map.of("tenant", tenant.id()))
                        .forEachRemaining(row -> {
                            try {
                                if (printer != null) {
                                    printer.printRecord(COLUMNS.stream()
                                            .map(column -> row.get(column).asObject()));
                                } else {
                                    writer.write(this.json.writeValueAsString(row.asMap()));
                                    writer.write('\n');
                                }
                            } catch (IOException ex) {
                                // The client went away: stop reading the graph.
                                throw new UncheckedIOException(ex);
                            }
                        });
                return null;
            });
        }
        writer.flush();
    }
}

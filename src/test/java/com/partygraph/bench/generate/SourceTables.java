package com.partygraph.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The generated rows on their way into the source tables, copied in chunks with PostgreSQL COPY, and
 * the ground truth that names the real party of each ({@code party,table,key}; empty for a row that
 * describes no party, such as a project).
 */
final class SourceTables {

    private static final int CHUNK = 20_000;

    private final Map<String, Table> tables = new LinkedHashMap<>();

    private final BufferedWriter truth;

    private final int businessId;

    private long rows;

    SourceTables(BufferedWriter truth, int businessId) throws IOException {
        this.truth = truth;
        this.businessId = businessId;
        truth.write("party,table,key\n");
    }

    /**
     * Declares a table; declare a table after those it refers to, since they are copied in this order.
     * @param tenanted whether its first column after the id is {@code business_id}
     */
    void declare(Connection connection, String name, boolean tenanted, String columns) throws SQLException {
        this.tables.put(
                name, new Table(name, (tenanted ? "id, business_id, " : "id, ") + columns, tenanted, connection));
    }

    /** Adds a row of the real party {@code party} (or of none, when null); returns its id. */
    long row(Integer party, String table, String... values) throws IOException {
        Table target = this.tables.get(table);
        long id = target.nextId++;
        target.lines.append(id);
        if (target.tenanted) {
            target.lines.append(',').append(this.businessId);
        }
        for (String value : values) {
            target.lines.append(',');
            if (value != null && !value.isEmpty()) {
                target.lines.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        target.lines.append('\n');
        target.pending++;
        this.truth.write((party == null ? "" : party.toString()) + "," + table + "," + id + "\n");
        this.rows++;
        return id;
    }

    long rows() {
        return this.rows;
    }

    /** Writes one generated party's rows. */
    @FunctionalInterface
    interface PartyRows {

        void write(int party) throws IOException;
    }

    /**
     * Writes {@code parties} parties, seven in ten people and the rest companies, copying the tables as they
     * fill; returns the number of rows written.
     */
    long fill(
            Connection connection,
            int parties,
            java.util.random.RandomGenerator random,
            PartyRows person,
            PartyRows company)
            throws SQLException, IOException {
        for (int party = 0; party < parties; party++) {
            if (random.nextInt(10) < 7) {
                person.write(party);
            } else {
                company.write(party);
            }
            flushFull(connection);
        }
        flushAll(connection);
        return this.rows;
    }

    /** Copies every table once one of them holds a chunk: a row is copied after the rows it refers to. */
    void flushFull(Connection connection) throws SQLException {
        if (this.tables.values().stream().anyMatch(table -> table.pending >= CHUNK)) {
            for (Table table : this.tables.values()) {
                table.flush(connection);
            }
        }
    }

    /** Copies what is left and moves each table's id sequence past the ids written. */
    void flushAll(Connection connection) throws SQLException {
        for (Table table : this.tables.values()) {
            table.flush(connection);
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table.name + "', 'id'), "
                        + Math.max(1, table.nextId - 1) + ")");
            }
        }
    }

    /** Rows waiting to be copied into one table. */
    private static final class Table {

        final String name;

        final String columns;

        final boolean tenanted;

        final StringBuilder lines = new StringBuilder();

        long nextId;

        int pending;

        Table(String name, String columns, boolean tenanted, Connection connection) throws SQLException {
            this.name = name;
            this.columns = columns;
            this.tenanted = tenanted;
            try (var statement = connection.createStatement();
                    var max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + name)) {
                max.next();
                this.nextId = max.getLong(1);
            }
        }

        void flush(Connection connection) throws SQLException {
            if (this.pending == 0) {
                return;
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn(
                        "COPY " + this.name + " (" + this.columns + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(this.lines.toString()));
            } catch (IOException ex) {
                throw new SQLException("Could not copy rows into " + this.name, ex);
            }
            this.lines.setLength(0);
            this.pending = 0;
        }
    }
}

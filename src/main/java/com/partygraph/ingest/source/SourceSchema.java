package com.partygraph.ingest.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What a source database holds, read over JDBC: tables with their columns, and row counts. */
final class SourceSchema {

    private SourceSchema() {}

    static Connection connect(IngestSettings.Source source) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + source.host() + ":" + source.port() + "/" + source.database(),
                source.username(),
                source.password());
    }

    static Map<String, Set<String>> columns(IngestSettings.Source source) {
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection connection = connect(source);
                var query = connection.prepareStatement(
                        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?")) {
            query.setString(1, source.schema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new HashSet<>())
                            .add(rows.getString(2));
                }
            }
            return columns;
        } catch (SQLException ex) {
            throw new SourceUnavailableException(
                    "Cannot read the tables of source " + source.name() + " at " + source.host() + ":" + source.port()
                            + "/" + source.database() + ": " + ex.getMessage(),
                    ex);
        }
    }

    /** Tables whose deletes carry the whole old row ({@code REPLICA IDENTITY FULL}). */
    static Set<String> fullReplicaIdentity(IngestSettings.Source source) {
        Set<String> tables = new HashSet<>();
        try (Connection connection = connect(source);
                var query = connection.prepareStatement(
                        "SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r' AND c.relreplident = 'f'")) {
            query.setString(1, source.schema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        } catch (SQLException ex) {
            throw new SourceUnavailableException(
                    "Cannot read the replica identity of source " + source.name() + ": " + ex.getMessage(), ex);
        }
    }

    /** Rows in the tables now; table names come from the validated mapping, quoted as identifiers. */
    static long rows(IngestSettings.Source source, Collection<String> tables) {
        long total = 0;
        try (Connection connection = connect(source);
                Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String name =
                        "\"" + source.schema().replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + "\"";
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + name)) {
                    count.next();
                    total += count.getLong(1);
                }
            }
            return total;
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Cannot count the rows of source " + source.name() + ": " + ex.getMessage(), ex);
        }
    }
}

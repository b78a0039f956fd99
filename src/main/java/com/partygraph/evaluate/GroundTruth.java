package com.partygraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which entity each source row belongs to, for an evaluation: from a CSV of {@code table,key,entity} (or the
 * generators' {@code party,table,key}), from a CSV of matching pairs {@code table1,key1,table2,key2} (rows in no
 * pair are entities of their own), or from a column of the rows themselves. Row ids are {@code table/key}.
 */
final class GroundTruth {

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private GroundTruth() {}

    /** The truth a file gives of these rows (all of them, for a pairs file). */
    static Map<String, String> read(Path file, Collection<String> rows) throws IOException {
        try (CSVParser parser = CSV.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames();
            if (header.containsAll(List.of("table1", "key1", "table2", "key2"))) {
                return pairs(parser, rows);
            }
            String entity = header.contains("entity") ? "entity" : "party";
            if (!header.containsAll(List.of("table", "key", entity))) {
                throw new IllegalArgumentException(file + ": the header must name table, key and entity (or party), or"
                        + " table1, key1, table2 and key2 for matching pairs");
            }
            Map<String, String> truth = new HashMap<>();
            for (CSVRecord line : parser) {
                String id = line.get(entity);
                if (line.isConsistent() && !id.isEmpty()) {
                    truth.put(line.get("table") + "/" + line.get("key"), id);
                }
            }
            return truth;
        }
    }

    /** The truth a column of the rows gives: rows with no value in it are left out. */
    static Map<String, String> column(String column, Map<String, Map<String, Object>> rows) {
        Map<String, String> truth = new HashMap<>();
        rows.forEach((row, values) -> {
            Object entity = values.get(column);
            if (entity != null && !entity.toString().isBlank()) {
                truth.put(row, entity.toString().strip());
            }
        });
        if (truth.isEmpty()) {
            throw new IllegalArgumentException("no row has a value in the truth column " + column);
        }
        return truth;
    }

    // Pairs join rows into entities (union-find); each row's entity is its set's representative.
    private static Map<String, String> pairs(CSVParser lines, Collection<String> rows) {
        Map<String, String> parent = new HashMap<>();
        rows.forEach(row -> parent.put(row, row));
        for (CSVRecord line : lines) {
            if (!line.isConsistent()) {
                continue;
            }
            String a = root(parent, line.get("table1") + "/" + line.get("key1"));
            String b = root(parent, line.get("table2") + "/" + line.get("key2"));
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> truth = new HashMap<>();
        parent.keySet().forEach(row -> truth.put(row, root(parent, row)));
        return truth;
    }

    private static String root(Map<String, String> parent, String row) {
        parent.putIfAbsent(row, row);
        String root = row;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(row, root);
        return root;
    }
}

package com.partygraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options and results of a benchmark: {@code --name value} pairs in, a flat JSON file out under
 * {@code target/bench/<time>/} and as {@code target/bench/<name>-latest.json}.
 */
final class BenchReport {

    private BenchReport() {}

    /** The {@code --name value} pairs of the command line. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** A new directory name under {@code target/bench}, from the time now. */
    static Path directory() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        return Path.of("target/bench", stamp).toAbsolutePath();
    }

    /** The machine the figures come from. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, Java " + Runtime.version();
    }

    /** Prints the results and writes them as {@code <name>.json} into {@code dir} and as the latest. */
    static void write(String name, Map<String, Object> results, Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        results.forEach((key, value) -> lines.add("  \"" + key + "\": " + json(value)));
        String json = "{\n" + String.join(",\n", lines) + "\n}\n";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".json"), json);
        Files.writeString(Path.of("target/bench/" + name + "-latest.json"), json);
        System.out.println("=== " + name + " ===\n" + json + "Written to " + dir.resolve(name + ".json"));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String json(Object value) {
        if (value instanceof String text) {
            return "\"" + text.replace("\"", "'") + "\"";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add("\"" + k + "\": " + json(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(BenchReport::json).toList()) + "]";
        }
        return String.valueOf(value);
    }
}

package com.partygraph.evaluate;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM's live-object histogram (what {@code jcmd <pid> GC.class_histogram} prints), taken in-process through
 * the DiagnosticCommand MBean, so that an evaluation can say which classes its index is made of: the difference
 * between two histograms, largest first.
 */
final class HeapHistogram {

    private final Map<String, long[]> classes;

    private HeapHistogram(Map<String, long[]> classes) {
        this.classes = classes;
    }

    /** The live objects now (the histogram runs a full collection first). */
    static HeapHistogram take() {
        try {
            String table = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, long[]> classes = new HashMap<>();
            for (String line : table.split("\n")) {
                // "   1:        123456       7890123  java.lang.String (java.base@25)"
                String[] cells = line.trim().split("\\s+");
                if (cells.length >= 4 && cells[0].endsWith(":")) {
                    classes.put(cells[3], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
                }
            }
            return new HeapHistogram(classes);
        } catch (JMException ex) {
            throw new IllegalStateException("The JVM gave no class histogram: " + ex.getMessage(), ex);
        }
    }

    /**
     * The classes that grew most since {@code before}, at most {@code limit}: class name to {@code instances},
     * {@code bytes} and {@code bytesPerRecord} of {@code records}.
     */
    Map<String, Map<String, Object>> growthSince(HeapHistogram before, int limit, long records) {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        this.classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            grown.add(Map.entry(name, new long[] {now[0] - then[0], now[1] - then[1]}));
        });
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        Map<String, Map<String, Object>> top = new LinkedHashMap<>();
        for (var entry : grown.subList(0, Math.min(limit, grown.size()))) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("instances", entry.getValue()[0]);
            figures.put("bytes", entry.getValue()[1]);
            figures.put("bytesPerRecord", Math.round(entry.getValue()[1] * 10.0 / Math.max(1, records)) / 10.0);
            top.put(entry.getKey(), figures);
        }
        return top;
    }
}

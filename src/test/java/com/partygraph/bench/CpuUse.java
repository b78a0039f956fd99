package com.partygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How busy the machine's processors and this JVM were between two moments of a benchmark: whether a figure is
 * bound by the processors. The machine's share comes from Linux's {@code /proc/stat} (all processes: the embedded
 * PostgreSQL too); elsewhere it is left out. The JVM's CPU time is also told per group of its threads (their names
 * with numbers left out: the graph writers, the source's reader, which maps and resolves the rows, Neo4j's own), the
 * rest being what no live thread was charged with: the garbage collector, the JIT compilers, threads that ended.
 */
final class CpuUse {

    private static final Path STAT = Path.of("/proc/stat");

    private final long[] machine;

    private final long process;

    private final long start = System.nanoTime();

    private final Map<Long, Long> threads;

    private CpuUse() {
        this.machine = machine();
        this.process = process();
        this.threads = threads();
    }

    /** Counts from now. */
    static CpuUse start() {
        return new CpuUse();
    }

    /**
     * Puts {@code <label>MachineCpuBusyPercent} (the share of all processors' time not idle) and
     * {@code <label>ProcessCpuSeconds} (this JVM's) into the results, and prints them.
     */
    void since(Map<String, Object> results, String label) {
        double wall = (System.nanoTime() - this.start) / 1e9;
        String used = "";
        if (this.process >= 0) {
            double seconds = (process() - this.process) / 1e9;
            results.put(label + "ProcessCpuSeconds", BenchReport.round(seconds));
            used = String.format(", this JVM %.0f CPU s", seconds);
        }
        long[] now = machine();
        String busy = "";
        if (now != null && this.machine != null && now[0] > this.machine[0]) {
            double share = 1 - (double) (now[1] - this.machine[1]) / (now[0] - this.machine[0]);
            results.put(label + "MachineCpuBusyPercent", BenchReport.round(share * 100));
            busy = String.format(", the machine's processors %.0f %% busy", share * 100);
        }
        System.out.printf(
                "  CPU: %.0f s on %d processors%s%s%n",
                wall, Runtime.getRuntime().availableProcessors(), used, busy);
    }

    /**
     * {@link #since(Map, String)}, and {@code <label>CpuMicrosPerRow}: this JVM's CPU time per row over the groups of
     * its threads, most first, and what no live thread was charged with ({@value #UNCHARGED}).
     */
    void since(Map<String, Object> results, String label, long rows) {
        since(results, label);
        if (this.process < 0 || rows <= 0) {
            return;
        }
        long total = process() - this.process;
        Map<String, Long> groups = new HashMap<>();
        long charged = 0;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (Map.Entry<Long, Long> now : threads().entrySet()) {
            var info = bean.getThreadInfo(now.getKey());
            long used = now.getValue() - this.threads.getOrDefault(now.getKey(), 0L);
            if (info == null || used <= 0) {
                continue;
            }
            groups.merge(info.getThreadName().replaceAll("\\d+", "N"), used, Long::sum);
            charged += used;
        }
        groups.put(UNCHARGED, Math.max(0, total - charged));
        Map<String, Object> perRow = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(group -> group.getValue() * 1000 >= total) // a thousandth and more
                .forEach(group -> perRow.put(group.getKey(), BenchReport.round(group.getValue() / 1e3 / rows)));
        results.put(label + "CpuMicrosPerRow", perRow);
        System.out.printf("  CPU per row: %.0f µs, by thread: %s%n", total / 1e3 / rows, perRow);
    }

    static final String UNCHARGED = "no live thread (GC, JIT compilers, ended threads)";

    /** Each live thread's CPU time in nanoseconds, by id; empty where the JVM does not measure it. */
    private static Map<Long, Long> threads() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<Long, Long> times = new TreeMap<>();
        if (!bean.isThreadCpuTimeSupported() || !bean.isThreadCpuTimeEnabled()) {
            return times;
        }
        for (long id : bean.getAllThreadIds()) {
            long time = bean.getThreadCpuTime(id);
            if (time >= 0) {
                times.put(id, time);
            }
        }
        return times;
    }

    /** This JVM's CPU time in nanoseconds, or -1 where the JVM does not tell it. */
    private static long process() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    /** {total, idle + iowait} jiffies of all processors, or null without /proc/stat. */
    private static long[] machine() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}

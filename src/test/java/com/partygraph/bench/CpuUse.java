package com.partygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How busy the machine's processors and this JVM were between two moments of a benchmark: whether a figure is
 * bound by the processors. The machine's share comes from Linux's {@code /proc/stat} (all processes: the embedded
 * PostgreSQL too); elsewhere it is left out.
 */
final class CpuUse {

    private static final Path STAT = Path.of("/proc/stat");

    private final long[] machine;

    private final long process;

    private final long start = System.nanoTime();

    private CpuUse() {
        this.machine = machine();
        this.process = process();
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

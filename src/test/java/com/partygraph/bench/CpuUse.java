package com.partygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How busy the machine's processors and this JVM were between two moments of a benchmark: whether a figure is
 * bound by the processors. The machine's share comes from Linux's {@code /proc/stat} (all processes: the embedded
 * PostgreSQL too); elsewhere it is left out. The JVM's CPU time is also told per group of its threads (their names
 * with numbers left out: the graph writers, the source's reader, which maps and resolves the rows, Neo4j's own), and
 * the garbage collector's, the JIT compilers' and the VM thread's.
 */
final class CpuUse {

    private static final Path STAT = Path.of("/proc/stat");

    private final long[] machine;

    private final long process;

    private final long start = System.nanoTime();

    private final Map<Long, Long> threads;

    private final Map<String, Long> counters;

    private final Map<Long, Seen> latest = new ConcurrentHashMap<>();

    private final Map<String, Long> compilersAtStart;

    private final Map<String, Long> compilers = new ConcurrentHashMap<>();

    private final Thread sampler;

    private CpuUse() {
        this.machine = machine();
        this.process = process();
        this.threads = threads();
        this.counters = counters();
        this.compilersAtStart = compilers();
        this.sampler = sampler();
    }

    /** Counts from now. */
    static CpuUse start() {
        return new CpuUse();
    }

    /**
     * Puts {@code <label>MachineCpuBusyPercent} (the share of all processors' time not idle) and
     * {@code <label>ProcessCpuSeconds} (this JVM's) into the results, and prints them.
     */
    private void since(Map<String, Object> results, String label) {
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
     * its threads (a thread that ended meanwhile counted up to its last sample, a second at most before it ended),
     * most first, then its garbage collector's and the VM thread's from the JVM's own counters ({@code jcmd
     * PerfCounter.print}, where the JDK has it), its JIT compilers' from Linux, and what is left ({@value #REST}).
     */
    void since(Map<String, Object> results, String label, long rows) {
        since(results, label);
        this.sampler.interrupt();
        if (this.process < 0 || rows <= 0) {
            return;
        }
        long total = process() - this.process;
        sample();
        Map<String, Long> groups = new HashMap<>();
        this.latest.forEach((id, seen) -> {
            long used = seen.cpu() - this.threads.getOrDefault(id, 0L);
            if (used > 0) {
                groups.merge(seen.name().replaceAll("\\d+", "N"), used, Long::sum);
            }
        });
        Map<String, Long> counters = counters();
        if (!counters.isEmpty() && !this.counters.isEmpty()) {
            groups.put("GC (JVM counter)", delta(counters, "sun.threads.total_gc_cpu_time"));
            groups.put("VM thread (JVM counter)", delta(counters, "sun.threads.cpu_time.vm"));
        }
        // The JIT compilers' threads are not in the JVM's list of threads; Linux tells their time.
        long compiling = 0;
        for (var seen : this.compilers.entrySet()) {
            compiling += Math.max(0, seen.getValue() - this.compilersAtStart.getOrDefault(seen.getKey(), 0L));
        }
        if (compiling > 0) {
            groups.put("JIT compilers (Linux)", compiling);
        }
        long charged = groups.values().stream().mapToLong(Long::longValue).sum();
        groups.put(REST, Math.max(0, total - charged));
        Map<String, Object> perRow = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(group -> group.getValue() * 1000 >= total) // a thousandth and more
                .forEach(group -> perRow.put(group.getKey(), BenchReport.round(group.getValue() / 1e3 / rows)));
        results.put(label + "CpuMicrosPerRow", perRow);
        System.out.printf("  CPU per row: %.0f µs, by thread: %s%n", total / 1e3 / rows, perRow);
    }

    static final String REST = "the rest (threads that ended between samples, other native threads)";

    private long delta(Map<String, Long> now, String counter) {
        return Math.max(0, now.getOrDefault(counter, 0L) - this.counters.getOrDefault(counter, 0L));
    }

    /** A live thread's name and CPU time in nanoseconds when last seen. */
    private record Seen(String name, long cpu) {}

    private void sample() {
        this.compilers.putAll(compilers());
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        threads().forEach((id, cpu) -> {
            var info = bean.getThreadInfo(id);
            if (info != null) {
                this.latest.put(id, new Seen(info.getThreadName(), cpu));
            }
        });
    }

    private Thread sampler() {
        Thread thread = Thread.ofPlatform().daemon().name("cpu-use-sampler").unstarted(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    Thread.sleep(1000);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        return thread;
    }

    /**
     * The CPU time of this JVM's JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}) in
     * nanoseconds, by Linux thread id, from {@code /proc/self/task}; empty elsewhere.
     */
    private static Map<String, Long> compilers() {
        Map<String, Long> times = new HashMap<>();
        Path self = Path.of("/proc/self/task");
        if (!Files.isDirectory(self)) {
            return times;
        }
        try (var tasks = Files.list(self)) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).matches("C\\d CompilerThre.*\\s*")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime, in clock ticks of 1/100 s (Linux's USER_HZ).
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    times.put(task.getFileName().toString(), ticks * 10_000_000L);
                } catch (NoSuchFileException ended) {
                    // The thread ended while it was read: its last sample stands.
                }
            }
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return times;
    }

    /** The JVM's counters of its own threads' CPU time (nanoseconds); empty without jcmd. */
    private static Map<String, Long> counters() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Map<String, Long> counters = new HashMap<>();
        if (!Files.isExecutable(jcmd)) {
            return counters;
        }
        try {
            Process process = new ProcessBuilder(
                            jcmd.toString(),
                            Long.toString(ProcessHandle.current().pid()),
                            "PerfCounter.print")
                    .redirectErrorStream(true)
                    .start();
            for (String line : new String(process.getInputStream().readAllBytes()).split("\n")) {
                String[] pair = line.split("=", 2);
                if (pair.length == 2 && pair[1].matches("\\d+")) {
                    counters.put(pair[0].trim(), Long.parseLong(pair[1]));
                }
            }
            process.waitFor();
            return counters;
        } catch (IOException ex) {
            System.out.println("  (no JVM counters: " + ex.getMessage() + ")");
            return Map.of();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

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
        if (!Files.isReadable(STAT)) {
            return null;
        }
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}

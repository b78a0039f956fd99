package com.partygraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the application as a user does, in a process of its own on the embedded default (embedded Neo4j, the demo
 * PostgreSQL, CDC, REST), with its data in a directory of its own under {@code target/bench/}: once on an empty
 * directory (the demo is made and seeded, then resolved: timed to the end of its snapshot), then {@code --starts}
 * times again with the demo present (timed to readiness, {@code /actuator/health/readiness}), and prints the median
 * and the CPU seconds the process used by then (on 2 cores, the ceiling is wall time × 2). Options: {@code --starts}
 * (default 5), {@code --maven true} to start it with {@code ./mvnw -q spring-boot:run} (Maven's own time included;
 * with the start cache when {@code ./mvnw -Ptrain-start-cache spring-boot:run} made one: {@code startCache} says so),
 * {@code --cds true} to start it with {@code java} from a jar of the application's classes and the JDK's class data
 * sharing archive made by the first start ({@code -XX:+AutoCreateSharedArchive}; the JDK takes classes from jars only).
 */
public final class StartupBenchmark {

    // The test suite's own key, in case its settings are on the class path after all.
    private static final String KEY = com.partygraph.support.Api.OPERATOR_KEY;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchReport.options(args);
        int starts = Integer.parseInt(options.getOrDefault("starts", "5"));
        boolean maven = Boolean.parseBoolean(options.getOrDefault("maven", "false"));
        boolean cds = Boolean.parseBoolean(options.getOrDefault("cds", "false"));
        Path dir = BenchReport.directory();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", BenchReport.machine());
        results.put(
                "startedWith",
                maven
                        ? "./mvnw -q spring-boot:run"
                        : cds
                                ? "java -XX:+AutoCreateSharedArchive -cp app-classes.jar:… PartyGraphApplication"
                                : "java -cp … PartyGraphApplication");
        List<String> java = maven ? List.of() : java(dir, cds);
        // spring-boot:run reads the start cache by itself once -Ptrain-start-cache has made it.
        boolean startCache = maven && Files.exists(Path.of("target/run/partygraph.aot"));
        results.put("startCache", startCache);
        if (startCache) {
            System.out.println("spring-boot:run reads the start cache target/run/partygraph.aot");
        }

        Start first = start(dir, maven, java, true);
        results.put("firstStartSecondsToReady", first.ready());
        results.put("firstStartSecondsToDemoResolved", first.resolved());
        results.put("firstStartCpuSeconds", first.cpu());
        System.out.printf(
                "first start (makes the demo): ready after %.1f s, demo resolved after %.1f s (%.1f CPU s)%n",
                first.ready(), first.resolved(), first.cpu());
        List<Double> ready = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            Start again = start(dir, maven, java, false);
            ready.add(again.ready());
            cpu.add(again.cpu());
            System.out.printf(
                    "start %d (demo present): ready after %.1f s (%.1f CPU s)%n", i, again.ready(), again.cpu());
        }
        results.put("startsSecondsToReady", ready);
        results.put("startsCpuSeconds", cpu);
        results.put("medianSecondsToReady", median(ready));
        results.put("medianCpuSeconds", median(cpu));
        BenchReport.write("startup-benchmark", results, dir);
    }

    private record Start(double ready, double resolved, double cpu) {}

    /**
     * The command that starts the application with {@code java}: its classes from the build, or (with class data
     * sharing) packed into a jar under {@code dir}, with the archive the first start writes on its exit.
     */
    private static List<String> java(Path dir, boolean cds) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String classpath = mainClasspath();
        if (cds) {
            List<String> entries = new ArrayList<>();
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                entries.add(Files.isDirectory(Path.of(entry)) ? jar(Path.of(entry), dir) : entry);
            }
            classpath = String.join(java.io.File.pathSeparator, entries);
            command.addAll(
                    List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + dir.resolve("partygraph.jsa")));
        }
        command.addAll(List.of(
                "--enable-native-access=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.nio=ALL-UNNAMED",
                "--add-opens",
                "java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens",
                "java.base/java.io=ALL-UNNAMED",
                "-cp",
                classpath,
                "com.partygraph.PartyGraphApplication"));
        return command;
    }

    /**
     * The directory's files in a jar under {@code dir}, with an entry for each folder too: Spring finds the components
     * it scans for by asking the class loader for their package's folder.
     */
    private static String jar(Path classes, Path dir) throws IOException {
        Path jar = dir.resolve("app-classes.jar");
        Files.createDirectories(dir);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes)) {
            for (Path file :
                    files.filter(file -> !file.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new java.util.jar.JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar.toString();
    }

    private static Start start(Path dir, boolean maven, List<String> java, boolean untilResolved) throws Exception {
        int port = freePort();
        List<String> arguments = List.of(
                "--server.port=" + port,
                "--partygraph.neo4j.embedded.bolt-port=0",
                "--partygraph.neo4j.embedded.directory=" + dir.resolve("neo4j"),
                "--partygraph.ingest.state-directory=" + dir.resolve("ingest"),
                "--partygraph.ingest.demo.directory=" + dir.resolve("demo-postgres"),
                "--partygraph.ingest.demo.port=" + freePort());
        List<String> command = new ArrayList<>();
        if (maven) {
            command.addAll(List.of(
                    "./mvnw", "-q", "spring-boot:run", "-Dspring-boot.run.arguments=" + String.join(" ", arguments)));
        } else {
            command.addAll(java);
            command.addAll(arguments);
        }
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("application.log").toFile()));
        builder.environment().put("PARTYGRAPH_OPERATOR_KEY", KEY);
        long began = System.nanoTime();
        Process process = builder.start();
        try {
            while (status(port, "/actuator/health/readiness") != 200) {
                alive(process);
                Thread.sleep(50);
            }
            double ready = (System.nanoTime() - began) / 1e9;
            double cpu = cpuSeconds(process);
            double resolved = Double.NaN;
            if (untilResolved) {
                while (!body(port, "/api/v1/ingestion")
                        .matches("(?s).*\"state\":\"STREAMING\".*\"finishedAt\":\"[^\"]+\".*")) {
                    alive(process);
                    Thread.sleep(50);
                }
                resolved = (System.nanoTime() - began) / 1e9;
            }
            return new Start(BenchReport.round(ready), BenchReport.round(resolved), BenchReport.round(cpu));
        } finally {
            stop(process);
        }
    }

    // The benchmark's class path without the tests' own classes and settings (their operator key, their passwords).
    private static String mainClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.replaceAll("[/\\\\]+$", "").endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    // The CPU time of the application's process and what it started (Maven's forked JVM, PostgreSQL).
    private static double cpuSeconds(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        return all.stream()
                        .mapToLong(handle -> handle.info()
                                .totalCpuDuration()
                                .map(Duration::toMillis)
                                .orElse(0L))
                        .sum()
                / 1000.0;
    }

    private static void alive(Process process) {
        if (process.info()
                .startInstant()
                .map(started -> started.isBefore(java.time.Instant.now().minusSeconds(300)))
                .orElse(false)) {
            throw new IllegalStateException(
                    "Not ready (or the demo not resolved) after 5 minutes; see application.log under target/bench/");
        }
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "The application ended with " + process.exitValue() + "; see application.log under target/bench/");
        }
    }

    private static void stop(Process process) throws Exception {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            child.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static int status(int port, String path) {
        try {
            return HTTP.send(request(port, path), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException notYet) {
            return -1;
        }
    }

    private static String body(int port, String path) throws InterruptedException {
        try {
            return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException notYet) {
            return "";
        }
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + KEY)
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

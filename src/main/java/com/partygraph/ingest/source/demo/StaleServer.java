package com.partygraph.ingest.source.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo PostgreSQL left running by a run that was killed: its data directory's {@code postmaster.pid}
 * names a live server, and the owner file beside the directory ({@code <directory>.owner}) names the
 * process that started it, which is gone.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private StaleServer() {}

    /**
     * Stops a server a killed run left on the directory. A server whose owner still runs is not ours to
     * stop: the start fails, saying so.
     */
    static void stopIfLeftBehind(Path directory) throws IOException {
        Optional<ProcessHandle> server = server(directory);
        if (server.isEmpty()) {
            return;
        }
        long owner = owner(directory);
        if (owner > 0 && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("The demo PostgreSQL in " + directory + " is in use by process " + owner
                    + " (another PartyGraph?): stop it, or give this one its own partygraph.ingest.demo.directory");
        }
        ProcessHandle postmaster = server.get();
        log.warn(
                "A demo PostgreSQL (process {}) is still running on {}, left by a run that ended without stopping it;"
                        + " stopping it",
                postmaster.pid(),
                directory);
        // A fast shutdown (SIGINT): clients still connected to it (a tool, a writer) are disconnected and their open
        // transactions rolled back, where a smart one (SIGTERM) would wait for them.
        fastShutdown(postmaster);
        Instant deadline = Instant.now().plus(STOP_WAIT);
        while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
            pause();
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("The demo PostgreSQL left running on " + directory + " (process "
                    + postmaster.pid() + ") did not stop within " + STOP_WAIT.toSeconds() + " s: stop it by hand");
        }
    }

    private static void fastShutdown(ProcessHandle postmaster) throws IOException {
        try {
            Process signal = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (signal.waitFor() == 0) {
                return;
            }
        } catch (IOException ex) {
            // No kill command here (not a POSIX system): a smart shutdown instead, below.
            log.debug("Cannot send SIGINT to process {}: {}", postmaster.pid(), ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a stale demo PostgreSQL", ex);
        }
        postmaster.destroy();
    }

    /** Records this process as the owner of the server on the directory. */
    static void claim(Path directory) throws IOException {
        Files.writeString(
                ownerFile(directory), Long.toString(ProcessHandle.current().pid()));
    }

    /** The server was stopped cleanly: nobody owns it. */
    static void release(Path directory) throws IOException {
        Files.deleteIfExists(ownerFile(directory));
    }

    /** The live postmaster the directory's lock file names, if it is a PostgreSQL process. */
    private static Optional<ProcessHandle> server(Path directory) throws IOException {
        Path lock = directory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(lock);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(true));
    }

    private static long owner(Path directory) throws IOException {
        Path file = ownerFile(directory);
        if (!Files.exists(file)) {
            return -1;
        }
        String text = Files.readString(file).strip();
        return text.matches("\\d+") ? Long.parseLong(text) : -1;
    }

    static Path ownerFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".owner");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a stale demo PostgreSQL", ex);
        }
    }
}

package com.partygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Deletes the databases earlier test runs left under {@code target/it-*} before this run starts, so
 * that repeated {@code ./mvnw verify} runs do not fill the disk (each leaves about 2 GB: application
 * contexts are cached and closed only when the test JVM exits, after which nothing can delete them).
 */
public final class StaleTestDirectories implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> stale = Files.list(target)) {
            stale.filter(path -> path.getFileName().toString().startsWith("it-"))
                    .forEach(StaleTestDirectories::deleteRecursively);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + target.toAbsolutePath(), ex);
        }
    }

    /** Deletes the directory and everything below it, if it exists. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete " + directory.toAbsolutePath(), ex);
        }
    }
}

package com.partygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes of the files under a directory, as a database's files take on disk. */
public final class DirectorySize {

    private DirectorySize() {}

    /** The bytes of the regular files under {@code directory}, at any depth. */
    public static long bytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(DirectorySize::size)
                    .sum();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException removed) {
            // A file the database removed while it was counted (a pruned or rotated log) holds nothing now.
            return 0;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

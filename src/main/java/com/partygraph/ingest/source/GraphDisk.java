package com.partygraph.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/**
 * The disk under the embedded graph, checked before each batch is written: with less free space than the floor
 * ({@code partygraph.ingest.min-free-disk}) the batch is refused whole, so that the database never meets a full disk
 * in the middle of a transaction or a checkpoint, and the source fails with the figures until there is room. A graph
 * on an external server is not checked here: its own disk is its operator's.
 */
public final class GraphDisk {

    /** No disk to watch: the graph is on an external server. */
    public static final GraphDisk EXTERNAL = new GraphDisk(null, DataSize.ofBytes(0));

    private final Path directory;

    private final DataSize floor;

    public GraphDisk(Path directory, DataSize floor) {
        this.directory = directory;
        this.floor = floor;
    }

    /** @throws FullException when the disk has less free space than the floor */
    void check() {
        if (this.directory == null) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(this.directory).getUsableSpace();
        } catch (IOException ex) {
            throw new UncheckedIOException("the free space under " + this.directory + " cannot be read", ex);
        }
        if (free < this.floor.toBytes()) {
            throw new FullException("the disk under the graph (" + this.directory + ") has " + megabytes(free)
                    + " free, under the floor of " + megabytes(this.floor.toBytes())
                    + " (partygraph.ingest.min-free-disk): nothing of the batch was written; the source starts"
                    + " again by itself once there is room");
        }
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** The disk under the graph is fuller than the floor allows. */
    static final class FullException extends RuntimeException {

        FullException(String message) {
            super(message);
        }
    }
}

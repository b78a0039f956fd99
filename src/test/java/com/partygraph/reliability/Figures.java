package com.partygraph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a reliability test measured: printed, and written to {@code target/reliability/<name>}. */
final class Figures {

    private Figures() {}

    static void report(String name, List<String> lines) throws IOException {
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.print(text);
        Files.createDirectories(Path.of("target/reliability"));
        Files.writeString(Path.of("target/reliability", name), text);
    }
}

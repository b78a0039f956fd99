package com.partygraph.ingest.mapping;

import java.util.List;

/** A mapping file that cannot work; lists every problem found, each with where it is. */
public class MappingException extends RuntimeException {

    private final List<String> problems;

    public MappingException(String file, List<String> problems) {
        super("Mapping " + file + " has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return this.problems;
    }
}

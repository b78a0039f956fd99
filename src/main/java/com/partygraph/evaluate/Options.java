package com.partygraph.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

/** A command's {@code --name value} pairs. */
public record Options(Map<String, String> values) {

    public static Options of(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return new Options(values);
    }

    /** The value given, or {@code otherwise}. */
    public String get(String name, String otherwise) {
        return this.values.getOrDefault(name, otherwise);
    }

    /** The value given, or null. */
    public String get(String name) {
        return this.values.get(name);
    }

    public boolean has(String name) {
        return this.values.containsKey(name);
    }
}

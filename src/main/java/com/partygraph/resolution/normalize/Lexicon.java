package com.partygraph.resolution.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A word list of {@code term,meaning} lines from the classpath ({@code #} starts a comment), with terms
 * folded ({@link Folding}). Immutable and thread-safe.
 */
public final class Lexicon {

    private final Map<String, String> meanings;

    private Lexicon(Map<String, String> meanings) {
        this.meanings = Map.copyOf(meanings);
    }

    /** Loads {@code resource} (for example {@code resolution/nicknames.csv}); fails when it is missing. */
    public static Lexicon load(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        Map<String, String> meanings = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.lastIndexOf(',');
                if (line.isBlank() || line.startsWith("#") || comma < 0) {
                    continue;
                }
                meanings.put(
                        Folding.fold(line.substring(0, comma)),
                        line.substring(comma + 1).strip());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + resource, ex);
        }
        return new Lexicon(meanings);
    }

    /** The list's terms and their meanings, folded terms first. */
    public java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.HashSet<>(this.meanings.keySet());
        this.meanings.values().forEach(meaning -> words.add(Folding.fold(meaning)));
        return words;
    }

    /** The meaning of a folded term, or null when the list does not have it. */
    public String get(String term) {
        return this.meanings.get(term);
    }
}

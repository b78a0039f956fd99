package com.partygraph.resolution.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The given names known to be names ({@code resolution/given-names.txt}, and the nicknames and formal names of
 * {@code resolution/nicknames.csv}), folded: two of them that differ are two names ("jane" and "janet"), not
 * a typo of one. Immutable and thread-safe.
 */
public final class GivenNames {

    private static final GivenNames SHIPPED =
            load("resolution/given-names.txt", Lexicon.load("resolution/nicknames.csv"));

    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The shipped list. */
    public static GivenNames shipped() {
        return SHIPPED;
    }

    static GivenNames load(String resource, Lexicon nicknames) {
        InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list missing from the classpath: " + resource);
        }
        Set<String> names = new HashSet<>(nicknames.words());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    names.addAll(java.util.List.of(Folding.words(line)));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + resource, ex);
        }
        return new GivenNames(names);
    }

    /** Whether a folded given name is a known name. */
    public boolean known(String name) {
        return this.names.contains(name);
    }
}

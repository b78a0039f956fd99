package com.partygraph.resolution.model;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.compare.Comparison;
import com.partygraph.resolution.compare.Comparisons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The m and u probability of every level of every comparison, and the prior, per kind of party. Read
 * from YAML ({@code resolution/model.yaml} on the classpath, or a file); every level must be given, so
 * a settings document that misses one fails at start-up. Immutable.
 */
public final class ModelParameters {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<PartyKind, Kind> kinds;

    ModelParameters(Map<PartyKind, Kind> kinds) {
        this.kinds = kinds;
    }

    /** The parameters of one kind: records per party and, per comparison name, {m, u} per level. */
    record Kind(double recordsPerParty, Map<String, double[][]> levels) {}

    public static ModelParameters defaults() {
        try (InputStream in = ModelParameters.class.getClassLoader().getResourceAsStream("resolution/model.yaml")) {
            return read(YAML.readValue(in, Map.class), "resolution/model.yaml");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static ModelParameters load(Path file) {
        try {
            return read(YAML.readValue(Files.readString(file), Map.class), file.toString());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the match model " + file, ex);
        }
    }

    /** The parameters of a settings document's text; {@code where} names it in errors. */
    @SuppressWarnings("unchecked")
    public static ModelParameters parse(String yaml, String where) {
        return read(YAML.readValue(yaml, Map.class), where);
    }

    @SuppressWarnings("unchecked")
    private static ModelParameters read(Map<String, Object> document, String where) {
        Map<PartyKind, Kind> kinds = new EnumMap<>(PartyKind.class);
        for (PartyKind kind : PartyKind.values()) {
            String kindName = kind == PartyKind.PERSON ? "person" : "organization";
            Map<String, Object> section = (Map<String, Object>) document.get(kindName);
            if (section == null
                    || !(section.get("recordsPerParty") instanceof Number perParty)
                    || perParty.doubleValue() < 1) {
                throw new IllegalArgumentException(
                        where + ": " + kindName + ".recordsPerParty is missing (a number >= 1)");
            }
            Map<String, double[][]> levels = new LinkedHashMap<>();
            for (Comparison comparison : Comparisons.of(kind)) {
                Map<String, Object> given = (Map<String, Object>) section.get(comparison.name());
                double[][] mu = new double[comparison.levels().size()][];
                for (int i = 0; i < mu.length; i++) {
                    String level = comparison.levels().get(i);
                    Object pair = given == null ? null : given.get(level);
                    if (!(pair instanceof List<?> list) || list.size() != 2) {
                        throw new IllegalArgumentException(
                                where + ": " + kindName + "." + comparison.name() + "." + level + " needs [m, u]");
                    }
                    mu[i] = new double[] {((Number) list.get(0)).doubleValue(), ((Number) list.get(1)).doubleValue()};
                }
                levels.put(comparison.name(), mu);
            }
            kinds.put(kind, new Kind(perParty.doubleValue(), levels));
        }
        return new ModelParameters(kinds);
    }

    /** How many records a party of this kind has on average: with the tenant's size, the prior. */
    public double recordsPerParty(PartyKind kind) {
        return this.kinds.get(kind).recordsPerParty();
    }

    public double m(PartyKind kind, String comparison, int level) {
        return this.kinds.get(kind).levels().get(comparison)[level][0];
    }

    public double u(PartyKind kind, String comparison, int level) {
        return this.kinds.get(kind).levels().get(comparison)[level][1];
    }

    /** A copy with other m and u for one comparison's levels. */
    public ModelParameters with(PartyKind kind, String comparison, double[][] mu) {
        Map<PartyKind, Kind> copy = new EnumMap<>(this.kinds);
        Map<String, double[][]> levels = new LinkedHashMap<>(copy.get(kind).levels());
        levels.put(comparison, mu);
        copy.put(kind, new Kind(copy.get(kind).recordsPerParty(), levels));
        return new ModelParameters(copy);
    }

    /** The settings document of these parameters, as YAML a person can read and edit. */
    public String toYaml() {
        Map<String, Object> document = new LinkedHashMap<>();
        this.kinds.forEach((kind, parameters) -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("recordsPerParty", parameters.recordsPerParty());
            for (Comparison comparison : Comparisons.of(kind)) {
                Map<String, Object> levels = new LinkedHashMap<>();
                double[][] mu = parameters.levels().get(comparison.name());
                for (int i = 0; i < mu.length; i++) {
                    levels.put(comparison.levels().get(i), List.of(round(mu[i][0]), round(mu[i][1])));
                }
                section.put(comparison.name(), levels);
            }
            document.put(kind == PartyKind.PERSON ? "person" : "organization", section);
        });
        return YAML.writeValueAsString(document);
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", value));
    }
}

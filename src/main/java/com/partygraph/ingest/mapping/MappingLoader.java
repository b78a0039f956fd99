package com.partygraph.ingest.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a mapping file, refusing unknown keys so that a typo is an error rather than a silent gap. */
public final class MappingLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // An address part names one column or a list of them.
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private MappingLoader() {}

    /** @throws MappingException when the file is missing, not YAML, or has keys the format does not know */
    public static SourceMapping load(Path file) {
        try {
            SourceMapping mapping = YAML.readValue(Files.readString(file), SourceMapping.class);
            if (mapping == null || mapping.tables() == null || mapping.tables().isEmpty()) {
                throw new MappingException(file.toString(), List.of("no tables"));
            }
            return mapping;
        } catch (IOException ex) {
            throw new MappingException(file.toString(), List.of("cannot read it: " + ex.getMessage()));
        } catch (JacksonException ex) {
            throw new MappingException(
                    file.toString(), List.of(ex.getPathReference() + ": " + ex.getOriginalMessage()));
        }
    }
}

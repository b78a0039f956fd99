package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.UnmappableRowException;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import com.partygraph.resolution.ResolutionSettings;
import com.partygraph.resolution.features.RecordFacts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rows through a mapping into the party records resolution takes, exactly as ingestion does, for
 * tools that resolve a source without writing a graph (the resolution evaluation). Thread-safe.
 */
public final class MappedParties {

    private final String source;

    private final RowInterpreter interpreter;

    private MappedParties(SourceMapping mapping, Set<String> roleCodes, RowInterpreter.Normalizers normalizers) {
        this.source = mapping.source();
        this.interpreter = new RowInterpreter(mapping, roleCodes, normalizers);
    }

    /** Rows read with the application's normalizers under these settings, roles checked against the codes. */
    public static MappedParties of(SourceMapping mapping, Set<String> roleCodes, ResolutionSettings settings) {
        return new MappedParties(
                mapping,
                roleCodes,
                new RowInterpreter.Normalizers(
                        new EmailNormalizer(),
                        new PhoneNormalizer(settings),
                        new DomainNormalizer(),
                        new NameNormalizer()));
    }

    /**
     * The party records of one row: the row's own (when it describes a party) and those derived from it
     * (an organization named in free text); or why the row cannot be mapped.
     */
    public Read read(String table, String key, Map<String, Object> row) {
        try {
            Tenant tenant = this.interpreter.tenant(table, row);
            RecordRef self = new RecordRef(table, key);
            Claims.RowPlan plan = this.interpreter.interpret(table, key, row);
            List<Party> parties = plan.parties().stream()
                    .map(claim -> new Party(
                            Resolutions.facts(this.source, claim),
                            claim.matchByName(),
                            claim.record().equals(self)))
                    .toList();
            return new Read(tenant, parties, null, plan.warnings());
        } catch (UnmappableRowException ex) {
            return new Read(null, List.of(), ex.getMessage(), List.of());
        }
    }

    /**
     * A row's tenant and party records with the field-level warnings of values left out, or the problem that keeps
     * it from being mapped (then tenant is null).
     */
    public record Read(Tenant tenant, List<Party> parties, String problem, List<String> warnings) {}

    /**
     * One party record: what it says, whether it is a mention of an organization by name, and whether it is
     * the row's own record (not derived from one of its columns).
     */
    public record Party(RecordFacts facts, boolean mention, boolean own) {}
}

package com.partygraph.ingest.mapping;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.RelationshipType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What one row asserts, before it is written. Rows refer to each other by {@link RecordRef}. */
public final class Claims {

    private Claims() {}

    /** A source record of the same source and tenant; derived records have keys like {@code 7#organization}. */
    public record RecordRef(String table, String key) {

        public String uid(String source) {
            return source + "/" + this.table + "/" + this.key;
        }
    }

    /**
     * A source record that describes a party; the party is found by email (or, for organizations named
     * in free text, by normalized name) or created.
     */
    public record PartyClaim(
            RecordRef record,
            PartyKind kind,
            Map<String, Object> fields,
            List<String> emails,
            List<String> phones,
            List<String> domains,
            boolean matchByName) {}

    /** A typed party-to-party edge asserted by the row. */
    public record EdgeClaim(RelationshipType type, RecordRef from, RecordRef to, Map<String, Object> properties) {}

    /** A role the party of {@code party} takes, optionally in the context of another record. */
    public record RoleClaim(RecordRef party, String code, LocalDate since, LocalDate until, String context) {}

    /** An activity of the party of {@code party}. */
    public record ActivityClaim(
            RecordRef party,
            String type,
            String at,
            Double amount,
            String currency,
            String channel,
            Map<String, Object> attributes) {}

    /**
     * Everything a row asserts, and the field-level warnings of values it holds but could not read (left out of
     * the claims, kept in the raw row).
     */
    public record RowPlan(
            List<PartyClaim> parties,
            List<EdgeClaim> edges,
            List<RoleClaim> roles,
            ActivityClaim activity,
            List<String> warnings) {

        public RowPlan(List<PartyClaim> parties, List<EdgeClaim> edges, List<RoleClaim> roles, ActivityClaim activity) {
            this(parties, edges, roles, activity, List.of());
        }

        /** Every record the plan needs a party for, other than the ones it describes itself. */
        public List<RecordRef> references() {
            List<RecordRef> own = this.parties.stream().map(PartyClaim::record).toList();
            Stream<RecordRef> all = Stream.concat(
                    this.edges.stream().flatMap(edge -> Stream.of(edge.from(), edge.to())),
                    Stream.concat(
                            this.roles.stream().map(RoleClaim::party),
                            Stream.ofNullable(this.activity).map(ActivityClaim::party)));
            return all.filter(ref -> !own.contains(ref)).distinct().toList();
        }
    }
}

package com.partygraph.ingest.mapping;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.ActivityClaim;
import com.partygraph.ingest.mapping.Claims.EdgeClaim;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RoleClaim;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Reads a row through its table mapping into the claims it makes (party tables: {@link PartyRows}),
 * or says why it cannot be mapped:
 * no name, a malformed email or phone, a date out of range or in the wrong order, a value of the
 * wrong type, over-long text, an unknown role or kind. Thread-safe.
 */
public final class RowInterpreter {

    public static final String PARTY_SUFFIX = "#party";

    private final SourceMapping mapping;

    private final RoleCodes roleCodes;

    private final Normalizers normalize;

    private final PartyRows parties;

    private final String fingerprint;

    public RowInterpreter(SourceMapping mapping, Set<String> roleCodes, Normalizers normalizers) {
        this.mapping = mapping;
        this.roleCodes = new RoleCodes(roleCodes);
        this.normalize = normalizers;
        this.parties = new PartyRows(normalizers, this.roleCodes);
        this.fingerprint = fingerprint(mapping + "|" + new TreeSet<>(roleCodes) + "|"
                + normalizers.phones().defaultRegion());
    }

    /**
     * Stands for everything a row's reading depends on besides the row: the mapping, the role catalog
     * and the phone region. A record read under another fingerprint is read again when its row comes
     * by; one read under this one, from the same row, is left as it is.
     */
    public String fingerprint() {
        return this.fingerprint;
    }

    // The first 8 bytes of the description's SHA-256, in hex.
    private static String fingerprint(String description) {
        return DigestUtils.sha256Hex(description).substring(0, 16);
    }

    /** The normalizers a row's values go through. */
    public record Normalizers(
            EmailNormalizer emails, PhoneNormalizer phones, DomainNormalizer domains, NameNormalizer names) {}

    public Tenant tenant(String table, Map<String, Object> row) throws UnmappableRowException {
        TenantRule rule = this.mapping.tenantRule(table);
        if (rule.fixed() != null) {
            return Tenant.named(rule.fixed());
        }
        Object value = row.get(rule.column());
        if (value == null || value.toString().isBlank()) {
            throw new UnmappableRowException(rule.column() + ": no tenant (the column is empty)");
        }
        try {
            return Tenant.named((rule.format() == null ? "%s" : rule.format())
                    .formatted(value.toString().strip()));
        } catch (IllegalArgumentException ex) {
            throw new UnmappableRowException(
                    rule.column() + ": '" + value + "' does not make a tenant: " + ex.getMessage());
        }
    }

    public RowPlan interpret(String table, String key, Map<String, Object> row) throws UnmappableRowException {
        TableMapping spec = this.mapping.tables().get(table);
        RowValues values = new RowValues(row);
        RecordRef self = new RecordRef(table, key);
        return switch (spec.kind()) {
            case PARTY -> this.parties.interpret(self, spec.party(), values);
            case RELATIONSHIP -> relationship(spec.relationship(), values);
            case ROLE -> role(spec.role(), values);
            case ACTIVITY -> activity(self, spec.activity(), values);
            case RECORD -> new RowPlan(List.of(), List.of(), List.of(), null);
        };
    }

    private RowPlan relationship(RelationshipSpec spec, RowValues values) throws UnmappableRowException {
        RecordRef from = ref(spec.from(), values, "from");
        RecordRef to = ref(spec.to(), values, "to");
        LocalDate start = values.date(spec.startDate());
        LocalDate end = values.date(spec.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            throw new UnmappableRowException(spec.endDate() + ": end date " + end + " is before start date " + start);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("title", values.text(spec.title()));
        properties.put("department", values.text(spec.department()));
        properties.put("startDate", start);
        properties.put("endDate", end);
        properties.put("isPrimary", values.bool(spec.isPrimary()));
        Boolean current = values.bool(spec.isCurrent());
        properties.put("isCurrent", current != null ? current : end == null || !end.isBefore(LocalDate.now()));
        return new RowPlan(List.of(), List.of(new EdgeClaim(spec.type(), from, to, properties)), List.of(), null);
    }

    private RowPlan role(RoleSpec spec, RowValues values) throws UnmappableRowException {
        RecordRef party = ref(spec.party(), values, "party");
        String context = null;
        if (spec.context() != null) {
            RecordRef contextRecord = ref(spec.context(), values, "context");
            context = contextRecord.uid(this.mapping.source());
        }
        LocalDate since = values.date(spec.since());
        LocalDate until = values.date(spec.until());
        if (since != null && until != null && until.isBefore(since)) {
            throw new UnmappableRowException(spec.until() + ": " + until + " is before " + since);
        }
        List<RoleClaim> roles = new ArrayList<>();
        for (String code : this.roleCodes.resolve(spec.role(), values)) {
            roles.add(new RoleClaim(party, code, since, until, context));
        }
        return new RowPlan(List.of(), List.of(), roles, null);
    }

    private RowPlan activity(RecordRef self, ActivitySpec spec, RowValues values) throws UnmappableRowException {
        List<PartyClaim> parties = new ArrayList<>();
        RecordRef party = null;
        for (Ref ref : spec.partyRefs()) {
            String target = values.text(ref.column());
            if (target != null) {
                party = new RecordRef(ref.table(), target);
                break;
            }
        }
        if (party == null && spec.partyEmail() != null) {
            String email = values
                    .normalized(List.of(spec.partyEmail()), this.normalize.emails()::normalize, "not an email address")
                    .stream()
                    .findFirst()
                    .orElse(null);
            if (email != null) {
                party = new RecordRef(self.table(), self.key() + PARTY_SUFFIX);
                parties.add(new PartyClaim(
                        party,
                        PartyKind.PERSON,
                        Map.of("displayName", email, "normalizedName", email),
                        List.of(email),
                        List.of(),
                        List.of(),
                        false));
            }
        }
        if (party == null) {
            throw new UnmappableRowException("no party: "
                    + Stream.concat(spec.partyRefs().stream().map(Ref::column), Stream.ofNullable(spec.partyEmail()))
                            .collect(Collectors.joining(", "))
                    + " empty");
        }
        String at = values.timestamp(spec.at());
        if (at == null) {
            throw new UnmappableRowException(spec.at() + ": no time");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String column : spec.attributeColumns()) {
            attributes.put(column, values.text(column));
        }
        String currency = spec.currency() == null ? null : spec.currency().resolve(values.row());
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            throw new UnmappableRowException("currency: '" + currency + "' is not an ISO 4217 code");
        }
        ActivityClaim activity = new ActivityClaim(
                party,
                spec.type(),
                at,
                values.number(spec.amount()),
                currency == null ? null : currency.toUpperCase(Locale.ROOT),
                spec.channel() == null ? null : spec.channel().resolve(values.row()),
                attributes);
        return new RowPlan(parties, List.of(), List.of(), activity);
    }

    private RecordRef ref(Ref ref, RowValues values, String what) throws UnmappableRowException {
        String table = ref.table();
        if (table == null) {
            table = values.text(ref.tableColumn());
            if (table == null || !this.mapping.tables().containsKey(table)) {
                throw new UnmappableRowException(ref.tableColumn() + ": '" + table + "' is not a mapped table");
            }
        }
        String key = values.text(ref.column());
        if (key == null) {
            throw new UnmappableRowException(ref.column() + ": no " + what + " (the column is empty)");
        }
        return new RecordRef(table, key);
    }
}

package com.partygraph.ingest.mapping;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a mapping against the source's real tables and columns and the role catalog, so that
 * mistakes stop the start-up with a message instead of turning every row into an error.
 */
public final class MappingValidator {

    private final Map<String, Set<String>> columnsByTable;

    private final Set<String> roleCodes;

    private final List<String> problems = new ArrayList<>();

    private MappingValidator(Map<String, Set<String>> columnsByTable, Set<String> roleCodes) {
        this.columnsByTable = columnsByTable;
        this.roleCodes = roleCodes;
    }

    /**
     * @param columnsByTable the source's tables and their columns
     * @param roleCodes the role catalog
     * @throws MappingException listing every problem
     */
    public static void validate(
            String file, SourceMapping mapping, Map<String, Set<String>> columnsByTable, Set<String> roleCodes) {
        MappingValidator validator = new MappingValidator(columnsByTable, roleCodes);
        validator.check(mapping);
        if (!validator.problems.isEmpty()) {
            throw new MappingException(file, validator.problems);
        }
    }

    private void check(SourceMapping mapping) {
        if (mapping.source() == null || mapping.source().isBlank()) {
            this.problems.add("source: missing");
        }
        mapping.tables().forEach((table, spec) -> {
            String at = "tables." + table;
            if (!this.columnsByTable.containsKey(table)) {
                this.problems.add(at + ": no table '" + table + "' in the source");
                return;
            }
            TenantRule tenant = mapping.tenantRule(table);
            if (tenant == null || (tenant.fixed() == null && tenant.column() == null)) {
                this.problems.add(at + ".tenant: no tenant rule (give tenant.fixed or tenant.column)");
            } else {
                column(at + ".tenant.column", table, tenant.column());
            }
            if (spec.kind() == null) {
                this.problems.add(at + ".kind: missing (party, relationship, role, activity or record)");
                return;
            }
            switch (spec.kind()) {
                case PARTY -> party(at + ".party", table, spec.party(), mapping);
                case RELATIONSHIP -> relationship(at + ".relationship", table, spec.relationship(), mapping);
                case ROLE -> role(at + ".role", table, spec.role(), mapping);
                case ACTIVITY -> activity(at + ".activity", table, spec.activity(), mapping);
                case RECORD -> {}
            }
        });
    }

    private void party(String at, String table, PartySpec party, SourceMapping mapping) {
        if (party == null) {
            this.problems.add(at + ": missing");
            return;
        }
        if (party.kind() == null) {
            this.problems.add(at + ".kind: missing (PERSON, ORGANIZATION or a column)");
        } else {
            column(at + ".kind.column", table, party.kind().column());
            Stream.concat(
                            Stream.ofNullable(party.kind().fixed()),
                            party.kind().values() == null ? Stream.empty() : party.kind().values().values().stream())
                    .filter(kind -> Stream.of(PartyKind.values())
                            .noneMatch(k -> k.name().equalsIgnoreCase(kind)))
                    .forEach(kind -> this.problems.add(at + ".kind: '" + kind + "' is not PERSON or ORGANIZATION"));
        }
        if (Stream.of(party.displayName(), party.fullName(), party.givenName(), party.familyName(), party.legalName())
                .allMatch(Objects::isNull)) {
            this.problems.add(at + ": no name column (displayName, fullName, givenName, familyName or legalName)");
        }
        String[][] named = {
            {"displayName", party.displayName()},
            {"fullName", party.fullName()},
            {"givenName", party.givenName()},
            {"middleName", party.middleName()},
            {"familyName", party.familyName()},
            {"legalName", party.legalName()},
            {"birthDate", party.birthDate()},
            {"industry", party.industry()}
        };
        for (String[] field : named) {
            column(at + "." + field[0], table, field[1]);
        }
        columns(at + ".emails", table, party.emailColumns());
        columns(at + ".phones", table, party.phoneColumns());
        columns(at + ".domains", table, party.domainColumns());
        columns(at + ".otherNames", table, party.otherNameColumns());
        if (party.birthDateFormat() != null && !Dates.validPattern(party.birthDateFormat())) {
            this.problems.add(at + ".birthDateFormat: '" + party.birthDateFormat() + "' is not a date pattern");
        }
        for (int i = 0; i < party.identifierList().size(); i++) {
            var identifier = party.identifierList().get(i);
            if (identifier.type() == null || !identifier.type().matches("[a-z][a-z0-9_]{0,39}")) {
                this.problems.add(at + ".identifiers[" + i + "].type: '" + identifier.type()
                        + "' is not a type name (lower case letters, digits, _)");
            }
            if (identifier.column() == null) {
                this.problems.add(at + ".identifiers[" + i + "].column: missing");
            }
            column(at + ".identifiers[" + i + "].column", table, identifier.column());
        }
        if (party.address() != null) {
            columns(at + ".address", table, party.address().columns());
        }
        roles(at + ".roles", table, party.roles());
        if (party.organization() != null) {
            column(at + ".organization.column", table, party.organization().column());
            column(at + ".organization.title", table, party.organization().title());
            if (party.organization().relationship() == null) {
                this.problems.add(at + ".organization.relationship: missing (e.g. EMPLOYEE_OF)");
            }
        }
        for (int i = 0; i < party.linkList().size(); i++) {
            var link = party.linkList().get(i);
            ref(at + ".links[" + i + "]", table, new Ref(link.table(), null, link.column()), mapping);
            if (link.relationship() == null) {
                this.problems.add(at + ".links[" + i + "].relationship: missing");
            }
        }
    }

    private void relationship(String at, String table, RelationshipSpec spec, SourceMapping mapping) {
        if (spec == null) {
            this.problems.add(at + ": missing");
            return;
        }
        if (spec.type() == null) {
            this.problems.add(at + ".type: missing");
        }
        ref(at + ".from", table, spec.from(), mapping);
        ref(at + ".to", table, spec.to(), mapping);
        columns(
                at,
                table,
                Stream.of(
                                spec.title(),
                                spec.department(),
                                spec.startDate(),
                                spec.endDate(),
                                spec.isPrimary(),
                                spec.isCurrent())
                        .filter(Objects::nonNull)
                        .toList());
    }

    private void role(String at, String table, RoleSpec spec, SourceMapping mapping) {
        if (spec == null) {
            this.problems.add(at + ": missing");
            return;
        }
        ref(at + ".party", table, spec.party(), mapping);
        roles(at + ".role", table, spec.role());
        if (spec.context() != null) {
            ref(at + ".context", table, spec.context(), mapping);
        }
        column(at + ".since", table, spec.since());
        column(at + ".until", table, spec.until());
    }

    private void activity(String at, String table, ActivitySpec spec, SourceMapping mapping) {
        if (spec == null) {
            this.problems.add(at + ": missing");
            return;
        }
        if (spec.type() == null || spec.type().isBlank()) {
            this.problems.add(at + ".type: missing");
        }
        if (spec.partyRefs().isEmpty() && spec.partyEmail() == null) {
            this.problems.add(at + ": give party (foreign keys) or partyEmail");
        }
        for (int i = 0; i < spec.partyRefs().size(); i++) {
            ref(at + ".party[" + i + "]", table, spec.partyRefs().get(i), mapping);
        }
        column(at + ".partyEmail", table, spec.partyEmail());
        if (spec.at() == null) {
            this.problems.add(at + ".at: missing");
        }
        column(at + ".at", table, spec.at());
        column(at + ".amount", table, spec.amount());
        column(
                at + ".currency.column",
                table,
                spec.currency() == null ? null : spec.currency().column());
        column(
                at + ".channel.column",
                table,
                spec.channel() == null ? null : spec.channel().column());
        columns(at + ".attributes", table, spec.attributeColumns());
    }

    private void roles(String at, String table, RoleChoice roles) {
        if (roles == null) {
            return;
        }
        column(at + ".column", table, roles.column());
        Stream.concat(
                        roles.fixed() == null ? Stream.empty() : roles.fixed().stream(),
                        roles.values() == null ? Stream.empty() : roles.values().values().stream())
                .filter(code -> !this.roleCodes.contains(code))
                .forEach(code -> this.problems.add(at + ": unknown role '" + code + "'"));
    }

    private void ref(String at, String table, Ref ref, SourceMapping mapping) {
        if (ref == null) {
            this.problems.add(at + ": missing");
            return;
        }
        if ((ref.table() == null) == (ref.tableColumn() == null)) {
            this.problems.add(at + ": give exactly one of table or tableColumn");
        }
        if (ref.table() != null && !mapping.tables().containsKey(ref.table())) {
            this.problems.add(at + ".table: '" + ref.table() + "' is not a mapped table");
        }
        column(at + ".tableColumn", table, ref.tableColumn());
        if (ref.column() == null) {
            this.problems.add(at + ".column: missing");
        }
        column(at + ".column", table, ref.column());
    }

    private void columns(String at, String table, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            column(at + "[" + i + "]", table, columns.get(i));
        }
    }

    private void column(String at, String table, String column) {
        if (column != null && !this.columnsByTable.get(table).contains(column)) {
            this.problems.add(at + ": no column '" + column + "' in table " + table);
        }
    }
}

package com.partygraph.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping's mistakes stop the start-up with every problem listed, each saying where it is. */
class MappingValidatorTests {

    private static final Map<String, Set<String>> SOURCE = Map.of(
            "people", Set.of("id", "name", "email", "born", "ssn", "employer", "org_id"),
            "orders", Set.of("id", "person_id", "placed_at", "total"));

    @TempDir
    Path dir;

    @Test
    void aCorrectMappingPasses() throws Exception {
        SourceMapping mapping = load("""
				source: crm
				tenant: { fixed: acme }
				tables:
				  people:
				    kind: party
				    party:
				      kind: PERSON
				      fullName: name
				      emails: [email]
				      birthDate: born
				      identifiers: [ { type: national_id, column: ssn } ]
				      roles: { fixed: [customer] }
				  orders:
				    kind: activity
				    activity:
				      type: order
				      party: [ { table: people, column: person_id } ]
				      at: placed_at
				      amount: total
				""");
        assertThatNoException()
                .isThrownBy(() -> MappingValidator.validate("m.yaml", mapping, SOURCE, Set.of("customer")));
    }

    @Test
    void everyProblemIsListedWithWhereItIs() throws Exception {
        SourceMapping mapping = load("""
				source: crm
				tenant: { fixed: acme }
				tables:
				  people:
				    kind: party
				    party:
				      kind: ROBOT
				      fullName: nom
				      birthDate: born
				      birthDateFormat: "not a pattern ]["
				      identifiers: [ { type: "National ID", column: ssn }, { type: tax_id } ]
				      roles: { fixed: [customer, astronaut] }
				  orders:
				    kind: activity
				    activity:
				      party: [ { table: invoices, column: person_id } ]
				      amount: total
				  ghosts:
				    kind: party
				    party:
				      kind: PERSON
				      fullName: name
				""");
        MappingException refused = catchRefusal(mapping);
        assertThat(refused.problems())
                .contains(
                        "tables.people.party.kind: 'ROBOT' is not PERSON or ORGANIZATION",
                        "tables.people.party.fullName: no column 'nom' in table people",
                        "tables.people.party.roles: unknown role 'astronaut'",
                        "tables.people.party.identifiers[1].column: missing",
                        "tables.orders.activity.type: missing",
                        "tables.orders.activity.at: missing",
                        "tables.orders.activity.party[0].table: 'invoices' is not a mapped table",
                        "tables.ghosts: no table 'ghosts' in the source");
        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).startsWith("tables.people.party.birthDateFormat:"))
                .anySatisfy(p -> assertThat(p).startsWith("tables.people.party.identifiers[0].type:"));
        assertThat(refused.getMessage())
                .startsWith("Mapping m.yaml has " + refused.problems().size() + " problem(s)");
    }

    @Test
    void aMappingWithoutTenantOrNameIsRefused() throws Exception {
        SourceMapping mapping = load("""
				source: crm
				tables:
				  people:
				    kind: party
				    party:
				      kind: PERSON
				      emails: [email]
				""");
        assertThat(catchRefusal(mapping).problems())
                .contains(
                        "tables.people.tenant: no tenant rule (give tenant.fixed or tenant.column)",
                        "tables.people.party: no name column (displayName, fullName, givenName, familyName or legalName)");
    }

    @Test
    void aFileThatIsNotAMappingSaysWhy() throws Exception {
        Path unknownKey = Files.writeString(this.dir.resolve("typo.yaml"), "source: crm\ntabels: {}\n");
        assertThatExceptionOfType(MappingException.class)
                .isThrownBy(() -> MappingLoader.load(unknownKey))
                .satisfies(ex ->
                        assertThat(ex.problems()).singleElement().asString().contains("tabels"));
        Path missing = this.dir.resolve("missing.yaml");
        assertThatExceptionOfType(MappingException.class)
                .isThrownBy(() -> MappingLoader.load(missing))
                .satisfies(ex ->
                        assertThat(ex.problems()).singleElement().asString().startsWith("cannot read it"));
    }

    private MappingException catchRefusal(SourceMapping mapping) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                MappingException.class, () -> MappingValidator.validate("m.yaml", mapping, SOURCE, Set.of("customer")));
    }

    private SourceMapping load(String yaml) throws Exception {
        return MappingLoader.load(Files.writeString(this.dir.resolve("m.yaml"), yaml));
    }
}

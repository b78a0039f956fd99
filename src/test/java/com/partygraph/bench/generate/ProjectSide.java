package com.partygraph.bench.generate;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The project-side tables, one tenant of their own in the demo mapping: companies in role tables (one
 * company often in two, such as technology vendor and operator, named a little differently in each),
 * personnel with their affiliations to those companies, and projects with the companies in them.
 */
final class ProjectSide {

    /** Role tables and the project role a company in each takes. */
    private static final String[][] ROLE_TABLES = {
        {"technology_vendors", "technology_vendor"},
        {"owners_developers", "developer"},
        {"operators", "operator"},
        {"constructors", "constructor"},
        {"offtakers", "offtaker"},
        {"clients", "client"}
    };

    private static final int RECENT = 2_000;

    private final SplittableRandom random;

    private final SourceTables tables;

    private final List<RoleRow> companies = new ArrayList<>();

    private int sinceProject;

    private int projects;

    /** A company's row in one role table. */
    private record RoleRow(int party, String table, String role, long id) {}

    ProjectSide(SplittableRandom random, SourceTables tables) {
        this.random = random;
        this.tables = tables;
    }

    static void declare(SourceTables tables, Connection connection) throws SQLException {
        for (String[] roleTable : ROLE_TABLES) {
            tables.declare(
                    connection,
                    roleTable[0],
                    false,
                    "name, website, email, phone" + (roleTable[0].equals("technology_vendors") ? ", technology" : ""));
        }
        tables.declare(connection, "personnel", false, "first_name, last_name, email, phone");
        tables.declare(
                connection,
                "person_company_affiliations",
                false,
                "personnel_id, company_table, company_id, title, is_primary, start_date, end_date");
        tables.declare(connection, "projects", false, "name, location, capacity_mw, status");
        tables.declare(connection, "project_companies", false, "project_id, company_table, company_id, role");
    }

    /** The company in one role table, or two; every few companies a project takes some of them on. */
    void company(int party, String base, String domain, String phone) throws IOException {
        int first = this.random.nextInt(ROLE_TABLES.length);
        int count = this.random.nextInt(3) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            String[] roleTable =
                    ROLE_TABLES[(first + i * (1 + this.random.nextInt(ROLE_TABLES.length - 1))) % ROLE_TABLES.length];
            String email = this.random.nextInt(4) == 0 ? "" : Variations.email(this.random, "projects@" + domain);
            long id = roleTable[0].equals("technology_vendors")
                    ? this.tables.row(
                            party,
                            roleTable[0],
                            Variations.company(this.random, base),
                            "www." + domain,
                            email,
                            phone,
                            Variations.pick(this.random, new String[] {"solar", "wind", "storage", "hydrogen"}))
                    : this.tables.row(
                            party, roleTable[0], Variations.company(this.random, base), "www." + domain, email, phone);
            remember(new RoleRow(party, roleTable[0], roleTable[1], id));
        }
        if (++this.sinceProject >= 4) {
            project();
            this.sinceProject = 0;
        }
    }

    /** The person as project staff of a company already written, if there is one. */
    void person(int party, String given, String family, String email, String phone) throws IOException {
        if (this.companies.isEmpty()) {
            return;
        }
        long personnel = this.tables.row(
                party,
                "personnel",
                Variations.given(this.random, given),
                Variations.family(this.random, family),
                Variations.email(this.random, email),
                phone);
        RoleRow company = this.companies.get(this.random.nextInt(this.companies.size()));
        int startYear = 2015 + this.random.nextInt(10);
        boolean left = this.random.nextInt(5) == 0;
        this.tables.row(
                party,
                "person_company_affiliations",
                String.valueOf(personnel),
                company.table(),
                String.valueOf(company.id()),
                Variations.pick(this.random, new String[] {"Project Manager", "Engineer", "Director", "Site Lead"}),
                left ? "false" : "true",
                startYear + "-0" + (1 + this.random.nextInt(9)) + "-01",
                left ? (startYear + 1 + this.random.nextInt(2)) + "-06-30" : "");
    }

    private void project() throws IOException {
        int number = ++this.projects;
        long project = this.tables.row(
                null,
                "projects",
                Variations.pick(this.random, new String[] {"Solar", "Wind", "Storage", "Hydro"}) + " Project " + number,
                Variations.pick(this.random, new String[] {"Austin, TX", "Denver, CO", "Fresno, CA", "Tulsa, OK"}),
                String.format(Locale.ROOT, "%d.%d", 5 + this.random.nextInt(300), this.random.nextInt(10)),
                Variations.pick(this.random, new String[] {"planned", "construction", "operating"}));
        int members = Math.min(this.companies.size(), 2 + this.random.nextInt(3));
        for (int i = 0; i < members; i++) {
            RoleRow company = this.companies.get(this.companies.size() - 1 - i);
            this.tables.row(
                    company.party(),
                    "project_companies",
                    String.valueOf(project),
                    company.table(),
                    String.valueOf(company.id()),
                    company.role());
        }
    }

    private void remember(RoleRow row) {
        if (this.companies.size() == RECENT) {
            this.companies.set(this.random.nextInt(RECENT), row);
        } else {
            this.companies.add(row);
        }
    }
}

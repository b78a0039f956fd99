package com.partygraph.bench.generate;

import com.partygraph.evaluate.Options;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes people and companies into five tables of the kind companies keep (CRM leads, billing customers,
 * support users, vendors, partner companies), each row written the way real rows about one party differ,
 * with a ground truth ({@code party,table,key}) for measuring resolution. The schema and its mapping are
 * {@code import/identities/}. Deterministic for a seed. The variation rates are in {@link IdentityVariations}.
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-classpath %classpath com.partygraph.bench.generate.IdentityGenerator --parties 40000 --port 5433 --truth target/identities-truth.csv"</pre>
 */
public final class IdentityGenerator {

    /** The tables, in the order rows are copied. */
    static final String SCHEMA = """
			CREATE TABLE IF NOT EXISTS crm_leads (id SERIAL PRIMARY KEY, full_name TEXT, email TEXT, phone TEXT,
			  company TEXT, address TEXT);
			CREATE TABLE IF NOT EXISTS billing_customers (id SERIAL PRIMARY KEY, first_name TEXT, middle_name TEXT,
			  last_name TEXT, email TEXT, phone TEXT, street_number TEXT, street TEXT, city TEXT, state TEXT, zip TEXT,
			  birth_date DATE, ssn TEXT);
			CREATE TABLE IF NOT EXISTS support_users (id SERIAL PRIMARY KEY, display_name TEXT, email TEXT, phone TEXT,
			  dob TEXT);
			CREATE TABLE IF NOT EXISTS vendors (id SERIAL PRIMARY KEY, legal_name TEXT, dba_name TEXT, website TEXT,
			  email TEXT, phone TEXT, address TEXT, tax_id TEXT);
			CREATE TABLE IF NOT EXISTS partner_companies (id SERIAL PRIMARY KEY, name TEXT, website TEXT, phone TEXT,
			  city TEXT, state TEXT);
			""";

    private final SplittableRandom random;

    private final SourceTables tables;

    private final IdentityVariations vary;

    private final List<IdentityVariations.Person> people = new ArrayList<>();

    private final List<IdentityVariations.Company> companies = new ArrayList<>();

    private final java.util.Set<String> domains = new java.util.HashSet<>();

    private final java.util.Set<String> emails = new java.util.HashSet<>();

    IdentityGenerator(long seed, SourceTables tables) {
        this.random = new SplittableRandom(seed);
        this.tables = tables;
        this.vary = new IdentityVariations(this.random);
    }

    public static void main(String[] args) throws Exception {
        var options = Options.of(args);
        int parties = Integer.parseInt(options.get("parties", "10000"));
        String url = "jdbc:postgresql://" + options.get("host", "127.0.0.1") + ":" + options.get("port", "5433") + "/"
                + options.get("database", "postgres");
        Path truth = Path.of(options.get("truth", "target/identities-truth.csv"));
        long started = System.nanoTime();
        long rows = generate(
                url,
                options.get("user", "postgres"),
                options.get("password", "postgres"),
                parties,
                Long.parseLong(options.get("seed", "42")),
                truth);
        System.out.printf(
                Locale.ROOT,
                "Generated %d parties as %d rows in %.1f s; ground truth in %s%n",
                parties,
                rows,
                (System.nanoTime() - started) / 1e9,
                truth.toAbsolutePath());
    }

    /** Creates the tables when missing and fills them; returns the number of rows written. */
    public static long generate(String url, String user, String password, int parties, long seed, Path truthFile)
            throws SQLException, IOException {
        if (truthFile.getParent() != null) {
            Files.createDirectories(truthFile.getParent());
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                BufferedWriter truth = Files.newBufferedWriter(truthFile)) {
            try (var statement = connection.createStatement()) {
                statement.execute(SCHEMA);
            }
            SourceTables tables = new SourceTables(truth, 0);
            tables.declare(connection, "crm_leads", false, "full_name, email, phone, company, address");
            tables.declare(
                    connection,
                    "billing_customers",
                    false,
                    "first_name, middle_name, last_name, email, phone, "
                            + "street_number, street, city, state, zip, birth_date, ssn");
            tables.declare(connection, "support_users", false, "display_name, email, phone, dob");
            tables.declare(
                    connection, "vendors", false, "legal_name, dba_name, website, email, phone, address, tax_id");
            tables.declare(connection, "partner_companies", false, "name, website, phone, city, state");
            IdentityGenerator generator = new IdentityGenerator(seed, tables);
            return tables.fill(connection, parties, generator.random, generator::person, generator::company);
        }
    }

    private void person(int party) throws IOException {
        IdentityVariations.Person person = this.vary.person(party, this.people, this.companies, this.emails);
        this.people.add(person);
        boolean lead = this.random.nextInt(100) < 60;
        boolean billing = this.random.nextInt(100) < 50;
        boolean support = this.random.nextInt(100) < 40 || !lead && !billing;
        if (lead) {
            IdentityVariations.Company employer = person.employer();
            this.tables.row(
                    party,
                    "crm_leads",
                    this.vary.fullName(person),
                    this.vary.email(person),
                    this.vary.phone(person),
                    employer == null ? "" : this.vary.companyName(employer),
                    this.vary.addressLine(person));
        }
        if (billing) {
            String[] address = this.vary.addressParts(person);
            this.tables.row(
                    party,
                    "billing_customers",
                    this.vary.given(person),
                    this.vary.middle(person),
                    this.vary.family(person),
                    this.vary.email(person),
                    this.vary.phone(person),
                    address[0],
                    address[1],
                    address[2],
                    address[3],
                    address[4],
                    this.vary.isoBirthDate(person),
                    this.vary.ssn(person));
        }
        if (support) {
            this.tables.row(
                    party,
                    "support_users",
                    this.vary.displayName(person),
                    this.vary.email(person),
                    this.vary.phone(person),
                    this.vary.usBirthDate(person));
        }
    }

    private void company(int party) throws IOException {
        IdentityVariations.Company company = this.vary.company(party, this.domains);
        this.companies.add(company);
        boolean vendor = this.random.nextInt(100) < 70;
        if (vendor) {
            this.tables.row(
                    party,
                    "vendors",
                    this.vary.companyName(company),
                    company.dba() == null ? "" : company.dba(),
                    this.vary.website(company),
                    this.vary.companyEmail(company),
                    this.vary.companyPhone(company),
                    this.vary.companyAddress(company),
                    this.vary.taxId(company));
        }
        if (!vendor || this.random.nextInt(100) < 60) {
            this.tables.row(
                    party,
                    "partner_companies",
                    this.vary.companyName(company),
                    this.vary.website(company),
                    this.vary.companyPhone(company),
                    company.city(),
                    company.state());
        }
    }
}

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
 * Writes synthetic real-world parties into every table of the demo schema with PostgreSQL COPY. A
 * person appears as a contact and maybe as a lead (with an opportunity), an individual customer, a
 * shopping cart's email, an auction buyer account (with bids), a portal user of a company customer,
 * or project staff; a company as a customer and maybe a supplier, with invoices, work orders and
 * opportunities, and in one or two project role tables ({@link ProjectSide}). Every row is written the
 * way real rows differ (nicknames, case, typos, blanks, legal forms, missing fields, a second email). A
 * CSV ground truth names the real party of every row ({@code party,table,key}). Deterministic for a
 * seed. The CRM tables get {@code business_id} from {@code --business-id}; the project-side tables have
 * no such column (the demo mapping puts them in tenant business-2).
 *
 * <pre>./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-classpath %classpath com.partygraph.bench.generate.Generator --parties 100000 --port 5433 --truth target/ground-truth.csv"</pre>
 */
public final class Generator {

    private static final int RECENT = 2_000;

    private final SplittableRandom random;

    private final SourceTables tables;

    private final ProjectSide projects;

    /** Ids of recent company customers, for portal users to belong to. */
    private final List<Long> companyCustomers = new ArrayList<>();

    Generator(long seed, SourceTables tables) {
        this.random = new SplittableRandom(seed);
        this.tables = tables;
        this.projects = new ProjectSide(this.random, tables);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.of(args);
        int parties = Integer.parseInt(options.get("parties", "1000"));
        String url = "jdbc:postgresql://" + options.get("host", "127.0.0.1") + ":" + options.get("port", "5433") + "/"
                + options.get("database", "postgres");
        Path truthFile = Path.of(options.get("truth", "target/ground-truth.csv"));
        long started = System.nanoTime();
        long rows = generate(
                url,
                options.get("user", "postgres"),
                options.get("password", "postgres"),
                parties,
                Long.parseLong(options.get("seed", "42")),
                Integer.parseInt(options.get("business-id", "1")),
                truthFile);
        System.out.printf(
                Locale.ROOT,
                "Generated %d parties as %d source rows in %.1f s; ground truth in %s%n",
                parties,
                rows,
                (System.nanoTime() - started) / 1e9,
                truthFile.toAbsolutePath());
    }

    /** Generates into the database at {@code url}; returns the number of rows written. */
    public static long generate(
            String url, String user, String password, int parties, long seed, int businessId, Path truthFile)
            throws SQLException, IOException {
        if (truthFile.getParent() != null) {
            Files.createDirectories(truthFile.getParent());
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                BufferedWriter truth = Files.newBufferedWriter(truthFile)) {
            SourceTables tables = new SourceTables(truth, businessId);
            declare(tables, connection);
            Generator generator = new Generator(seed, tables);
            return tables.fill(connection, parties, generator.random, generator::person, generator::company);
        }
    }

    // In the order rows are copied: a table after those it refers to.
    private static void declare(SourceTables tables, Connection connection) throws SQLException {
        tables.declare(connection, "contacts", true, "first_name, last_name, email, phone, organization, title");
        tables.declare(
                connection,
                "leads",
                true,
                "lead_name, company_name, contact_email, contact_phone, lead_source, status");
        tables.declare(
                connection,
                "customers",
                true,
                "customer_name, customer_kind, entity_type, email, secondary_email, phone, website, city, state");
        tables.declare(
                connection,
                "suppliers",
                true,
                "supplier_name, vendor_type, contact_email, phone, website, city, state");
        tables.declare(connection, "opportunities", true, "lead_id, customer_id, name, stage, amount, close_date");
        tables.declare(connection, "buyer_accounts", true, "username, full_name, email, phone, company");
        tables.declare(connection, "bids", true, "buyer_account_id, lot_number, amount, bid_at");
        tables.declare(connection, "shopping_carts", true, "customer_email, cart_total, status, created_at");
        tables.declare(
                connection,
                "customer_portal_users",
                true,
                "customer_id, first_name, last_name, email, phone, last_login");
        ProjectSide.declare(tables, connection);
        tables.declare(
                connection,
                "sales_invoices",
                true,
                "customer_id, invoice_number, order_type, sales_channel, invoice_date, total_amount, currency");
        tables.declare(connection, "work_orders", true, "customer_id, work_type, opened_at, closed_at, amount");
    }

    private void person(int party) throws IOException {
        String given = Variations.pick(this.random, Variations.GIVEN);
        String family = Variations.pick(this.random, Variations.FAMILY);
        String domain = Variations.pick(this.random, Variations.COMPANY_WORDS).toLowerCase(Locale.ROOT) + party % 997
                + ".example.com";
        String email = ascii(given) + "." + ascii(family) + "." + party + "@" + domain;
        String phone = Variations.phone(this.random, party * 31L + 7);
        String organization = Variations.pick(this.random, Variations.COMPANY_WORDS) + " "
                + Variations.pick(this.random, Variations.COMPANY_KINDS);
        this.tables.row(
                party,
                "contacts",
                Variations.given(this.random, given),
                Variations.family(this.random, family),
                Variations.email(this.random, email),
                this.random.nextInt(4) == 0 ? "" : phone,
                Variations.company(this.random, organization),
                this.random.nextBoolean() ? "Manager" : "Engineer");
        if (this.random.nextInt(10) < 4) {
            long lead = this.tables.row(
                    party,
                    "leads",
                    Variations.given(this.random, given) + " " + family,
                    organization,
                    Variations.email(this.random, email),
                    phone,
                    "website",
                    "new");
            if (this.random.nextInt(10) < 3) {
                opportunity(party, String.valueOf(lead), "", family + " deal");
            }
        }
        if (this.random.nextInt(10) < 2) {
            this.tables.row(
                    party,
                    "customers",
                    given + " " + Variations.family(this.random, family),
                    "individual",
                    "website_customer",
                    Variations.email(this.random, email),
                    "p" + party + "@mail.example.org",
                    phone,
                    "",
                    "Springfield",
                    "IL");
        }
        if (this.random.nextInt(100) < 15) {
            this.tables.row(
                    party,
                    "shopping_carts",
                    Variations.email(this.random, email),
                    String.valueOf(5 + this.random.nextInt(900)),
                    this.random.nextBoolean() ? "open" : "abandoned",
                    timestamp());
        }
        if (this.random.nextInt(10) == 0) {
            buyer(party, given, family, email, phone, organization);
        }
        if (this.random.nextInt(10) == 0 && !this.companyCustomers.isEmpty()) {
            long customer = this.companyCustomers.get(this.random.nextInt(this.companyCustomers.size()));
            this.tables.row(
                    party,
                    "customer_portal_users",
                    String.valueOf(customer),
                    Variations.given(this.random, given),
                    family,
                    Variations.email(this.random, email),
                    this.random.nextBoolean() ? phone : "",
                    timestamp());
        }
        if (this.random.nextInt(20) == 0) {
            this.projects.person(party, given, family, email, phone);
        }
    }

    private void buyer(int party, String given, String family, String email, String phone, String organization)
            throws IOException {
        long account = this.tables.row(
                party,
                "buyer_accounts",
                ascii(given) + party,
                Variations.given(this.random, given) + " " + Variations.family(this.random, family),
                Variations.email(this.random, email),
                this.random.nextBoolean() ? phone : "",
                this.random.nextBoolean() ? Variations.company(this.random, organization) : "");
        int bids = this.random.nextInt(4);
        for (int i = 0; i < bids; i++) {
            this.tables.row(
                    party,
                    "bids",
                    String.valueOf(account),
                    "LOT-" + party + "-" + i,
                    String.valueOf(10 + this.random.nextInt(5_000)),
                    timestamp());
        }
    }

    private void company(int party) throws IOException {
        String base = Variations.pick(this.random, Variations.COMPANY_WORDS) + " "
                + Variations.pick(this.random, Variations.COMPANY_KINDS) + " " + party;
        String domain = base.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example.com";
        String phone = Variations.phone(this.random, party * 17L + 3);
        long customer = this.tables.row(
                party,
                "customers",
                Variations.company(this.random, base),
                "company",
                Variations.pick(this.random, new String[] {"sales_customer", "itad_client", "reseller", "prospect"}),
                Variations.email(this.random, "info@" + domain),
                "",
                phone,
                "https://www." + domain,
                "Austin",
                "TX");
        rememberCustomer(customer);
        if (this.random.nextInt(10) < 5) {
            this.tables.row(
                    party,
                    "suppliers",
                    Variations.company(this.random, base),
                    "purchase_vendor",
                    "sales@" + domain,
                    phone,
                    domain,
                    "Austin",
                    "TX");
        }
        int invoices = this.random.nextInt(4);
        for (int i = 0; i < invoices; i++) {
            this.tables.row(
                    party,
                    "sales_invoices",
                    String.valueOf(customer),
                    "INV-" + party + "-" + i,
                    "sale",
                    "direct",
                    date(),
                    String.valueOf(100 + this.random.nextInt(50_000)),
                    "USD");
        }
        if (this.random.nextInt(10) < 2) {
            opportunity(party, "", String.valueOf(customer), base + " renewal");
        }
        if (this.random.nextInt(10) < 3) {
            this.tables.row(
                    party,
                    "work_orders",
                    String.valueOf(customer),
                    Variations.pick(this.random, new String[] {"itad_pickup", "data_wipe", "repair"}),
                    timestamp(),
                    this.random.nextBoolean() ? timestamp() : "",
                    String.valueOf(50 + this.random.nextInt(5_000)));
        }
        if (this.random.nextInt(100) < 15) {
            this.projects.company(party, base, domain, phone);
        }
    }

    private void opportunity(int party, String lead, String customer, String name) throws IOException {
        this.tables.row(
                party,
                "opportunities",
                lead,
                customer,
                name,
                Variations.pick(this.random, new String[] {"qualify", "proposal", "won", "lost"}),
                String.valueOf(500 + this.random.nextInt(100_000)),
                date());
    }

    private void rememberCustomer(long customer) {
        if (this.companyCustomers.size() == RECENT) {
            this.companyCustomers.set(this.random.nextInt(RECENT), customer);
        } else {
            this.companyCustomers.add(customer);
        }
    }

    private String date() {
        return "2026-0" + (1 + this.random.nextInt(9)) + "-1" + this.random.nextInt(10);
    }

    private String timestamp() {
        return date() + " " + (10 + this.random.nextInt(12)) + ":" + (10 + this.random.nextInt(50)) + ":00";
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}

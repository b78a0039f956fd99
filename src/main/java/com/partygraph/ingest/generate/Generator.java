package com.partygraph.ingest.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes synthetic real-world parties into the demo schema with PostgreSQL COPY: each person appears
 * as a contact and maybe as a lead or an individual customer, each company as a customer and maybe a
 * supplier with invoices, every row written the way real rows differ. A CSV ground truth names the
 * real party of every row ({@code party,table,key}). Deterministic for a seed.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=com.partygraph.ingest.generate.Generator \
 *   -Dexec.args="--parties 100000 --port 5433 --truth target/ground-truth.csv"</pre>
 */
public final class Generator {

	private static final int CHUNK = 20_000;

	private final SplittableRandom random;

	private final int businessId;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final BufferedWriter truth;

	private long rows;

	Generator(long seed, int businessId, BufferedWriter truth) {
		this.random = new SplittableRandom(seed);
		this.businessId = businessId;
		this.truth = truth;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int parties = Integer.parseInt(options.getOrDefault("parties", "1000"));
		String url = "jdbc:postgresql://" + options.getOrDefault("host", "127.0.0.1") + ":"
				+ options.getOrDefault("port", "5433") + "/" + options.getOrDefault("database", "postgres");
		Path truthFile = Path.of(options.getOrDefault("truth", "target/ground-truth.csv"));
		long started = System.nanoTime();
		long rows = generate(url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", "postgres"),
				parties, Long.parseLong(options.getOrDefault("seed", "42")),
				Integer.parseInt(options.getOrDefault("business-id", "1")), truthFile);
		System.out.printf(Locale.ROOT, "Generated %d parties as %d source rows in %.1f s; ground truth in %s%n", parties,
				rows, (System.nanoTime() - started) / 1e9, truthFile.toAbsolutePath());
	}

	/** Generates into the database at {@code url}; returns the number of rows written. */
	public static long generate(String url, String user, String password, int parties, long seed, int businessId,
			Path truthFile) throws SQLException, IOException {
		if (truthFile.getParent() != null) {
			Files.createDirectories(truthFile.getParent());
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				BufferedWriter truth = Files.newBufferedWriter(truthFile)) {
			truth.write("party,table,key\n");
			Generator generator = new Generator(seed, businessId, truth);
			generator.prepare(connection);
			for (int party = 0; party < parties; party++) {
				if (generator.random.nextInt(10) < 7) {
					generator.person(party);
				}
				else {
					generator.company(party);
				}
				generator.flushFull(connection);
			}
			generator.flushAll(connection);
			return generator.rows;
		}
	}

	private void prepare(Connection connection) throws SQLException {
		this.tables.put("contacts", new Table("contacts",
				"id, business_id, first_name, last_name, email, phone, organization, title", connection));
		this.tables.put("leads", new Table("leads",
				"id, business_id, lead_name, company_name, contact_email, contact_phone, lead_source, status", connection));
		this.tables.put("customers", new Table("customers",
				"id, business_id, customer_name, customer_kind, entity_type, email, secondary_email, phone, website, city, state",
				connection));
		this.tables.put("suppliers", new Table("suppliers",
				"id, business_id, supplier_name, vendor_type, contact_email, phone, website, city, state", connection));
		this.tables.put("sales_invoices", new Table("sales_invoices",
				"id, business_id, customer_id, invoice_number, order_type, sales_channel, invoice_date, total_amount, currency",
				connection));
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
		row(party, "contacts", Variations.given(this.random, given), Variations.family(this.random, family),
				Variations.email(this.random, email), this.random.nextInt(4) == 0 ? "" : phone,
				Variations.company(this.random, organization), this.random.nextBoolean() ? "Manager" : "Engineer");
		if (this.random.nextInt(10) < 4) {
			row(party, "leads", Variations.given(this.random, given) + " " + family, organization,
					Variations.email(this.random, email), phone, "website", "new");
		}
		if (this.random.nextInt(10) < 2) {
			row(party, "customers", given + " " + Variations.family(this.random, family), "individual",
					"website_customer", Variations.email(this.random, email), "p" + party + "@mail.example.org", phone,
					"", "Springfield", "IL");
		}
	}

	private void company(int party) throws IOException {
		String base = Variations.pick(this.random, Variations.COMPANY_WORDS) + " "
				+ Variations.pick(this.random, Variations.COMPANY_KINDS) + " " + party;
		String domain = base.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example.com";
		String phone = Variations.phone(this.random, party * 17L + 3);
		long customer = row(party, "customers", Variations.company(this.random, base), "company",
				Variations.pick(this.random, new String[] { "sales_customer", "itad_client", "reseller", "prospect" }),
				Variations.email(this.random, "info@" + domain), "", phone, "https://www." + domain, "Austin", "TX");
		if (this.random.nextInt(10) < 5) {
			row(party, "suppliers", Variations.company(this.random, base), "purchase_vendor", "sales@" + domain, phone,
					domain, "Austin", "TX");
		}
		int invoices = this.random.nextInt(4);
		for (int i = 0; i < invoices; i++) {
			row(party, "sales_invoices", String.valueOf(customer), "INV-" + party + "-" + i, "sale", "direct",
					"2026-0" + (1 + this.random.nextInt(9)) + "-1" + this.random.nextInt(10),
					String.valueOf(100 + this.random.nextInt(50_000)), "USD");
		}
	}

	private long row(int party, String table, String... values) throws IOException {
		Table target = this.tables.get(table);
		long id = target.nextId++;
		target.lines.append(id).append(',').append(this.businessId);
		for (String value : values) {
			target.lines.append(',');
			if (!value.isEmpty()) {
				target.lines.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
		}
		target.lines.append('\n');
		target.pending++;
		this.truth.write(party + "," + table + "," + id + "\n");
		this.rows++;
		return id;
	}

	// All tables at once, in the order they were declared: a row is copied after the rows it refers to.
	private void flushFull(Connection connection) throws SQLException, IOException {
		if (this.tables.values().stream().anyMatch(table -> table.pending >= CHUNK)) {
			for (Table table : this.tables.values()) {
				table.flush(connection);
			}
		}
	}

	private void flushAll(Connection connection) throws SQLException, IOException {
		for (Table table : this.tables.values()) {
			table.flush(connection);
			try (var statement = connection.createStatement()) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table.name + "', 'id'), "
						+ Math.max(1, table.nextId - 1) + ")");
			}
		}
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("[^A-Za-z]", "")
			.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	/** Rows waiting to be copied into one table. */
	private static final class Table {

		final String name;

		final String columns;

		final StringBuilder lines = new StringBuilder();

		long nextId;

		int pending;

		Table(String name, String columns, Connection connection) throws SQLException {
			this.name = name;
			this.columns = columns;
			try (var statement = connection.createStatement();
					var max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + name)) {
				max.next();
				this.nextId = max.getLong(1);
			}
		}

		void flush(Connection connection) throws SQLException, IOException {
			if (this.pending == 0) {
				return;
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY " + this.name + " (" + this.columns + ") FROM STDIN WITH (FORMAT csv)",
					new StringReader(this.lines.toString()));
			this.lines.setLength(0);
			this.pending = 0;
		}

	}

}

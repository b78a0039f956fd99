package com.partygraph.reliability;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A change log of the demo mapping's tables for one business, as Debezium would hand it over: inserts, updates
 * and deletes of contacts, leads, customers (people and companies), portal users, invoices and shopping carts,
 * in transactions of one to four changes with rising log positions. The same people turn up in several tables,
 * spelled a little differently; updates move emails and phones between people (so that parties merge and split),
 * change titles and employers, and rows are deleted and their keys never used again. Deterministic for a seed.
 */
final class ChangeLog {

    private static final String[] GIVEN = {
        "Ann", "Bob", "Carla", "David", "Eva", "Frank", "Grace", "Hugo", "Ines", "Jack", "Karin", "Liam", "Mona",
        "Nils", "Olga", "Paul", "Quinn", "Rosa", "Sam", "Tara"
    };

    private static final String[] FAMILY = {
        "Lee",
        "Stone",
        "Berg",
        "Novak",
        "Costa",
        "Meyer",
        "Okafor",
        "Singh",
        "Tanaka",
        "Moreau",
        "Silva",
        "Kowalski",
        "Jensen",
        "Rossi",
        "Haddad"
    };

    private static final String[] COMPANIES = {
        "Acme",
        "Zeta",
        "Globex",
        "Initech",
        "Umbrella",
        "Hooli",
        "Vandelay",
        "Stark",
        "Wayne",
        "Tyrell",
        "Cyberdyne",
        "Soylent",
        "Wonka",
        "Gringotts",
        "Oceanic",
        "Massive Dynamic",
        "Aperture",
        "Black Mesa",
        "Nakatomi",
        "Pied Piper"
    };

    private static final String[] SUFFIXES = {"Inc", "Inc.", "LLC", "Ltd", "GmbH", "Corp"};

    private static final String[] TITLES = {"Buyer", "CFO", "Engineer", "Sales lead", "Owner", null};

    private static final String[] TABLES = {
        "contacts", "leads", "customers", "customer_portal_users", "sales_invoices", "shopping_carts"
    };

    private final Random random;

    private final int business;

    private final int people;

    private final Map<String, List<Long>> live = new HashMap<>();

    private final Map<String, Map<String, Object>> rows = new HashMap<>();

    private final List<RowChange> changes = new ArrayList<>();

    private long nextKey = 5_000_000;

    private long commitLsn;

    private long lsn;

    private ChangeLog(long seed, int business, int people, long firstLsn) {
        this.random = new Random(seed);
        this.business = business;
        this.people = people;
        this.commitLsn = firstLsn;
        this.lsn = firstLsn;
        for (String table : TABLES) {
            this.live.put(table, new ArrayList<>());
        }
    }

    /** About {@code size} changes (half inserts, a third updates, the rest deletes), positions above firstLsn. */
    static ChangeLog generate(int size, long seed, int business, long firstLsn) {
        ChangeLog log = new ChangeLog(seed, business, Math.max(20, size / 12), firstLsn);
        while (log.changes.size() < size) {
            log.transaction();
        }
        return log;
    }

    List<RowChange> changes() {
        return this.changes;
    }

    /** The rows as they stand at the end of the log, read as a new snapshot would read them. */
    List<RowChange> snapshot() {
        List<RowChange> reads = new ArrayList<>();
        this.rows.forEach((id, row) -> {
            Map<String, Object> values = new HashMap<>(row);
            values.values().removeIf(java.util.Objects::isNull);
            reads.add(new RowChange(
                    Op.READ,
                    id.substring(0, id.indexOf('/')),
                    id.substring(id.indexOf('/') + 1),
                    values,
                    new Position(this.lsn + 1, this.lsn + 1, true)));
        });
        reads.sort(java.util.Comparator.comparing(RowChange::table).thenComparing(RowChange::key));
        return reads;
    }

    private void transaction() {
        this.commitLsn = this.lsn + 1_000;
        int changes = 1 + this.random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            this.lsn += 1 + this.random.nextInt(50);
            String table = TABLES[this.random.nextInt(TABLES.length)];
            List<Long> keys = this.live.get(table);
            double dice = this.random.nextDouble();
            if (keys.isEmpty() || dice < 0.5) {
                insert(table);
            } else if (dice < 0.85) {
                update(table, keys.get(this.random.nextInt(keys.size())));
            } else {
                delete(table, keys.remove(this.random.nextInt(keys.size())));
            }
        }
    }

    private void insert(String table) {
        long key = this.nextKey++;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", key);
        row.put("business_id", this.business);
        int person = this.random.nextInt(this.people);
        switch (table) {
            case "contacts" -> {
                row.put("first_name", given(person));
                row.put("last_name", family(person));
                row.put("email", email(person));
                row.put("phone", phone(person));
                row.put("organization", company(employer(person)));
                row.put("title", TITLES[this.random.nextInt(TITLES.length)]);
            }
            case "leads" -> {
                row.put("lead_name", given(person) + " " + family(person));
                row.put("contact_email", email(person));
                row.put("contact_phone", phone(person));
                row.put("company_name", company(employer(person)));
            }
            case "customers" -> {
                boolean company = this.random.nextBoolean();
                int employer = employer(person);
                row.put("customer_kind", company ? "company" : "individual");
                row.put("customer_name", company ? company(employer) : given(person) + " " + family(person));
                row.put("email", company ? "info@" + domain(employer) : email(person));
                row.put("phone", company ? "+1 212 555 " + (1000 + employer) : phone(person));
                row.put("website", company ? "https://www." + domain(employer) : null);
                row.put("entity_type", this.random.nextBoolean() ? "sales_customer" : "prospect");
            }
            case "customer_portal_users" -> {
                row.put("first_name", given(person));
                row.put("last_name", family(person));
                row.put("email", email(person));
                row.put("customer_id", someKey("customers"));
            }
            case "sales_invoices" -> {
                row.put("customer_id", someKey("customers"));
                row.put("invoice_date", "2026-0" + (1 + this.random.nextInt(9)) + "-1" + this.random.nextInt(10));
                row.put("total_amount", (10 + this.random.nextInt(5000)) + ".50");
                row.put("currency", this.random.nextBoolean() ? "usd" : "EUR");
                row.put("sales_channel", this.random.nextBoolean() ? "web" : "direct");
                row.put("invoice_number", "I-" + key);
            }
            default -> {
                row.put("customer_email", email(person));
                row.put("created_at", "2026-02-0" + (1 + this.random.nextInt(9)) + "T10:00:00Z");
                row.put("cart_total", Integer.toString(this.random.nextInt(900)));
                row.put("status", "open");
            }
        }
        this.live.get(table).add(key);
        emit(Op.CREATE, table, key, row);
    }

    private void update(String table, long key) {
        Map<String, Object> row = new LinkedHashMap<>(this.rows.get(table + "/" + key));
        int other = this.random.nextInt(this.people);
        double dice = this.random.nextDouble();
        switch (table) {
            case "contacts", "customer_portal_users" -> {
                if (dice < 0.4) {
                    row.put("email", email(other)); // another person's email: a bridge, or a correction
                } else if (dice < 0.6 && table.equals("contacts")) {
                    row.put("phone", phone(other));
                } else if (table.equals("contacts")) {
                    row.put("title", TITLES[this.random.nextInt(TITLES.length)]);
                    row.put("organization", company(employer(other)));
                } else {
                    row.put("customer_id", someKey("customers"));
                }
            }
            case "leads" ->
                row.put(
                        dice < 0.5 ? "contact_email" : "company_name",
                        dice < 0.5 ? email(other) : company(employer(other)));
            case "customers" -> {
                if (dice < 0.5) {
                    row.put("entity_type", "prospect".equals(row.get("entity_type")) ? "sales_customer" : "prospect");
                } else {
                    row.put("secondary_email", email(other));
                }
            }
            case "sales_invoices" -> row.put("total_amount", (10 + this.random.nextInt(5000)) + ".00");
            default -> row.put("status", dice < 0.5 ? "abandoned" : "paid");
        }
        emit(Op.UPDATE, table, key, row);
    }

    private void delete(String table, long key) {
        emit(Op.DELETE, table, key, this.rows.remove(table + "/" + key));
    }

    private void emit(Op op, String table, long key, Map<String, Object> row) {
        if (op != Op.DELETE) {
            this.rows.put(table + "/" + key, row);
        }
        Map<String, Object> values = new HashMap<>(row);
        values.values().removeIf(java.util.Objects::isNull);
        this.changes.add(
                new RowChange(op, table, Long.toString(key), values, new Position(this.commitLsn, this.lsn, false)));
    }

    /** A live key of the table, or one not yet used (the row it names comes later, or never). */
    private long someKey(String table) {
        List<Long> keys = this.live.get(table);
        return keys.isEmpty() || this.random.nextInt(10) == 0
                ? this.nextKey + this.random.nextInt(20)
                : keys.get(this.random.nextInt(keys.size()));
    }

    // A person's spelling varies a little between rows: initials, letter case.
    private String given(int person) {
        String given = GIVEN[person % GIVEN.length];
        return switch (this.random.nextInt(6)) {
            case 0 -> given.substring(0, 1) + ".";
            case 1 -> given.toUpperCase(java.util.Locale.ROOT);
            default -> given;
        };
    }

    private static String family(int person) {
        return FAMILY[(person / GIVEN.length) % FAMILY.length];
    }

    private String email(int person) {
        String address = GIVEN[person % GIVEN.length].toLowerCase(java.util.Locale.ROOT) + "." + person + "@"
                + domain(employer(person));
        return this.random.nextInt(5) == 0 ? address.toUpperCase(java.util.Locale.ROOT) : address;
    }

    private static String phone(int person) {
        return "+1 415 555 " + String.format("%04d", person % 10_000);
    }

    private static int employer(int person) {
        return person % COMPANIES.length;
    }

    private String company(int employer) {
        return COMPANIES[employer] + " " + SUFFIXES[this.random.nextInt(SUFFIXES.length)];
    }

    private static String domain(int employer) {
        return COMPANIES[employer].toLowerCase(java.util.Locale.ROOT).replace(" ", "") + ".example.com";
    }
}

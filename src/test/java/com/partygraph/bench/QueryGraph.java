package com.partygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * The generated graph {@link QueryBenchmark} reads: {@code parties} parties of one tenant, a fifth of them
 * organizations, the rest people, written straight into the embedded database (statements under
 * {@code src/test/resources/bench/}). Every value is a function of the party's number, so the benchmark
 * picks parties, names and connected pairs without reading the graph.
 * <ul>
 * <li>a person: an email, a {@code crm/contacts} record (a {@code shop/customers} one for every fifth), one or
 * two roles, 0-4 activities (invoices, carts, bids in the last two years); a current and a former employer
 * (organizations chosen with a skew: the largest employs about 0.2 % of the people), an advisor, board,
 * investor or consultant tie to an organization, and a person they are related to;</li>
 * <li>an organization: a domain, an {@code erp/accounts} record, one or two roles, 3 activities, and 10
 * ties to other organizations (vendor, client, partner, customer, competitor), also skewed.</li>
 * </ul>
 * That is 4 party-to-party relationships per person and 10 per organization: 5.2 million for a million
 * parties, and about 5 million more for contact points, records, roles and activities.
 */
final class QueryGraph {

    static final String TENANT = "business-1";

    private static final String[] ONSETS = {
        "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "st", "tr", "gr"
    };

    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};

    private static final String[] CODAS = {"n", "r", "s", "l", "m", "x", "nd", "rt", "ck", "son"};

    private static final String[] ORG_WORDS = {
        "Systems", "Labs", "Holdings", "Logistics", "Energy", "Robotics", "Foods", "Capital", "Health", "Media"
    };

    private static final String[] ORG_FORMS = {"Inc.", "GmbH", "Ltd", "LLC", "AG"};

    private static final String[] TITLES = {
        "Engineer", "Buyer", "Procurement Lead", "Director", "Analyst", "Account Manager", "CFO", "Founder"
    };

    private static final String[] DEPARTMENTS = {"Engineering", "Purchasing", "Finance", "Sales", "Operations"};

    private static final String[] PERSON_ROLES = {
        "prospect", "website_customer", "sales_customer", "contact", "portal_user", "auction_buyer"
    };

    private static final String[] ORG_ROLES = {
        "sales_customer", "technology_vendor", "purchase_vendor", "operator", "reseller", "developer"
    };

    private static final String[] TIES = {"ADVISOR_TO", "BOARD_MEMBER_OF", "INVESTOR_IN", "CONSULTANT_TO"};

    private static final String[] ORG_TIES = {"VENDOR_TO", "CLIENT_OF", "PARTNER_OF", "CUSTOMER_OF", "COMPETITOR_OF"};

    private static final String[] ACTIVITIES = {"invoice", "cart", "bid"};

    private static final String[] CHANNELS = {"sales", "website", "auction"};

    private static final ZonedDateTime NOW = ZonedDateTime.now(ZoneOffset.UTC);

    private final int parties;

    private final int organizations;

    QueryGraph(int parties) {
        this.parties = parties;
        this.organizations = parties / 5;
    }

    int parties() {
        return this.parties;
    }

    int organizations() {
        return this.organizations;
    }

    static UUID id(int party) {
        return UUID.nameUUIDFromBytes(("bench-party-" + party).getBytes(StandardCharsets.UTF_8));
    }

    boolean isOrganization(int party) {
        return party < this.organizations;
    }

    /** A number in [0, 1) from a party and a purpose, the same on every run. */
    static double uniform(long party, int salt) {
        long h = party * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    private static int pick(long party, int salt, int size) {
        return (int) (uniform(party, salt) * size);
    }

    // An organization, few of them often: the square of a uniform number leans to the first ones.
    int skewedOrganization(long party, int salt) {
        double u = uniform(party, salt);
        return (int) (this.organizations * u * u);
    }

    int employer(int person) {
        return skewedOrganization(person, 1);
    }

    private static String word(long party, int salt, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(ONSETS[pick(party, salt + 10 * s, ONSETS.length)])
                    .append(VOWELS[pick(party, salt + 10 * s + 1, VOWELS.length)]);
        }
        word.append(CODAS[pick(party, salt + 99, CODAS.length)]);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    String givenName(int person) {
        return word(person, 100, 1);
    }

    String familyName(int person) {
        return word(person, 200, 2);
    }

    String name(int party) {
        return isOrganization(party)
                ? word(party, 300, 2) + " " + ORG_WORDS[pick(party, 301, ORG_WORDS.length)] + " "
                        + ORG_FORMS[pick(party, 302, ORG_FORMS.length)]
                : givenName(party) + " " + familyName(party);
    }

    /** Writes the graph: parties on {@code writers} threads, then the relationships between them on one. */
    Map<String, Object> write(GraphDatabaseService database, int writers, int batch) throws Exception {
        Map<String, Object> figures = new HashMap<>();
        try (Transaction tx = database.beginTx()) {
            tx.execute(
                    "MATCH (t:Role {tenant: '_catalog'}) MERGE (r:Role {tenant: $tenant, code: t.code})"
                            + " SET r.label = t.label, r.category = t.category",
                    Map.of("tenant", TENANT));
            tx.commit();
        }
        long start = System.nanoTime();
        String persons = statement("query-graph-persons");
        String orgs = statement("query-graph-organizations");
        inBatches(database, writers, batch, this.parties, i -> isOrganization(i) ? orgs : persons, "rows", this::row);
        figures.put("partiesSeconds", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        // One writer: ties to the same large organizations from several transactions would wait on each other.
        String edges = statement("query-graph-edges");
        inBatches(database, 1, batch / 4, this.parties, i -> edges, "edges", this::edges);
        figures.put("relationshipsSeconds", (System.nanoTime() - start) / 1e9);
        try (Transaction tx = database.beginTx()) {
            tx.execute("CALL db.awaitIndexes(3600)");
            tx.commit();
        }
        return figures;
    }

    private static String statement(String name) {
        try (var in = QueryGraph.class.getResourceAsStream("/bench/" + name + ".cypher")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // Batches of consecutive parties of one kind, so that each batch runs one statement.
    private void inBatches(
            GraphDatabaseService database,
            int writers,
            int batch,
            int count,
            IntFunction<String> statementOf,
            String parameter,
            IntFunction<Object> rowsOf)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> work = new ArrayList<>();
            int from = 0;
            while (from < count) {
                int to = Math.min(count, from + batch);
                if (from < this.organizations && to > this.organizations) {
                    to = this.organizations;
                }
                int first = from;
                int last = to;
                work.add(pool.submit(() -> {
                    List<Object> rows = new ArrayList<>(last - first);
                    for (int i = first; i < last; i++) {
                        Object row = rowsOf.apply(i);
                        if (row instanceof List<?> many) {
                            rows.addAll(many);
                        } else {
                            rows.add(row);
                        }
                    }
                    try (Transaction tx = database.beginTx()) {
                        tx.execute(statementOf.apply(first), Map.of("tenant", TENANT, parameter, rows))
                                .close();
                        tx.commit();
                    }
                    return null;
                }));
                from = to;
            }
            int done = 0;
            for (Future<?> future : work) {
                future.get();
                if (++done % 100 == 0) {
                    System.out.printf(Locale.ROOT, "  %s: %d of %d batches%n", parameter, done, work.size());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private Object row(int party) {
        boolean organization = isOrganization(party);
        Map<String, Object> row = new HashMap<>();
        row.put("id", id(party).toString());
        String name = name(party);
        row.put("name", name);
        row.put("normalized", name.toLowerCase(Locale.ROOT));
        row.put("addresses", List.of((100 + pick(party, 5, 900)) + " Main Street, City " + pick(party, 6, 500)));
        row.put(
                "since",
                LocalDate.of(2015 + pick(party, 7, 11), 1 + pick(party, 8, 12), 1)
                        .toString());
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> systems = new ArrayList<>();
        if (organization) {
            row.put("domain", name.split(" ")[0].toLowerCase(Locale.ROOT) + party + ".example");
            records.add(record("erp", "accounts", party, name));
            systems.add("erp");
        } else {
            String given = givenName(party);
            String family = familyName(party);
            row.put("given", given);
            row.put("family", family);
            row.put(
                    "email",
                    (given + "." + family + "." + party + "@mail" + party % 50 + ".example").toLowerCase(Locale.ROOT));
            records.add(record("crm", "contacts", party, name));
            systems.add("crm");
            if (party % 5 == 0) {
                records.add(record("shop", "customers", party, name));
                systems.add("shop");
            }
        }
        row.put("records", records);
        row.put("systems", systems);
        String[] roles = organization ? ORG_ROLES : PERSON_ROLES;
        List<String> held = new ArrayList<>(List.of(roles[pick(party, 9, roles.length)]));
        String second = roles[pick(party, 10, roles.length)];
        if (party % 3 == 0 && !held.contains(second)) {
            held.add(second);
        }
        row.put("roles", held);
        int activities = organization ? 3 : party % 5;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int a = 0; a < activities; a++) {
            int kind = pick(party, 20 + a, ACTIVITIES.length);
            rows.add(Map.of(
                    "id",
                    (organization ? "erp/invoices/" : "shop/orders/") + party + "-" + a,
                    "type",
                    ACTIVITIES[kind],
                    "at",
                    NOW.minusHours(pick(party, 30 + a, 2 * 365 * 24)).toString(),
                    "amount",
                    Math.round(uniform(party, 40 + a) * 500_000) / 100.0,
                    "channel",
                    CHANNELS[kind]));
        }
        row.put("activities", rows);
        return row;
    }

    private static Map<String, Object> record(String source, String table, int party, String name) {
        return Map.of(
                "source",
                source,
                "table",
                table,
                "key",
                String.valueOf(party),
                "uid",
                source + "/" + table + "/" + party,
                "raw",
                "{\"id\": " + party + ", \"name\": \"" + name
                        + "\", \"notes\": \"generated for the query benchmark\"}");
    }

    private Object edges(int party) {
        List<Map<String, Object>> edges = new ArrayList<>();
        if (isOrganization(party)) {
            for (int t = 0; t < 10; t++) {
                int other = skewedOrganization(party, 50 + t);
                if (other != party) {
                    edges.add(edge(party, other, ORG_TIES[pick(party, 60 + t, ORG_TIES.length)], t, null, true));
                }
            }
        } else {
            edges.add(edge(party, employer(party), "EMPLOYEE_OF", 1, TITLES[pick(party, 70, TITLES.length)], true));
            edges.add(edge(
                    party,
                    skewedOrganization(party, 2),
                    "EMPLOYEE_OF",
                    2,
                    TITLES[pick(party, 71, TITLES.length)],
                    false));
            edges.add(
                    edge(party, pick(party, 3, this.organizations), TIES[pick(party, 72, TIES.length)], 3, null, true));
            int other = this.organizations + pick(party, 4, this.parties - this.organizations);
            if (other != party) {
                edges.add(edge(party, other, "RELATED_TO", 4, null, true));
            }
        }
        return edges;
    }

    private static Map<String, Object> edge(int from, int to, String type, int salt, String title, boolean current) {
        Map<String, Object> properties = new HashMap<>();
        String source = "crm/contacts/" + from;
        properties.put("isCurrent", current);
        properties.put("importance", 1 + pick(from, 80 + salt, 5));
        properties.put("trustLevel", 1 + pick(from, 90 + salt, 5));
        properties.put(
                "startDate",
                LocalDate.of(2010 + pick(from, 100 + salt, 10), 1, 1).toString());
        if (!current) {
            properties.put(
                    "endDate",
                    LocalDate.of(2021 + pick(from, 110 + salt, 4), 6, 30).toString());
        }
        if (title != null) {
            properties.put("title", title);
            properties.put("department", DEPARTMENTS[pick(from, 120 + salt, DEPARTMENTS.length)]);
        }
        properties.put("sources", List.of(source));
        properties.put(
                "assertions",
                List.of("{\"source\": \"" + source + "\"" + (title == null ? "" : ", \"title\": \"" + title + "\"")
                        + "}"));
        return Map.of("fromId", id(from).toString(), "toId", id(to).toString(), "type", type, "properties", properties);
    }
}

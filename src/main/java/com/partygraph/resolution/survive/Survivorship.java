package com.partygraph.resolution.survive;

import com.partygraph.resolution.survive.PartyProfile.Seen;
import com.partygraph.resolution.survive.PartyProfile.Vote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that choose a party's attributes from its records, documented in the README:
 * <ol>
 * <li>the highest rank wins: a steward's entry (source {@value #STEWARD}) over a row about the party
 * itself over a mention of it in another row's free text; within each, the configured priority of the
 * record's source or table ({@code partygraph.resolution.survivorship.priority}, higher first);</li>
 * <li>then, by the attribute's strategy: {@link Strategy#FREQUENT} (names, birth date, founding year: what
 * most records agree on, so that one outlier spelling does not win) — the most records, then the most
 * recent; or {@link Strategy#RECENT} (facts that change: industry, size, revenue, addresses) — the most
 * recent, then the most records;</li>
 * <li>then the smaller value, so that the choice never depends on arrival order.</li>
 * </ol>
 * Many-valued attributes (emails, phones, domains, addresses, identifiers, other names, source systems)
 * keep every value, best first by the same rules. Thread-safe.
 */
public final class Survivorship {

    /** The source of records a steward entered. */
    public static final String STEWARD = "steward";

    /** Attributes with one value on the party. */
    public static final List<String> SINGLE = List.of(
            "displayName",
            "normalizedName",
            "givenName",
            "middleName",
            "familyName",
            "legalName",
            "dbaName",
            "birthDate",
            "industry",
            "businessType",
            "foundedYear",
            "employeeCount",
            "revenueRange");

    /** Attributes that keep every value; {@code sourceSystems} is the records' sources. */
    public static final List<String> MANY =
            List.of("emails", "phones", "domains", "addresses", "identifiers", "otherNames", "sourceSystems");

    static final String SOURCES = "sourceSystems";

    private static final Map<String, Strategy> DEFAULT_STRATEGIES = Map.of(
            "industry",
            Strategy.RECENT,
            "businessType",
            Strategy.RECENT,
            "employeeCount",
            Strategy.RECENT,
            "revenueRange",
            Strategy.RECENT,
            "addresses",
            Strategy.RECENT,
            SOURCES,
            Strategy.RECENT);

    private static final int TIER = 1000;

    private final Map<String, Integer> priority;

    private final Map<String, Strategy> strategies;

    public Survivorship(Settings settings) {
        Settings given = settings == null ? new Settings(null, null) : settings;
        this.priority = given.priority();
        Map<String, Strategy> strategies = new HashMap<>(DEFAULT_STRATEGIES);
        strategies.putAll(given.strategies());
        this.strategies = Map.copyOf(strategies);
    }

    /** The shipped rules: no source preferred over another. */
    public static Survivorship defaults() {
        return new Survivorship(null);
    }

    /**
     * A record's rank: its tier (steward 2, own row 1, mention 0) times {@value #TIER}, plus the priority of its
     * table ({@code source/table}) or else of its source.
     */
    public int rank(Contribution record) {
        int tier = STEWARD.equals(record.source()) ? 2 : record.mention() ? 0 : 1;
        Integer configured = this.priority.get(record.source() + "/" + record.table());
        if (configured == null) {
            configured = this.priority.getOrDefault(record.source(), 0);
        }
        return tier * TIER + Math.clamp(configured, 0, TIER - 1);
    }

    /** Counts what the record says into the profile. */
    public void add(PartyProfile profile, Contribution record) {
        int rank = rank(record);
        Seen seen = new Seen(record.lsn(), record.uid());
        profile.countRecord(1);
        forEachValue(record, (field, value) -> profile.add(field, value, rank, seen));
    }

    /**
     * Takes what the record said out of the profile.
     * @return false when the profile did not hold all of it (it had drifted from the graph and should be
     * built again from the records)
     */
    public boolean withdraw(PartyProfile profile, Contribution record) {
        int rank = rank(record);
        profile.countRecord(-1);
        boolean[] held = {true};
        forEachValue(record, (field, value) -> held[0] &= profile.withdraw(field, value, rank, record.uid()));
        return held[0];
    }

    private static void forEachValue(Contribution record, java.util.function.BiConsumer<String, Object> action) {
        for (String field : SINGLE) {
            Object value = record.values().get(field);
            if (value != null) {
                action.accept(field, value);
            }
        }
        for (String field : MANY) {
            List<?> values = field.equals(SOURCES)
                    ? List.of(record.source())
                    : record.lists().get(field);
            if (values != null) {
                values.stream().filter(value -> value != null).distinct().forEach(value -> action.accept(field, value));
            }
        }
    }

    /** The party's attributes the profile gives, with where each came from. */
    public Derived derive(PartyProfile profile) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> provenance = new ArrayList<>();
        for (String field : SINGLE) {
            List<Vote> votes = ordered(profile, field);
            values.put(field, votes.isEmpty() ? null : votes.get(0).value);
            if (!votes.isEmpty()) {
                provenance.add(provenance(field, votes));
            }
        }
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        for (String field : MANY) {
            Set<Object> distinct = new LinkedHashSet<>();
            ordered(profile, field).forEach(vote -> distinct.add(vote.value));
            lists.put(field, List.copyOf(distinct));
        }
        return new Derived(values, lists, provenance);
    }

    private List<Vote> ordered(PartyProfile profile, String field) {
        List<Vote> votes = new ArrayList<>(profile.votes(field));
        votes.sort(order(this.strategies.getOrDefault(field, Strategy.FREQUENT)));
        return votes;
    }

    private static Comparator<Vote> order(Strategy strategy) {
        Comparator<Vote> byRank =
                Comparator.comparingInt((Vote vote) -> vote.rank).reversed();
        Comparator<Vote> byCount =
                Comparator.comparingInt((Vote vote) -> vote.count).reversed();
        Comparator<Vote> byRecency = Comparator.comparing(Vote::latest, PartyProfile.NEWEST_FIRST);
        Comparator<Vote> byValue = Comparator.comparing(vote -> vote.value.toString());
        return strategy == Strategy.FREQUENT
                ? byRank.thenComparing(byCount).thenComparing(byRecency).thenComparing(byValue)
                : byRank.thenComparing(byRecency).thenComparing(byCount).thenComparing(byValue);
    }

    /** {@code givenName ← crm/leads/2, crm/contacts/7 (3 of 4 records)}: the winner's newest records. */
    private static String provenance(String field, List<Vote> votes) {
        Vote winner = votes.get(0);
        int total = votes.stream().mapToInt(vote -> vote.count).sum();
        String uids = winner.newest.stream()
                .map(Seen::uid)
                .filter(uid -> !uid.isEmpty())
                .collect(Collectors.joining(", "));
        return field + " ← " + uids + " (" + winner.count + " of " + total + (total == 1 ? " record)" : " records)");
    }

    /** How the values of an attribute are ordered after rank. */
    public enum Strategy {

        /** The value most records give, then the most recent. */
        FREQUENT,
        /** The most recent value, then the one most records give. */
        RECENT
    }

    /**
     * {@code partygraph.resolution.survivorship.*}.
     *
     * @param priority the priority (0–999, higher wins) of a source ({@code crm}) or of one of its tables
     * ({@code "[crm/customers]"}); 0 for the others
     * @param strategies an attribute's {@link Strategy}, overriding the shipped one
     */
    public record Settings(Map<String, Integer> priority, Map<String, Strategy> strategies) {

        public Settings {
            priority = priority == null ? Map.of() : Map.copyOf(priority);
            strategies = strategies == null ? Map.of() : Map.copyOf(strategies);
            for (String attribute : strategies.keySet()) {
                if (!SINGLE.contains(attribute) && !MANY.contains(attribute)) {
                    throw new IllegalArgumentException(
                            "partygraph.resolution.survivorship.strategies: unknown attribute '" + attribute
                                    + "' (known: " + SINGLE + ", " + MANY + ")");
                }
            }
        }
    }

    /**
     * A party's attributes: every single-valued one (null where no record gives it), every many-valued one
     * (best first) and, per single-valued attribute, which records gave it.
     */
    public record Derived(Map<String, Object> values, Map<String, List<Object>> lists, List<String> provenance) {}
}

package com.partygraph.ingest.write;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.mapping.Claims.PartyClaim;
import com.partygraph.ingest.mapping.Claims.RecordRef;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a batch into parts that can be written in transactions of their own at the same time: two
 * rows land in one part when they share anything a write looks up or links by — a record (their own,
 * a derived one, or one they refer to), the party resolution decided (or merged, or suggested) for them, an email, a
 * phone, a domain, or an organization's name. Rows
 * of different parts then find, make and derive different parties. What they may still both touch is
 * a party the graph held before that two of them reach through different keys (a party with two
 * emails, each in another part; two records of one party): the database's locks keep both writes whole,
 * and the later one puts its row's values first, as if its row had come later in the batch. Streamed changes
 * also share a part when what their records held before is shared ({@link #keys(Tenant, RowPlan, Collection)}):
 * what an update or a delete withdraws, and the parties its records leave.
 */
final class IndependentRows {

    private IndependentRows() {}

    /**
     * The rows in at most {@code parts} parts of about equal size, each in batch order; connected rows
     * share a part.
     */
    static List<List<ReadRow>> split(List<ReadRow> rows, int parts) {
        return split(rows, parts, row -> List.of());
    }

    /**
     * The same, rows also connected by the keys {@code before} gives each ({@link #keys(Tenant, RowPlan,
     * Collection)}).
     */
    static List<List<ReadRow>> split(List<ReadRow> rows, int parts, Function<ReadRow, Collection<String>> before) {
        if (parts <= 1 || rows.size() < 2) {
            return List.of(rows);
        }
        int[] parent = new int[rows.size()];
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            parent[i] = i;
            List<String> keys = keys(rows.get(i));
            keys.addAll(before.apply(rows.get(i)));
            for (String key : keys) {
                Integer other = firstWith.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, i, other);
                }
            }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            sizes.merge(root(parent, i), 1, Integer::sum);
        }
        // Largest groups first, each to the part with the fewest rows so far.
        int[] load = new int[Math.min(parts, sizes.size())];
        Map<Integer, Integer> partOf = new HashMap<>();
        sizes.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(group -> {
                    int lightest = 0;
                    for (int p = 1; p < load.length; p++) {
                        lightest = load[p] < load[lightest] ? p : lightest;
                    }
                    load[lightest] += group.getValue();
                    partOf.put(group.getKey(), lightest);
                });
        List<List<ReadRow>> split = new ArrayList<>();
        for (int p = 0; p < load.length; p++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            split.get(partOf.get(root(parent, i))).add(rows.get(i));
        }
        return split;
    }

    private static List<String> keys(ReadRow row) {
        String tenant = row.tenant().id() + "|";
        List<String> keys = new ArrayList<>();
        keys.add(tenant + "r|" + row.change().table() + "/" + row.change().key());
        // Rows resolution put in one party (or whose parties it merged) make and derive that party together; a
        // suggestion links its party to the candidate party, which the rows that make or join that one write. A
        // record that moves leaves its party, which is derived again.
        row.decisions().values().forEach(decision -> {
            keys.add(tenant + "party|" + decision.partyId());
            if (decision.previousPartyId() != null) {
                keys.add(tenant + "party|" + decision.previousPartyId());
            }
            decision.absorbed().forEach(merged -> keys.add(tenant + "party|" + merged.partyId()));
            decision.suggestions().forEach(suggested -> keys.add(tenant + "party|" + suggested.partyId()));
        });
        keys.addAll(keys(row.tenant(), row.plan(), List.of()));
        return keys;
    }

    /**
     * The keys of what a plan asserts (its records, contact points, organization names and the records it refers
     * to) and of the parties {@code partyIds}: for a streamed change, the plan of the row its record held and the
     * parties its records belonged to, which an update or a delete withdraws from or leaves.
     */
    static List<String> keys(Tenant of, RowPlan plan, Collection<String> partyIds) {
        String tenant = of.id() + "|";
        List<String> keys = new ArrayList<>();
        partyIds.forEach(partyId -> keys.add(tenant + "party|" + partyId));
        if (plan == null) {
            return keys;
        }
        for (PartyClaim claim : plan.parties()) {
            keys.add(tenant + "r|" + claim.record().table() + "/"
                    + claim.record().key());
            claim.emails().forEach(email -> keys.add(tenant + "e|" + email));
            claim.phones().forEach(phone -> keys.add(tenant + "p|" + phone));
            claim.domains().forEach(domain -> keys.add(tenant + "d|" + domain));
            Object name = claim.fields().get("normalizedName");
            if (name != null && (claim.matchByName() || claim.kind() == PartyKind.ORGANIZATION)) {
                keys.add(tenant + "n|" + name);
            }
        }
        for (RecordRef ref : plan.references()) {
            keys.add(tenant + "r|" + ref.table() + "/" + ref.key());
        }
        return keys;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}

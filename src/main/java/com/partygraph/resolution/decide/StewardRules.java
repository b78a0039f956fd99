package com.partygraph.resolution.decide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What data stewards decided on one tenant that automatic resolution must respect: pairs of parties kept
 * apart (a rejected suggestion, never-link, an unmerge), records that never join a party again (a rejected
 * suggestion, an unlink) and records pinned where a steward put them (a manual link). Party ids are kept
 * as decided; they are compared through their survivors, so a rule follows a party into a merge. Not
 * thread-safe: it is guarded by the tenant's index lock, like the index itself.
 */
public final class StewardRules {

    private final Map<String, Set<String>> apart = new HashMap<>();

    private final Map<String, Set<String>> excluded = new HashMap<>();

    private final Set<String> pinned = new HashSet<>();

    /** The kinds of decision that leave a rule, as {@code (:Decision).type} names them. */
    public enum Type {
        ACCEPT,
        REJECT,
        MERGE,
        UNMERGE,
        LINK,
        UNLINK,
        NEVER_LINK,
        EDIT;

        /** The name used in the API and the graph: {@code never-link}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Type of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * Adds the rule a decision leaves, as stored: {@code parties} and {@code records} in the order the
     * decision keeps them (a rejected suggestion: the record's party and the candidate; an unlink: the
     * party the record left). Decisions must be added oldest first: a later link of a record replaces an
     * earlier unlink.
     */
    public void add(Type type, List<String> parties, List<String> records) {
        switch (type) {
            case REJECT -> {
                keepApart(parties.get(0), parties.get(1));
                exclude(records.get(0), parties.get(1));
            }
            case NEVER_LINK, UNMERGE -> keepApart(parties.get(0), parties.get(1));
            case LINK -> {
                include(records.get(0), parties.get(0));
                pin(records.get(0));
            }
            case UNLINK -> {
                unpin(records.get(0));
                exclude(records.get(0), parties.get(0));
            }
            case ACCEPT, MERGE, EDIT -> {
                // Parties are never split automatically: a merge needs no rule to last; an edit is a record.
            }
        }
    }

    /** Replaces every rule with those of {@code other} (the decisions in force, read again). */
    public void replaceWith(StewardRules other) {
        this.apart.clear();
        this.excluded.clear();
        this.pinned.clear();
        other.apart.forEach((k, v) -> this.apart.put(k, new HashSet<>(v)));
        other.excluded.forEach((k, v) -> this.excluded.put(k, new HashSet<>(v)));
        this.pinned.addAll(other.pinned);
    }

    public boolean isEmpty() {
        return this.apart.isEmpty() && this.excluded.isEmpty() && this.pinned.isEmpty();
    }

    public void keepApart(String a, String b) {
        this.apart.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        this.apart.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    public void exclude(String uid, String partyId) {
        this.excluded.computeIfAbsent(uid, k -> new HashSet<>()).add(partyId);
    }

    public void include(String uid, String partyId) {
        remove(this.excluded, uid, partyId);
    }

    public void pin(String uid) {
        this.pinned.add(uid);
    }

    public void unpin(String uid) {
        this.pinned.remove(uid);
    }

    /** Whether a steward put the record where it is: no automatic decision moves it. */
    public boolean pinned(String uid) {
        return this.pinned.contains(uid);
    }

    /**
     * Whether the record must not join the party (a survivor) automatically.
     * @param survivor a party id's survivor, or null for a party the index does not know
     */
    public boolean excluded(String uid, String party, UnaryOperator<String> survivor) {
        Set<String> parties = this.excluded.get(uid);
        if (parties == null || party == null) {
            return false;
        }
        for (String excludedParty : parties) {
            if (party.equals(root(excludedParty, survivor))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two parties (survivors) must not be merged, nor a record of one moved into the other,
     * automatically. The pairs are few (one per steward decision), so they are read through.
     */
    public boolean apart(String a, String b, UnaryOperator<String> survivor) {
        if (a == null || b == null || this.apart.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Set<String>> entry : this.apart.entrySet()) {
            String root = root(entry.getKey(), survivor);
            if (!root.equals(a)) {
                continue;
            }
            for (String other : entry.getValue()) {
                if (root(other, survivor).equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String root(String partyId, UnaryOperator<String> survivor) {
        String root = survivor.apply(partyId);
        return root == null ? partyId : root;
    }

    private static void remove(Map<String, Set<String>> map, String key, String value) {
        Set<String> values = map.get(key);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                map.remove(key);
            }
        }
    }
}

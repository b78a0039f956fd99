package com.partygraph.resolution.candidates;

import com.partygraph.resolution.compare.Phonetics;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.normalize.Addresses.Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blocking keys of a record: two records are compared only when they share one. Each key names
 * its kind first ({@code e|} email, {@code p|} phone, {@code n|} phonetic name and birth year, …), so the
 * keys of different features never meet.
 */
public final class BlockingKeys {

    private BlockingKeys() {}

    /** Whether a key is built from a name (then pairs it proposes agree on the name by construction). */
    public static boolean byName(String key) {
        return NAME_KEYS.contains(key.substring(0, 2));
    }

    private static final java.util.Set<String> NAME_KEYS =
            java.util.Set.of("Pn", "Pb", "Pg", "Pz", "Ph", "Ps", "Pf", "On", "Ot", "Ow");

    private static final String EMAIL = "e|";

    private static final String PHONE = "p|";

    private static final String ADDRESS = "a|";

    /**
     * The keys under which every record holding a value is posted, one per party kind: for an email, a phone and
     * an address's {@code number street} (by their comparisons' names), which any record holding one says more
     * than a name and so posts its keys; null for other comparisons.
     */
    static String[] holders(String comparison, String value) {
        String key = switch (comparison) {
            case "email" -> EMAIL;
            case "phone" -> PHONE;
            case "address" -> ADDRESS;
            default -> null;
        };
        return key == null ? null : new String[] {"P" + key + value, "O" + key + value};
    }

    public static List<String> of(Features f) {
        List<String> keys = new ArrayList<>();
        String kind = f.person() ? "P" : "O";
        for (String email : f.emails()) {
            keys.add(kind + EMAIL + email);
        }
        for (String phone : f.phones()) {
            keys.add(kind + PHONE + phone);
        }
        for (String identifier : f.identifiers()) {
            keys.add(kind + "i|" + identifier);
        }
        for (Address address : f.addresses()) {
            // Level 0 of the address comparison, the only one whose value is counted, needs both.
            if (!address.number().isEmpty() && !address.street().isEmpty()) {
                keys.add(kind + ADDRESS + address.number() + " " + address.street());
            }
        }
        if (f.person()) {
            person(f, keys);
        } else {
            organization(f, keys);
        }
        return keys;
    }

    private static void person(Features f, List<String> keys) {
        if (f.family().isEmpty()) {
            return;
        }
        String family = Phonetics.code(f.family());
        String given = f.givenFormal().isEmpty() ? "" : Phonetics.code(f.givenFormal());
        if (f.birthDate() != 0) {
            keys.add("Pn|" + family + "|" + given + "|" + f.birthDate() / 10_000);
            keys.add("Pb|" + f.birthDate() + "|" + f.family().charAt(0));
            // A family name changed (a marriage) or mistyped: the birth date and the given name's initial.
            if (!f.givenFormal().isEmpty()) {
                keys.add("Pg|" + f.birthDate() + "|" + initial(f.givenFormal()));
            }
        }
        for (Address address : f.addresses()) {
            if (!address.postcode().isEmpty()) {
                keys.add("Pz|" + family + "|" + initial(f.givenFormal()) + "|" + address.postcode());
                // A street name mistyped: the house number in the postcode, with the family name's sound.
                if (!address.number().isEmpty()) {
                    keys.add("Ph|" + address.postcode() + "|" + address.number() + "|" + initial(family));
                }
            }
        }
        // Name alone (also written the other way round): frequent names pass over it.
        String[] sorted = {f.givenFormal(), f.family()};
        Arrays.sort(sorted);
        keys.add("Ps|" + sorted[0] + " " + sorted[1]);
        keys.add("Pf|" + family + "|" + given);
    }

    private static void organization(Features f, List<String> keys) {
        for (String domain : f.domains()) {
            keys.add("Od|" + domain);
        }
        for (String domain : f.emailDomains()) {
            keys.add("Od|" + domain);
        }
        name(f.name(), keys);
        for (String other : f.otherNames()) {
            name(other, keys);
        }
    }

    private static void name(String name, List<String> keys) {
        if (name.isEmpty()) {
            return;
        }
        String[] words = name.split(" ");
        keys.add("On|" + name);
        String[] sorted = words.clone();
        Arrays.sort(sorted);
        keys.add("Ot|" + String.join(" ", sorted));
        keys.add("Ow|" + Phonetics.code(words[0]) + (words.length > 1 ? "|" + words[1].charAt(0) : ""));
        if (words.length > 2) {
            StringBuilder acronym = new StringBuilder();
            for (String word : words) {
                acronym.append(word.charAt(0));
            }
            keys.add("On|" + acronym);
        }
    }

    private static String initial(String given) {
        return given.isEmpty() ? "" : given.substring(0, 1);
    }
}

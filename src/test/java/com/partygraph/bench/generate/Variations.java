package com.partygraph.bench.generate;

import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The ways real rows about one party differ: case, spacing, nicknames, typos, legal forms. */
final class Variations {

    static final String[] GIVEN = {
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "John",
        "Jennifer",
        "Michael",
        "Linda",
        "William",
        "Elizabeth",
        "David",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Charles",
        "Karen",
        "Christopher",
        "Nancy",
        "Daniel",
        "Lisa",
        "Matthew",
        "Margaret",
        "Anthony",
        "Sandra",
        "Mark",
        "Ashley",
        "Steven",
        "Emily",
        "Andrew",
        "Donna",
        "Joshua",
        "Michelle",
        "Kenneth",
        "Carol",
        "Kevin",
        "Amanda",
        "Brian",
        "Melissa",
        "George",
        "Deborah",
        "Edward",
        "Stephanie",
        "Ronald",
        "Rebecca",
        "Timothy",
        "Laura",
        "Jose",
        "Maria",
        "Hans",
        "Jürgen",
        "Chloé",
        "Zoë",
        "Sean",
        "Aoife",
        "Ravi",
        "Mei"
    };

    static final String[] FAMILY = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Gonzalez",
        "Wilson",
        "Anderson",
        "Thomas",
        "Taylor",
        "Moore",
        "Jackson",
        "Martin",
        "Lee",
        "Perez",
        "Thompson",
        "White",
        "Harris",
        "Sanchez",
        "Clark",
        "Ramirez",
        "Lewis",
        "Robinson",
        "Walker",
        "Young",
        "Allen",
        "King",
        "Wright",
        "Scott",
        "Torres",
        "Nguyen",
        "Hill",
        "Flores",
        "Green",
        "Adams",
        "Nelson",
        "Baker",
        "Hall",
        "Rivera",
        "Campbell",
        "Mitchell",
        "Carter",
        "Roberts",
        "Müller",
        "Schmidt",
        "O'Brien",
        "Kowalski",
        "Rossi",
        "Dubois",
        "Tanaka",
        "Patel",
        "Kim",
        "Chen"
    };

    static final String[] COMPANY_WORDS = {
        "Acme",
        "Apex",
        "Summit",
        "Pioneer",
        "Vertex",
        "Nimbus",
        "Quantum",
        "Harbor",
        "Cedar",
        "Granite",
        "Silver",
        "Blue",
        "Red",
        "Northern",
        "Pacific",
        "Atlantic",
        "Global",
        "United",
        "Prime",
        "Bright",
        "Solar",
        "Wind",
        "River",
        "Stone",
        "Iron",
        "Golden",
        "Eagle",
        "Falcon",
        "Maple",
        "Oak",
        "Pine",
        "Delta",
        "Sigma",
        "Omega",
        "Nova",
        "Stellar",
        "Metro",
        "Urban",
        "Coastal",
        "Highland"
    };

    static final String[] COMPANY_KINDS = {
        "Systems",
        "Solutions",
        "Energy",
        "Logistics",
        "Recycling",
        "Robotics",
        "Holdings",
        "Partners",
        "Industries",
        "Technologies",
        "Metals",
        "Foods",
        "Labs",
        "Networks",
        "Services"
    };

    static final String[] LEGAL_FORMS = {"Inc.", "LLC", "Ltd", "Corp.", "Co.", "GmbH", ""};

    static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Robert", "Bob"),
            Map.entry("William", "Bill"),
            Map.entry("Richard", "Rick"),
            Map.entry("Michael", "Mike"),
            Map.entry("Elizabeth", "Liz"),
            Map.entry("Jennifer", "Jen"),
            Map.entry("Christopher", "Chris"),
            Map.entry("Joseph", "Joe"),
            Map.entry("Thomas", "Tom"),
            Map.entry("Daniel", "Dan"),
            Map.entry("Matthew", "Matt"),
            Map.entry("Anthony", "Tony"),
            Map.entry("Steven", "Steve"),
            Map.entry("Andrew", "Andy"),
            Map.entry("Kenneth", "Ken"),
            Map.entry("Edward", "Ed"),
            Map.entry("Margaret", "Peggy"),
            Map.entry("Patricia", "Pat"),
            Map.entry("Rebecca", "Becky"),
            Map.entry("Timothy", "Tim"));

    private Variations() {}

    static <T> T pick(RandomGenerator random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The same given name as another row may write it: nickname, capitals, a typo. */
    static String given(RandomGenerator random, String given) {
        int roll = random.nextInt(10);
        if (roll < 2 && NICKNAMES.containsKey(given)) {
            return NICKNAMES.get(given);
        }
        if (roll == 2) {
            return given.toUpperCase(Locale.ROOT);
        }
        if (roll == 3 && given.length() > 3) {
            int i = 1 + random.nextInt(given.length() - 2);
            return given.substring(0, i) + given.charAt(i + 1) + given.charAt(i) + given.substring(i + 2);
        }
        return given;
    }

    static String family(RandomGenerator random, String family) {
        return random.nextInt(10) == 0 ? family.toLowerCase(Locale.ROOT) : family;
    }

    /** The same email as another row may write it: capitals, blanks around it. */
    static String email(RandomGenerator random, String email) {
        return switch (random.nextInt(8)) {
            case 0 -> email.toUpperCase(Locale.ROOT);
            case 1 -> " " + email + " ";
            default -> email;
        };
    }

    /** The same company name with another legal form or punctuation. */
    static String company(RandomGenerator random, String base) {
        String form = pick(random, LEGAL_FORMS);
        String name = form.isEmpty() ? base : base + (random.nextBoolean() ? ", " : " ") + form;
        return random.nextInt(10) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** A valid US number in a few real area codes; formatting varies by row. */
    static String phone(RandomGenerator random, long seed) {
        String[] areas = {"212", "312", "415", "512", "617", "646", "650", "720", "303", "206"};
        String area = areas[(int) Math.floorMod(seed, areas.length)];
        int exchange = 200 + (int) Math.floorMod(seed / 10, 700);
        if (exchange % 100 == 11 || exchange == 555) {
            exchange++;
        }
        String line = String.format("%04d", Math.floorMod(seed * 7919, 10_000));
        return switch (random.nextInt(3)) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "." + exchange + "." + line;
            default -> "+1 " + area + " " + exchange + " " + line;
        };
    }
}

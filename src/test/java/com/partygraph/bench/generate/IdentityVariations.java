package com.partygraph.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The people and companies {@link IdentityGenerator} writes, and how each row about one of them varies.
 * Rates are per row unless said otherwise:
 * <ul>
 * <li>people: given names from the 60 most common for 45 %, else from about 1,600 made-up ones; family
 * names from the 60 most common for 10 %, else from about 65,000 made-up ones; emails never shared by two
 * people; 3 % share the given and family name of an earlier person (twins, Sr/Jr: other birth date,
 * half of them in the same household, "Jr" on 60 % of the younger's rows); 5 % live in the household of
 * an earlier person (same family name, address and phone); 40 % have a middle name; 60 % of those with an
 * employer have a work email besides their personal one; 10 % give their employer's main line as phone;</li>
 * <li>names: nickname 15 % (where one exists), given-name typo 4 %, given name as an initial 3 %, family-name
 * typo 3 %, other capitals 10 %, given and family name swapped 2 %; middle name left out 50 %, as an
 * initial 25 %;</li>
 * <li>contact points: email left out 30 % (else any of the person's emails), phone left out 30 %, three phone
 * formats; address left out 25 %, street type abbreviated 50 %, an earlier address 8 %;</li>
 * <li>birth date (billing, support): left out 15 %, day and month swapped 2 %, a typo 2 %; SSN (billing)
 * given 70 %;</li>
 * <li>companies: name with its legal form 50 % (written several ways), "The" 5 %, an abbreviation where
 * the name has a word with one 30 %, other capitals 10 %, a typo 3 %; 20 % have a DBA name; website left
 * out 25 % (three ways of writing it), email (info@, sales@, ap@) left out 40 %, phone left out 25 %, tax id
 * given 60 % (with or without its dash).</li>
 * </ul>
 * Not thread-safe; deterministic for the random generator's seed.
 */
final class IdentityVariations {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mer", "van", "ten", "dor", "sil", "bra", "fen", "gar", "hol", "ish", "jan", "kel", "lin", "mor",
        "nes", "ost", "pel", "quin", "ros", "sta", "tor", "ul", "vik", "wes", "yar", "zel", "ber", "cas", "den", "el",
        "fal", "gun", "har", "ing", "jo", "kov", "lak", "mun"
    };

    private static final String[] KINDS = {
        "Systems",
        "Solutions",
        "Energy",
        "Logistics",
        "Recycling",
        "Holdings",
        "Partners",
        "Industries",
        "Technologies",
        "International",
        "Manufacturing",
        "Laboratories",
        "Services",
        "Foods",
        "Networks"
    };

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "Holdings",
            "Hldgs",
            "International",
            "Intl",
            "Technologies",
            "Tech",
            "Manufacturing",
            "Mfg",
            "Services",
            "Svcs",
            "Systems",
            "Sys",
            "Industries",
            "Inds",
            "Laboratories",
            "Labs");

    private static final String[][] LEGAL_FORMS = {
        {"Inc.", "Inc", ", Inc.", "Incorporated"},
        {"LLC", ", LLC", "L.L.C."},
        {"Ltd", "Ltd.", "Limited"},
        {"Corp.", "Corporation", "Corp"}
    };

    private static final String[] STREETS = {
        "Main",
        "Oak",
        "Maple",
        "Cedar",
        "Pine",
        "Elm",
        "Washington",
        "Lake",
        "Hill",
        "Park",
        "Sunset",
        "Lincoln",
        "River",
        "Meadow",
        "Church",
        "Mill",
        "Spring",
        "Highland"
    };

    private static final String[][] STREET_TYPES = {
        {"Street", "St"},
        {"Avenue", "Ave"},
        {"Road", "Rd"},
        {"Lane", "Ln"},
        {"Drive", "Dr"},
        {"Boulevard", "Blvd"},
        {"Court", "Ct"}
    };

    private static final String[][] CITIES = {
        {"Austin", "TX", "787"},
        {"Denver", "CO", "802"},
        {"Las Vegas", "NV", "891"},
        {"Seattle", "WA", "981"},
        {"Boston", "MA", "021"},
        {"Chicago", "IL", "606"},
        {"Portland", "OR", "972"},
        {"Atlanta", "GA", "303"}
    };

    private static final Map<String, String> NICKNAMES = nicknames();

    private final SplittableRandom random;

    // The demo generator's nicknames and some more.
    private static Map<String, String> nicknames() {
        Map<String, String> nicknames = new java.util.HashMap<>(Variations.NICKNAMES);
        nicknames.putAll(Map.of(
                "James",
                "Jim",
                "John",
                "Johnny",
                "David",
                "Dave",
                "Charles",
                "Chuck",
                "Susan",
                "Sue",
                "Jessica",
                "Jess",
                "Deborah",
                "Debbie",
                "Stephanie",
                "Steph",
                "Ronald",
                "Ron",
                "Joshua",
                "Josh"));
        nicknames.put("Jennifer", "Jenny");
        return Map.copyOf(nicknames);
    }

    IdentityVariations(SplittableRandom random) {
        this.random = random;
    }

    /** A street address: number, street name, type, city, state, ZIP. */
    record Address(int number, String street, int type, int city, String zip) {}

    record Person(
            String given,
            String middle,
            String family,
            boolean junior,
            LocalDate birthDate,
            List<String> emails,
            String phone,
            Address address,
            Address oldAddress,
            String ssn,
            Company employer) {}

    record Company(
            String words,
            String kind,
            String[] legalForm,
            String dba,
            String domain,
            String phone,
            Address address,
            String taxId) {

        String city() {
            return CITIES[this.address.city()][0];
        }

        String state() {
            return CITIES[this.address.city()][1];
        }
    }

    Person person(int party, List<Person> earlier, List<Company> companies, java.util.Set<String> emailsUsed) {
        String given = givenName();
        String family = familyName();
        boolean junior = false;
        Address address = address();
        String phone = phoneNumber();
        int roll = this.random.nextInt(100);
        if (roll < 3 && !earlier.isEmpty()) {
            Person namesake = earlier.get(this.random.nextInt(earlier.size()));
            given = namesake.given();
            family = namesake.family();
            if (this.random.nextBoolean()) {
                junior = true;
                address = namesake.address();
                phone = namesake.phone();
            }
        } else if (roll < 8 && !earlier.isEmpty()) {
            Person household = earlier.get(this.random.nextInt(earlier.size()));
            family = household.family();
            address = household.address();
            phone = household.phone();
        }
        Company employer = companies.isEmpty() || this.random.nextInt(10) < 3
                ? null
                : companies.get(this.random.nextInt(companies.size()));
        String local = ascii(given) + (this.random.nextBoolean() ? "." : "") + ascii(family);
        List<String> emails = new java.util.ArrayList<>();
        emails.add(unique(
                local + this.random.nextInt(100) + "@" + pick(new String[] {"gmail.com", "yahoo.com", "outlook.com"}),
                party,
                emailsUsed));
        if (employer != null && this.random.nextInt(10) < 6) {
            emails.add(unique(local + "@" + employer.domain(), party, emailsUsed));
        }
        LocalDate birth =
                LocalDate.of(1940 + this.random.nextInt(65), 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
        String middle = this.random.nextInt(10) < 4 ? givenName() : null;
        String ssn = String.format(
                Locale.ROOT,
                "%03d-%02d-%04d",
                100 + this.random.nextInt(800),
                10 + this.random.nextInt(90),
                this.random.nextInt(10_000));
        return new Person(given, middle, family, junior, birth, emails, phone, address, address(), ssn, employer);
    }

    Company company(int party, java.util.Set<String> domains) {
        String words = pick(Variations.COMPANY_WORDS) + " " + capitalized(familyName());
        String kind = pick(KINDS);
        String domain = ascii(words) + (this.random.nextBoolean() ? "" : "-" + ascii(kind)) + ".com";
        if (!domains.add(domain)) {
            // Two companies never share a web domain.
            domain = ascii(words) + party + ".com";
            domains.add(domain);
        }
        String dba = this.random.nextInt(10) < 2 ? words.split(" ")[1] + " " + pick(KINDS) : null;
        String taxId =
                String.format(Locale.ROOT, "%02d-%07d", 10 + this.random.nextInt(89), this.random.nextInt(10_000_000));
        return new Company(
                words,
                kind,
                LEGAL_FORMS[this.random.nextInt(LEGAL_FORMS.length)],
                dba,
                domain,
                phoneNumber(),
                address(),
                taxId);
    }

    String given(Person p) {
        String given = p.given();
        int roll = this.random.nextInt(100);
        if (roll < 15 && NICKNAMES.containsKey(given)) {
            given = NICKNAMES.get(given);
        } else if (roll < 19) {
            given = typo(given);
        } else if (roll < 22) {
            given = given.substring(0, 1) + ".";
        }
        return cased(given);
    }

    String middle(Person p) {
        if (p.middle() == null || this.random.nextBoolean()) {
            return "";
        }
        return this.random.nextBoolean() ? p.middle() : p.middle().charAt(0) + ".";
    }

    String family(Person p) {
        String family = this.random.nextInt(100) < 3 ? typo(p.family()) : p.family();
        return cased(family) + (p.junior() && this.random.nextInt(10) < 6 ? " Jr." : "");
    }

    /** Given and family name in one column (in the other order 2 % of the time). */
    String fullName(Person p) {
        String given = given(p);
        String family = family(p);
        return this.random.nextInt(100) < 2 ? family + " " + given : given + " " + family;
    }

    /** A support tool's display name: "Family, Given" half of the time. */
    String displayName(Person p) {
        return this.random.nextBoolean() ? family(p) + ", " + given(p) : fullName(p);
    }

    String email(Person p) {
        if (this.random.nextInt(100) < 30) {
            return "";
        }
        String email = p.emails().get(this.random.nextInt(p.emails().size()));
        return this.random.nextInt(10) == 0 ? email.toUpperCase(Locale.ROOT) : email;
    }

    String phone(Person p) {
        if (this.random.nextInt(100) < 30) {
            return "";
        }
        return formatted(
                p.employer() != null && this.random.nextInt(10) == 0
                        ? p.employer().phone()
                        : p.phone());
    }

    String addressLine(Person p) {
        if (this.random.nextInt(100) < 25) {
            return "";
        }
        Address a = this.random.nextInt(100) < 8 ? p.oldAddress() : p.address();
        String[] city = CITIES[a.city()];
        String line = a.number() + " " + a.street() + " " + streetType(a);
        return this.random.nextBoolean()
                ? line + ", " + city[0] + ", " + city[1] + " " + a.zip()
                : line + " " + city[0] + " " + city[1] + " " + a.zip();
    }

    /** Street number, street, city, state, ZIP; all empty when left out. */
    String[] addressParts(Person p) {
        if (this.random.nextInt(100) < 25) {
            return new String[] {"", "", "", "", ""};
        }
        Address a = this.random.nextInt(100) < 8 ? p.oldAddress() : p.address();
        String[] city = CITIES[a.city()];
        return new String[] {String.valueOf(a.number()), a.street() + " " + streetType(a), city[0], city[1], a.zip()};
    }

    String isoBirthDate(Person p) {
        LocalDate date = birthDate(p);
        return date == null ? "" : date.toString();
    }

    String usBirthDate(Person p) {
        LocalDate date = birthDate(p);
        return date == null ? "" : date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }

    String ssn(Person p) {
        return this.random.nextInt(100) < 70 ? p.ssn() : "";
    }

    String companyName(Company c) {
        String name = c.words() + " " + c.kind();
        if (ABBREVIATIONS.containsKey(c.kind()) && this.random.nextInt(100) < 30) {
            name = c.words() + " " + ABBREVIATIONS.get(c.kind());
        }
        if (this.random.nextBoolean()) {
            String form = c.legalForm()[this.random.nextInt(c.legalForm().length)];
            name = name + (form.startsWith(",") ? form : " " + form);
        }
        if (this.random.nextInt(100) < 5) {
            name = "The " + name;
        }
        if (this.random.nextInt(100) < 3) {
            name = typo(name);
        }
        return this.random.nextInt(10) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }

    String website(Company c) {
        return switch (this.random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "https://www." + c.domain();
            case 2 -> "www." + c.domain() + "/about";
            default -> c.domain();
        };
    }

    String companyEmail(Company c) {
        return this.random.nextInt(100) < 40 ? "" : pick(new String[] {"info@", "sales@", "ap@"}) + c.domain();
    }

    String companyPhone(Company c) {
        return this.random.nextInt(100) < 25 ? "" : formatted(c.phone());
    }

    String companyAddress(Company c) {
        Address a = c.address();
        String[] city = CITIES[a.city()];
        return a.number() + " " + a.street() + " " + streetType(a) + ", " + city[0] + ", " + city[1] + " " + a.zip();
    }

    String taxId(Company c) {
        if (this.random.nextInt(100) >= 60) {
            return "";
        }
        return this.random.nextBoolean() ? c.taxId() : c.taxId().replace("-", "");
    }

    private LocalDate birthDate(Person p) {
        int roll = this.random.nextInt(100);
        LocalDate date = p.birthDate();
        if (roll < 15) {
            return null;
        }
        if (roll < 17 && date.getDayOfMonth() <= 12) {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        }
        if (roll < 19) {
            return date.plusDays(this.random.nextBoolean() ? 1 : -1);
        }
        return date;
    }

    private String streetType(Address a) {
        return STREET_TYPES[a.type()][this.random.nextInt(2)];
    }

    private Address address() {
        int city = this.random.nextInt(CITIES.length);
        return new Address(
                1 + this.random.nextInt(9_000),
                pick(STREETS),
                this.random.nextInt(STREET_TYPES.length),
                city,
                CITIES[city][2] + String.format(Locale.ROOT, "%02d", this.random.nextInt(100)));
    }

    private String phoneNumber() {
        String[] areas = {"212", "312", "415", "512", "617", "646", "702", "720", "303", "206"};
        int exchange = 200 + this.random.nextInt(700);
        if (exchange % 100 == 11 || exchange == 555) {
            exchange++;
        }
        return pick(areas) + exchange + String.format(Locale.ROOT, "%04d", this.random.nextInt(10_000));
    }

    private String formatted(String digits) {
        String area = digits.substring(0, 3);
        String exchange = digits.substring(3, 6);
        String line = digits.substring(6);
        return switch (this.random.nextInt(3)) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "." + exchange + "." + line;
            default -> "+1 " + area + " " + exchange + " " + line;
        };
    }

    // Two people never share an email address: a taken one gets the party's number.
    private static String unique(String email, int party, java.util.Set<String> used) {
        if (used.add(email)) {
            return email;
        }
        String numbered = email.replace("@", "." + party + "@");
        used.add(numbered);
        return numbered;
    }

    // As names are spread in a real population: the 60 most common given names for 45 % of people (the
    // rest from about 1,600 made-up ones), the 60 most common family names for 10 % (the rest from about
    // 65,000 made-up ones).
    private String givenName() {
        return this.random.nextInt(100) < 45 ? pick(Variations.GIVEN) : madeUp(2, 2);
    }

    private String familyName() {
        return this.random.nextInt(10) == 0 ? pick(Variations.FAMILY) : madeUp(2, 3);
    }

    private String madeUp(int fewest, int most) {
        StringBuilder name = new StringBuilder();
        int syllables = fewest + this.random.nextInt(most - fewest + 1);
        for (int i = 0; i < syllables; i++) {
            name.append(pick(SYLLABLES));
        }
        return capitalized(name.toString());
    }

    private String typo(String word) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + this.random.nextInt(word.length() - 3);
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private String cased(String text) {
        return switch (this.random.nextInt(20)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }

    private <T> T pick(T[] values) {
        return values[this.random.nextInt(values.length)];
    }
}

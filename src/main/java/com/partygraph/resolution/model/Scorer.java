package com.partygraph.resolution.model;

import com.partygraph.resolution.compare.Compared;
import com.partygraph.resolution.compare.Comparison;
import com.partygraph.resolution.compare.Comparisons;
import com.partygraph.resolution.features.Features;
import java.util.ArrayList;
import java.util.List;

/**
 * Fellegi–Sunter scoring: the prior odds plus, per comparison, log2(m / u) of the level the pair lands
 * on. The prior is the records a party has on average over the tenant's records (at least
 * {@value #MIN_RECORDS}, so a small tenant is not taken for one where any two records are likely one
 * party). On the first level of a name comparison, once the tenant has {@value #MIN_RECORDS} records of
 * the kind, u is the share of the tenant's records that hold the shared value, not counting the
 * candidate's own (which holds it by definition; a value no other record holds counts a fifth of a
 * record): a rare surname weighs more, "Smith" less. On
 * the first level of a contact point, a value held by more than {@value #ONE_PARTYS_RECORDS} records (an
 * "info@" address, an office phone) takes its share as u when that is larger. Thread-safe.
 */
public final class Scorer {

    static final int MIN_RECORDS = 10_000;

    static final int ONE_PARTYS_RECORDS = 10;

    // A value no other record holds may still be held elsewhere, just not yet seen: count a fifth of one.
    static final double OWN_RECORD_FLOOR = 0.2;

    private final ModelParameters parameters;

    public Scorer(ModelParameters parameters) {
        this.parameters = parameters;
    }

    public ModelParameters parameters() {
        return this.parameters;
    }

    public Score score(Features a, Features b, TermFrequencies frequencies) {
        double lambda =
                this.parameters.recordsPerParty(a.kind()) / Math.max(frequencies.records(a.kind()), MIN_RECORDS);
        double prior = log2(lambda / (1 - lambda));
        double total = prior;
        List<FeatureWeight> features = new ArrayList<>();
        for (Comparison comparison : Comparisons.of(a.kind())) {
            Compared compared = comparison.compare(a, b);
            if (compared.level() == Compared.MISSING) {
                features.add(
                        new FeatureWeight(comparison.name(), "missing", compared.left(), compared.right(), 0, false));
                continue;
            }
            double weight = weight(a, comparison, compared, frequencies);
            total += weight;
            features.add(new FeatureWeight(
                    comparison.name(),
                    comparison.levels().get(compared.level()),
                    compared.left(),
                    compared.right(),
                    Math.round(weight * 100) / 100.0,
                    comparison.hardConflict()
                            && compared.level() == comparison.levels().size() - 1));
        }
        total += jointName(a, b, features, frequencies);
        double odds = Math.pow(2, total);
        return new Score(total, odds / (1 + odds), prior, outweighed(householdOnly(features)));
    }

    /**
     * One contradicting field among agreeing ones is taken for an error in that field when the field that tells
     * such people apart agrees: another given name or birth date beside the same identifier (an identifier is
     * issued to one person; twins and a father and son have their own; a birth date also beside an identifier within
     * a typo), another identifier beside the same given name and birth date (a mistyped or swapped number). Two
     * contradictions mean two parties.
     */
    private static List<FeatureWeight> outweighed(List<FeatureWeight> features) {
        List<FeatureWeight> conflicts =
                features.stream().filter(FeatureWeight::conflict).toList();
        if (conflicts.size() != 1) {
            return features;
        }
        String conflict = conflicts.get(0).feature();
        boolean outweighed = switch (conflict) {
            case "givenName" -> level(features, "identifier", "exact");
            case "birthDate" -> level(features, "identifier", "exact") || level(features, "identifier", "typo");
            case "identifier" ->
                level(features, "birthDate", "exact")
                        && (level(features, "givenName", "exact") || level(features, "givenName", "close"));
            default -> false;
        };
        return !outweighed
                ? features
                : features.stream().map(FeatureWeight::withoutConflict).toList();
    }

    private static boolean level(List<FeatureWeight> features, String feature, String level) {
        return features.stream()
                .anyMatch(f -> f.feature().equals(feature) && f.level().equals(level));
    }

    /**
     * Given and family name weighed apart take them as independent; in a large tenant the same full name
     * held by other records (two Amanda Brauns) says less than that. When both agree exactly, their joint
     * weight is capped at what the full name's own frequency gives; the family name's weight takes the cut.
     * Returns the change to the total.
     */
    private double jointName(Features a, Features b, List<FeatureWeight> features, TermFrequencies frequencies) {
        long records = frequencies.records(a.kind());
        if (!a.person() || records < MIN_RECORDS) {
            return 0;
        }
        int given = -1;
        int family = -1;
        for (int i = 0; i < features.size(); i++) {
            FeatureWeight f = features.get(i);
            if (f.feature().equals("givenName") && f.level().equals("exact")) {
                given = i;
            }
            if (f.feature().equals("familyName") && f.level().equals("exact")) {
                family = i;
            }
        }
        if (given < 0 || family < 0 || !a.givenFormal().equals(b.givenFormal())) {
            return 0;
        }
        double m = this.parameters.m(a.kind(), "givenName", 0) * this.parameters.m(a.kind(), "familyName", 0);
        double u = Math.max(frequencies.holding(FULL_NAME, fullName(a)) - 1, OWN_RECORD_FLOOR) / records;
        double joint = log2(m / u);
        double apart = features.get(given).weight() + features.get(family).weight();
        if (joint >= apart) {
            return 0;
        }
        FeatureWeight f = features.get(family);
        features.set(
                family,
                new FeatureWeight(
                        f.feature(),
                        f.level(),
                        f.left(),
                        f.right(),
                        Math.round((f.weight() - (apart - joint)) * 100) / 100.0,
                        f.conflict()));
        return joint - apart;
    }

    /** The term a person's full name is counted under, for {@link TermFrequencies#holding}. */
    public static final String FULL_NAME = "fullName";

    /** A person's full name as counted: formal given name and family name. */
    public static String fullName(Features person) {
        return person.givenFormal() + " " + person.family();
    }

    // Another given name is a conflict only beside the same family name (another member of the family); with
    // the family name different too, one of the records has its names garbled or the other way round.
    private static List<FeatureWeight> householdOnly(List<FeatureWeight> features) {
        boolean sameFamily = features.stream()
                .anyMatch(f -> f.feature().equals("familyName")
                        && (f.level().equals("exact")
                                || f.level().equals("close")
                                || f.level().equals("phonetic")));
        if (sameFamily) {
            return features;
        }
        return features.stream()
                .map(f -> f.feature().equals("givenName") ? f.withoutConflict() : f)
                .toList();
    }

    /** The level each comparison puts the pair on ({@link Compared#MISSING} included), for estimation. */
    static int[] levels(Features a, Features b) {
        List<Comparison> comparisons = Comparisons.of(a.kind());
        int[] levels = new int[comparisons.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = comparisons.get(i).compare(a, b).level();
        }
        return levels;
    }

    private double weight(Features a, Comparison comparison, Compared compared, TermFrequencies frequencies) {
        double m = this.parameters.m(a.kind(), comparison.name(), compared.level());
        double u = this.parameters.u(a.kind(), comparison.name(), compared.level());
        if (compared.shared() != null && comparison.frequency() != Comparison.Frequency.NONE) {
            long records = frequencies.records(a.kind());
            long holding = frequencies.holding(comparison.name(), compared.shared());
            if (comparison.frequency() == Comparison.Frequency.VALUE && records >= MIN_RECORDS && holding > 0) {
                // The candidate's own record holds the value: only the others say how common it is elsewhere.
                u = Math.max(holding - 1, OWN_RECORD_FLOOR) / records;
            } else if (comparison.frequency() == Comparison.Frequency.SHARED && holding > ONE_PARTYS_RECORDS) {
                u = Math.max(u, (double) holding / Math.max(records, MIN_RECORDS));
            }
        }
        return log2(m / u);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

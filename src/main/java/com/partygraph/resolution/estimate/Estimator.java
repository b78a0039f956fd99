package com.partygraph.resolution.estimate;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.candidates.BlockingKeys;
import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.compare.Compared;
import com.partygraph.resolution.compare.Comparison;
import com.partygraph.resolution.compare.Comparisons;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.ModelParameters;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Estimates the match model from the records themselves, without labels, in named steps (as Splink
 * does): u, how often records of different parties land on each level, from pairs drawn at random
 * (nearly all of which are of different parties); then m, how often records of one party do, by
 * expectation–maximisation with u held fixed, twice: over pairs that share a name key, which trains the
 * contact-point, date and identifier comparisons, and over pairs that share a contact-point key, which
 * trains the name comparisons. A comparison is never trained on pairs blocked on its own feature: they
 * agree on it by construction. The result is a settings document ({@link ModelParameters#toYaml()}) to
 * read, adjust and configure. Not thread-safe.
 */
public final class Estimator {

    private static final int ITERATIONS = 30;

    private static final int CANDIDATES_PER_RECORD = 20;

    private static final double FLOOR = 1e-4;

    private static final java.util.Set<String> NAMES =
            java.util.Set.of("givenName", "familyName", "middleName", "generation", "organizationName");

    private final SplittableRandom random;

    private final int randomPairs;

    public Estimator(long seed, int randomPairs) {
        this.random = new SplittableRandom(seed);
        this.randomPairs = randomPairs;
    }

    /** What came out for one kind: the pairs it learnt from and the share of them taken for matches. */
    public record Summary(PartyKind kind, int candidatePairs, int randomPairs, double matchShare) {}

    /** Estimates u and m of every comparison of the kind from its records, starting from {@code start}. */
    public ModelParameters estimate(
            ModelParameters start, PartyKind kind, List<Features> records, List<Summary> summaries) {
        List<Comparison> comparisons = Comparisons.of(kind);
        if (records.size() < 2) {
            return start;
        }
        double[][] u = u(comparisons, records);
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            m[c] = new double[comparisons.get(c).levels().size()];
            for (int l = 0; l < m[c].length; l++) {
                m[c][l] = start.m(kind, comparisons.get(c).name(), l);
            }
        }
        boolean[] names = new boolean[comparisons.size()];
        for (int c = 0; c < names.length; c++) {
            names[c] = NAMES.contains(comparisons.get(c).name());
        }
        boolean[] others = new boolean[names.length];
        for (int c = 0; c < names.length; c++) {
            others[c] = !names[c];
        }
        List<int[]> byName = candidatePairs(comparisons, records, BlockingKeys::byName);
        List<int[]> byContact = candidatePairs(comparisons, records, key -> !BlockingKeys.byName(key));
        double share = expectationMaximisation(byName, m, u, others);
        expectationMaximisation(byContact, m, u, names);
        ModelParameters estimated = start;
        for (int c = 0; c < comparisons.size(); c++) {
            double[][] mu = new double[m[c].length][];
            for (int l = 0; l < m[c].length; l++) {
                mu[l] = new double[] {m[c][l], u[c][l]};
            }
            estimated = estimated.with(kind, comparisons.get(c).name(), mu);
        }
        summaries.add(new Summary(kind, byName.size() + byContact.size(), this.randomPairs, share));
        return estimated;
    }

    // u: level frequencies among random pairs, each level seen at least once (add-one smoothing).
    private double[][] u(List<Comparison> comparisons, List<Features> records) {
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
            java.util.Arrays.fill(counts[c], 1);
        }
        for (int i = 0; i < this.randomPairs; i++) {
            Features a = records.get(this.random.nextInt(records.size()));
            Features b = records.get(this.random.nextInt(records.size()));
            if (a == b) {
                continue;
            }
            for (int c = 0; c < counts.length; c++) {
                int level = comparisons.get(c).compare(a, b).level();
                if (level != Compared.MISSING) {
                    counts[c][level]++;
                }
            }
        }
        for (double[] levels : counts) {
            normalise(levels);
        }
        return counts;
    }

    // The pairs the keys propose: each record against the records indexed before it.
    private static List<int[]> candidatePairs(
            List<Comparison> comparisons, List<Features> records, Predicate<String> keys) {
        CandidateIndex index = new CandidateIndex(50);
        CandidateIndex.SearchStats stats = new CandidateIndex.SearchStats();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Features record = records.get(i);
            IntArrayList candidates = index.candidates(record, CANDIDATES_PER_RECORD, stats, keys);
            for (int k = 0; k < candidates.size(); k++) {
                Features other = index.features(candidates.getInt(k));
                int[] levels = new int[comparisons.size()];
                for (int c = 0; c < levels.length; c++) {
                    levels[c] = comparisons.get(c).compare(record, other).level();
                }
                pairs.add(levels);
            }
            index.add(String.valueOf(i), String.valueOf(i), i, record);
        }
        return pairs;
    }

    /**
     * Fits m of the comparisons marked {@code trained} (u fixed), the others left out of the pairs'
     * odds, and returns the share of pairs taken for matches.
     */
    private static double expectationMaximisation(List<int[]> pairs, double[][] m, double[][] u, boolean[] trained) {
        if (pairs.isEmpty()) {
            return 0;
        }
        double share = 0.3;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = new double[m.length][];
            double[] present = new double[m.length];
            for (int c = 0; c < m.length; c++) {
                expected[c] = new double[m[c].length];
            }
            double total = 0;
            for (int[] levels : pairs) {
                double logOdds = Math.log(share / (1 - share));
                for (int c = 0; c < levels.length; c++) {
                    if (trained[c] && levels[c] != Compared.MISSING) {
                        logOdds += Math.log(m[c][levels[c]] / u[c][levels[c]]);
                    }
                }
                double match = 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, logOdds))));
                total += match;
                for (int c = 0; c < levels.length; c++) {
                    if (trained[c] && levels[c] != Compared.MISSING) {
                        expected[c][levels[c]] += match;
                        present[c] += match;
                    }
                }
            }
            share = Math.min(1 - FLOOR, Math.max(FLOOR, total / pairs.size()));
            for (int c = 0; c < m.length; c++) {
                if (present[c] > 0) {
                    for (int l = 0; l < m[c].length; l++) {
                        m[c][l] = Math.max(FLOOR, expected[c][l] / present[c]);
                    }
                    normalise(m[c]);
                }
            }
        }
        return share;
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }
}

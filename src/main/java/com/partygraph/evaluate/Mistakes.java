package com.partygraph.evaluate;

import com.partygraph.resolution.model.FeatureWeight;
import com.partygraph.resolution.model.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Examples of what resolution got wrong, with the score of each pair explained: records of one entity in
 * different clusters (missed matches) and records of different entities in one cluster (false matches);
 * a pair in one cluster may have been joined through other records, so its own score can be low.
 */
final class Mistakes {

    private Mistakes() {}

    /**
     * @param clusters row ({@code table/key}) to cluster
     * @param truth row to entity
     * @param scorer the score of two rows' records
     */
    static Map<String, Object> of(
            Map<String, String> clusters,
            Map<String, String> truth,
            int most,
            BiFunction<String, String, Score> scorer) {
        Map<String, List<String>> byEntity = new HashMap<>();
        Map<String, List<String>> byCluster = new HashMap<>();
        truth.forEach((row, entity) -> {
            if (clusters.containsKey(row)) {
                byEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(row);
                byCluster
                        .computeIfAbsent(clusters.get(row), c -> new ArrayList<>())
                        .add(row);
            }
        });
        List<String> missed = new ArrayList<>();
        Map<String, Integer> missedKinds = new java.util.TreeMap<>();
        for (List<String> rows : byEntity.values()) {
            for (int i = 1; i < rows.size(); i++) {
                if (!clusters.get(rows.get(0)).equals(clusters.get(rows.get(i)))) {
                    Score score = scorer.apply(rows.get(0), rows.get(i));
                    String kind = missedKind(score);
                    missedKinds.merge(kind, 1, Integer::sum);
                    if (missed.size() < most && !kind.equals("namesOnly")) {
                        missed.add(explain(rows.get(0), rows.get(i), score));
                    }
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> wrongKinds = new java.util.TreeMap<>();
        for (List<String> rows : byCluster.values()) {
            for (int i = 1; i < rows.size(); i++) {
                if (!truth.get(rows.get(0)).equals(truth.get(rows.get(i)))) {
                    Score score = scorer.apply(rows.get(0), rows.get(i));
                    wrongKinds.merge(wrongKind(score), 1, Integer::sum);
                    if (wrong.size() < most) {
                        wrong.add(explain(rows.get(0), rows.get(i), score));
                    }
                }
            }
        }
        Map<String, Object> mistakes = new LinkedHashMap<>();
        mistakes.put("missedPairsFromFirstRecordByKind", missedKinds);
        mistakes.put("falsePairsWithFirstRecordByKind", wrongKinds);
        mistakes.put("missedMatches", missed);
        mistakes.put("falseMatches", wrong);
        return mistakes;
    }

    // Why two records of one entity stayed apart: nothing but names in common, a hard conflict, or evidence
    // that fell short of the threshold.
    private static String missedKind(Score score) {
        if (!score.conflicts().isEmpty()) {
            return "hardConflict:" + score.conflicts().get(0).feature();
        }
        boolean beyondNames = score.agreeing().stream().anyMatch(f -> !NAMES.contains(f.feature()));
        return beyondNames ? "belowThreshold" : "namesOnly";
    }

    // Two entities in one cluster: people or organizations of one name, or other evidence.
    private static String wrongKind(Score score) {
        long names = score.features().stream()
                .filter(f -> NAMES.contains(f.feature()) && f.level().equals("exact"))
                .count();
        String linked = score.probability() >= 0.5 ? "directly" : "throughOtherRecords";
        return (names >= 2
                                || names == 1
                                        && score.features().stream()
                                                .anyMatch(f -> f.feature().equals("organizationName"))
                        ? "sameName"
                        : "otherName")
                + ":" + linked;
    }

    private static final java.util.Set<String> NAMES =
            java.util.Set.of("givenName", "familyName", "middleName", "generation", "organizationName");

    private static String explain(String a, String b, Score score) {
        StringBuilder text = new StringBuilder(
                a + " ~ " + b + String.format(java.util.Locale.ROOT, " p=%.3f:", score.probability()));
        for (FeatureWeight f : score.features()) {
            if (!f.level().equals("missing")) {
                text.append(' ')
                        .append(f.feature())
                        .append('=')
                        .append(f.level())
                        .append('(')
                        .append(f.left())
                        .append('|')
                        .append(f.right())
                        .append(' ')
                        .append(f.weight())
                        .append(')');
            }
        }
        return text.toString();
    }
}

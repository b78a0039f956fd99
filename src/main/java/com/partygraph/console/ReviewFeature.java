package com.partygraph.console;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One feature of a suggestion's explanation, as the review queue shows it: the two values, the level the pair
 * landed on and its weight (positive agrees, negative disagrees); a conflict is a level two records of one party
 * almost never land on.
 */
public record ReviewFeature(String feature, String left, String right, String level, double weight, boolean conflict) {

    /**
     * The features of an explanation ({@code {weight, probability, features: [...]}}) that both sides have,
     * strongest first.
     */
    static List<ReviewFeature> of(JsonNode explanation) {
        List<ReviewFeature> features = new ArrayList<>();
        if (explanation != null && explanation.has("features")) {
            for (JsonNode f : explanation.get("features")) {
                if ("missing".equals(text(f, "level"))) {
                    continue; // a feature one side lacks says nothing
                }
                features.add(new ReviewFeature(
                        text(f, "feature"),
                        text(f, "left"),
                        text(f, "right"),
                        text(f, "level"),
                        f.path("weight").asDouble(),
                        f.path("conflict").asBoolean()));
            }
        }
        features.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
        return features;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** {@code agrees}, {@code disagrees} or {@code conflict}, for the page's colours. */
    public String tone() {
        return this.conflict ? "conflict" : this.weight >= 0 ? "agrees" : "disagrees";
    }
}

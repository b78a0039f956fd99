package com.partygraph.resolution.decide;

/**
 * Match probabilities that decide: at or above {@code autoLink} a record joins the party; at or above
 * {@code review} (and below auto-link) a suggestion is stored for a steward and the record gets a party of
 * its own. A mention of an organization in another row's free text carries its name only: it joins the
 * organization whose name it is (the same words, in any order), whatever the probability.
 */
public record Thresholds(double autoLink, double review) {

    public Thresholds {
        if (!(review > 0 && review <= autoLink && autoLink < 1)) {
            throw new IllegalArgumentException(
                    "thresholds need 0 < review <= auto-link < 1, got review " + review + ", auto-link " + autoLink);
        }
    }
}

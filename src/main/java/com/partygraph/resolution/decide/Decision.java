package com.partygraph.resolution.decide;

import com.partygraph.resolution.model.Score;
import java.util.List;

/**
 * What resolution made of one record.
 *
 * @param partyId the party the record belongs to now
 * @param newParty whether that party was made for this record
 * @param method {@code auto} (matched at or above auto-link), {@code name} (an organization's name decided:
 * a mention, or an organization known from mentions), {@code new} (a party of its own), {@code kept} (the
 * record stays in its party), {@code rule} (a shared email or identifier, in exact mode)
 * @param probability the match probability of the party joined; 1 for a new or kept party
 * @param explanation the score of the best record of the party joined; null for a new or kept party
 * @param absorbed parties merged into {@code partyId} because the record strongly matched them too
 * @param suggestions parties in the review band, for a steward to decide
 * @param previousPartyId the party the record belonged to before, when it moved; else null
 * @param candidates how many candidate records were scored
 */
public record Decision(
        String partyId,
        boolean newParty,
        String method,
        double probability,
        Score explanation,
        List<Merged> absorbed,
        List<Suggestion> suggestions,
        String previousPartyId,
        int candidates) {

    /** A party merged into the decision's party, with the score that showed it is the same. */
    public record Merged(String partyId, Score evidence) {}

    /** A party the record may belong to, below the auto-link threshold. */
    public record Suggestion(String partyId, Score score) {}

    /** Whether the record belongs to another party than before. */
    public boolean moved() {
        return this.previousPartyId != null && !this.previousPartyId.equals(this.partyId);
    }
}

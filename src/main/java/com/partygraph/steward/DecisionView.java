package com.partygraph.steward;

import java.util.List;

/**
 * A steward's decision as the API shows it.
 *
 * @param type {@code accept}, {@code reject}, {@code merge}, {@code unmerge}, {@code link}, {@code unlink} or
 * {@code never-link}
 * @param by the key that decided ({@code key:<name>/<id>})
 * @param parties the parties it touched: for a merge or accept the survivor first, for an unmerge the survivor
 * then the party given back, for a link the party the record joined then the one it left
 * @param records the source records it touched ({@code source/table/key}); may be empty
 * @param suggestion the match suggestion it answered; null for other decisions
 * @param evidence what the decision was made on, as JSON text (the suggestion's explanation, the parties'
 * names and kinds); may be null
 * @param withdrawnAt when it was withdrawn; null while it is in force
 */
public record DecisionView(
        String id,
        String type,
        String at,
        String by,
        String reason,
        List<String> parties,
        List<String> records,
        String suggestion,
        String evidence,
        String withdrawnAt,
        String withdrawnBy,
        String withdrawReason) {}

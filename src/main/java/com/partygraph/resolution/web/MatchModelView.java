package com.partygraph.resolution.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A tenant's match model as the API shows it; absent values are left out.
 *
 * @param source {@code shipped} or {@code estimated}
 * @param estimatedAt when it was estimated, ISO-8601
 * @param by who estimated it
 * @param applied for an estimate: whether it was stored and put in use (false for a dry run)
 * @param learntFrom what each kind's estimate learnt from
 * @param yaml the settings document: m and u of every level of every comparison
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MatchModelView(
        String source, String estimatedAt, String by, Boolean applied, List<Learnt> learntFrom, String yaml) {

    /**
     * What one kind's estimate learnt from.
     *
     * @param kind {@code Person} or {@code Organization}
     * @param candidatePairs blocked pairs expectation–maximisation ran over
     * @param randomPairs random pairs u was counted on
     * @param matchShare the share of the candidate pairs taken for matches
     */
    record Learnt(String kind, long candidatePairs, long randomPairs, double matchShare) {}

    MatchModelView applied(boolean applied) {
        return new MatchModelView(this.source, this.estimatedAt, this.by, applied, this.learntFrom, this.yaml);
    }
}

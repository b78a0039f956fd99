package com.partygraph.resolution.model;

import com.partygraph.graph.PartyKind;

/** How many of a tenant's records there are, and how many hold a value, for frequency-adjusted levels. */
public interface TermFrequencies {

    /** Nothing known: every level keeps its u, the prior is for the smallest tenant. */
    TermFrequencies NONE = new TermFrequencies() {

        @Override
        public long records(PartyKind kind) {
            return 0;
        }

        @Override
        public long holding(String comparison, String value) {
            return 0;
        }
    };

    /** Live records of this kind. */
    long records(PartyKind kind);

    /** Live records holding the value for the comparison ({@code familyName}, {@code email}, …). */
    long holding(String comparison, String value);
}

package com.partygraph.resolution;

import com.partygraph.resolution.features.RecordFacts;

/** A record as the graph holds it: what it says, its party, and when that party came to be (smaller is older). */
public record StoredRecord(RecordFacts facts, String partyId, long partyOrder) {}

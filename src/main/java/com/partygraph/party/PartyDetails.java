package com.partygraph.party;

import com.partygraph.graph.Party;
import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.RoleAssignment;
import com.partygraph.graph.SourceRecordRef;
import java.util.List;

/**
 * A party with everything attached to it that the API shows: roles, the source records that
 * identify it, and its relationships in both directions.
 */
public record PartyDetails(
        Party party,
        List<RoleAssignment> roles,
        List<SourceRecordRef> sourceRecords,
        List<PartyRelationship> relationships) {}

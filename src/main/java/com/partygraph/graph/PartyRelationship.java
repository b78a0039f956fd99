package com.partygraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A typed party-to-party edge such as {@code (:Person)-[:EMPLOYEE_OF]->(:Organization)}.
 *
 * @param id the relationship's name, {@code TYPE:fromId:toId} (a pair of parties has one edge per type)
 * @param type one of the allow-listed types
 * @param fromId the party the edge starts at
 * @param toId the party the edge points to
 * @param title job or board title, may be null
 * @param department may be null
 * @param startDate may be null
 * @param endDate may be null; never before {@code startDate}
 * @param isCurrent whether the relationship holds today
 * @param importance 1-10, may be null
 * @param trustLevel 1-10, may be null
 * @param isPrimary whether it is the party's primary relationship of its type
 * @param sources the records that assert it
 * @param assertions what each of them says (two titles of one person at one company are two assertions of
 * one edge); the edge's own properties are those of the primary one, else a current one, else the one that
 * started last
 */
public record PartyRelationship(
        String id,
        RelationshipType type,
        UUID fromId,
        UUID toId,
        String title,
        String department,
        LocalDate startDate,
        LocalDate endDate,
        Boolean isCurrent,
        Integer importance,
        Integer trustLevel,
        Boolean isPrimary,
        List<String> sources,
        List<RelationshipAssertion> assertions) {}

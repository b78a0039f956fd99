package com.partygraph.party;

import com.partygraph.graph.Party;
import com.partygraph.graph.PartyKind;
import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.PartyStatus;
import com.partygraph.graph.RelationshipAssertion;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.RoleAssignment;
import com.partygraph.graph.SourceRecordRef;
import com.partygraph.graph.SyncMetadata;
import com.partygraph.graph.SyncStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the rows of the party queries into model records; absent properties become null. */
final class PartyMapper {

    private PartyMapper() {}

    static PartyDetails details(Record row) {
        return new PartyDetails(
                party(row.get("party")),
                row.get("roles").asList(PartyMapper::role),
                row.get("sourceRecords").asList(PartyMapper::sourceRecord),
                row.get("relationships").asList(PartyMapper::relationship));
    }

    static PartySummary summary(Record row, double score) {
        return new PartySummary(
                UUID.fromString(row.get("id").asString()),
                PartyKind.fromLabel(row.get("kindLabel").asString()),
                string(row.get("displayName")),
                row.get("emails").asList(Value::asString),
                row.get("phones").asList(Value::asString),
                row.get("roles").asList(Value::asString),
                row.get("sources").asList(Value::asString),
                score);
    }

    static Party party(Value p) {
        SyncMetadata sync = new SyncMetadata(
                p.get("version").asLong(0),
                dateTime(p.get("updatedAt")),
                string(p.get("updatedBy")),
                SyncStatus.of(p.get("syncStatus").asString("synced")),
                p.get("sourceSystems").isNull()
                        ? List.of()
                        : p.get("sourceSystems").asList(Value::asString));
        return new Party(
                UUID.fromString(p.get("id").asString()),
                PartyKind.fromLabel(p.get("kindLabel").asString()),
                string(p.get("displayName")),
                string(p.get("givenName")),
                string(p.get("middleName")),
                string(p.get("familyName")),
                p.get("birthDate").isNull() ? null : p.get("birthDate").asLocalDate(),
                string(p.get("legalName")),
                string(p.get("dbaName")),
                string(p.get("industry")),
                string(p.get("businessType")),
                integer(p.get("foundedYear")),
                integer(p.get("employeeCount")),
                string(p.get("revenueRange")),
                p.get("emails").asList(Value::asString),
                p.get("phones").asList(Value::asString),
                p.get("domains").asList(Value::asString),
                strings(p.get("addresses")),
                strings(p.get("identifiers")),
                strings(p.get("otherNames")),
                PartyStatus.of(p.get("status").asString()),
                p.get("mergedInto").isNull()
                        ? null
                        : UUID.fromString(p.get("mergedInto").asString()),
                dateTime(p.get("createdAt")),
                sync,
                strings(p.get("provenance")));
    }

    private static List<String> strings(Value list) {
        return list.isNull() ? List.of() : list.asList(Value::asString);
    }

    static PartyRelationship relationship(Value r) {
        return new PartyRelationship(
                r.get("type").asString() + ":" + r.get("fromId").asString() + ":"
                        + r.get("toId").asString(),
                RelationshipType.valueOf(r.get("type").asString()),
                UUID.fromString(r.get("fromId").asString()),
                UUID.fromString(r.get("toId").asString()),
                string(r.get("title")),
                string(r.get("department")),
                r.get("startDate").isNull() ? null : r.get("startDate").asLocalDate(),
                r.get("endDate").isNull() ? null : r.get("endDate").asLocalDate(),
                bool(r.get("isCurrent")),
                integer(r.get("importance")),
                integer(r.get("trustLevel")),
                bool(r.get("isPrimary")),
                strings(r.get("sources")),
                strings(r.get("assertions")).stream()
                        .map(RelationshipAssertion::of)
                        .toList());
    }

    private static RoleAssignment role(Value h) {
        return new RoleAssignment(
                h.get("code").asString(),
                string(h.get("label")),
                h.get("since").isNull() ? null : h.get("since").asLocalDate(),
                h.get("until").isNull() ? null : h.get("until").asLocalDate(),
                string(h.get("source")),
                string(h.get("context")));
    }

    private static SourceRecordRef sourceRecord(Value s) {
        return new SourceRecordRef(
                s.get("source").asString(),
                s.get("table").asString(),
                s.get("key").asString(),
                s.get("deleted").asBoolean(false),
                dateTime(s.get("firstSeen")),
                dateTime(s.get("lastSeen")),
                string(s.get("method")),
                s.get("score").asDouble(0));
    }

    private static String string(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    private static Boolean bool(Value value) {
        return value.isNull() ? null : value.asBoolean();
    }

    private static OffsetDateTime dateTime(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}

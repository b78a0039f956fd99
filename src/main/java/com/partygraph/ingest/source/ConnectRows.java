package com.partygraph.ingest.source;

import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowChange.Position;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Reads Debezium change records into {@link RowChange}s with JSON-friendly values. Returns null for
 * records that are not row changes (heartbeats, tombstones).
 */
final class ConnectRows {

    private ConnectRows() {}

    static RowChange toRowChange(SourceRecord record) {
        if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
            return null;
        }
        Op op = switch (value.getString("op")) {
            case "r" -> Op.READ;
            case "c" -> Op.CREATE;
            case "u" -> Op.UPDATE;
            case "d" -> Op.DELETE;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        Struct source = value.getStruct("source");
        Struct row = op == Op.DELETE ? value.getStruct("before") : value.getStruct("after");
        return new RowChange(op, source.getString("table"), key(record), values(row), position(record, source));
    }

    /** Whether the record is the last one of the initial snapshot. */
    static boolean endsSnapshot(SourceRecord record) {
        if (record.value() instanceof Struct value && value.schema().field("source") != null) {
            Struct source = value.getStruct("source");
            return source.schema().field("snapshot") != null && "last".equals(source.getString("snapshot"));
        }
        return false;
    }

    /** Milliseconds since the epoch at which the source committed the change, or null. */
    static Long sourceTime(SourceRecord record) {
        if (record.value() instanceof Struct value && value.schema().field("source") != null) {
            return value.getStruct("source").getInt64("ts_ms");
        }
        return null;
    }

    private static String key(SourceRecord record) {
        if (record.key() instanceof Struct key) {
            return key.schema().fields().stream()
                    .map(field -> String.valueOf(key.get(field)))
                    .collect(Collectors.joining("|"));
        }
        // A table without a primary key: the row cannot be told apart from the table's other rows.
        return record.key() == null ? null : String.valueOf(record.key());
    }

    private static Position position(SourceRecord record, Struct source) {
        String snapshot = source.schema().field("snapshot") == null ? null : source.getString("snapshot");
        boolean inSnapshot = snapshot != null && !"false".equals(snapshot);
        Long lsn = source.getInt64("lsn");
        Object commit = record.sourceOffset().get("lsn_commit");
        long changeLsn = lsn == null ? 0 : lsn;
        long commitLsn = commit instanceof Number number ? number.longValue() : changeLsn;
        return new Position(commitLsn, changeLsn, inSnapshot);
    }

    static Map<String, Object> values(Struct row) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (row == null) {
            return values;
        }
        for (Field field : row.schema().fields()) {
            values.put(field.name(), value(field, row.get(field)));
        }
        return values;
    }

    private static Object value(Field field, Object value) {
        if (value == null) {
            return null;
        }
        String logical = field.schema().name();
        if (logical != null) {
            switch (logical) {
                case "org.apache.kafka.connect.data.Date":
                    return ((java.util.Date) value)
                            .toInstant()
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString();
                case "org.apache.kafka.connect.data.Timestamp":
                    return ((java.util.Date) value).toInstant().toString();
                case "org.apache.kafka.connect.data.Time":
                    return LocalTime.ofInstant(((java.util.Date) value).toInstant(), ZoneOffset.UTC)
                            .toString();
                default:
                    break;
            }
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            return Base64.getEncoder().encodeToString(buffer.array());
        }
        if (value instanceof Struct || value instanceof Instant) {
            return value.toString();
        }
        return value;
    }
}

package com.partygraph.support;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A graph written out as canonical text, so that two states can be compared line by line and hashed. Left
 * aside: what records when the engine touched something ({@link #TOUCH_STAMPS}) and the append-only audit
 * nodes (merges, steward decisions, timeline events) with their relationships.
 */
public final class GraphDump {

    /** Properties that say when and by whom the engine last touched something, not what it holds. */
    public static final Set<String> TOUCH_STAMPS = Set.of("version", "updatedAt", "updatedBy", "lastSeen");

    private static final List<String> AUDIT = List.of("Merge", "Decision", "TimelineEvent");

    private GraphDump() {}

    /**
     * Every node of the tenant (but the audit nodes) as its labels and properties, and every relationship
     * touching one as its type and properties between the two nodes' texts; sorted, one a line.
     */
    public static List<String> tenant(EmbeddedNeo4j neo4j, String tenant) {
        Map<String, Object> parameters = Map.of("tenant", tenant, "audit", AUDIT);
        Map<String, String> nodes = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : DemoDatabases.cypher(neo4j, """
				MATCH (n) WHERE n.tenant = $tenant AND none(l IN labels(n) WHERE l IN $audit)
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties""", parameters)) {
            String text = labels(row.get("labels")) + " " + canonical(row.get("properties"), TOUCH_STAMPS);
            nodes.put((String) row.get("id"), text);
            lines.add(text);
        }
        for (Map<String, Object> row : DemoDatabases.cypher(neo4j, """
				MATCH (a)-[r]->(b)
				WHERE (a.tenant = $tenant OR b.tenant = $tenant)
				  AND none(l IN labels(a) + labels(b) WHERE l IN $audit)
				RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties, elementId(b) AS b,
				       labels(a) AS aLabels, properties(a) AS aProperties, labels(b) AS bLabels, properties(b) AS bProperties""", parameters)) {
            String from = name(nodes, row, "a");
            String to = name(nodes, row, "b");
            lines.add(
                    from + " -" + row.get("type") + " " + canonical(row.get("properties"), TOUCH_STAMPS) + "-> " + to);
        }
        Collections.sort(lines);
        return lines;
    }

    /**
     * {@link #tenant} with what differs between two writings of the same rows left aside: each party's id replaced
     * by the records it holds ({@code party[source/table/key, …]}), any other generated id by {@code <id>}, and
     * every time by {@code <time>}; sorted again.
     */
    public static List<String> withoutIds(EmbeddedNeo4j neo4j, String tenant) {
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> row : DemoDatabases.cypher(neo4j, """
				MATCH (p:Party {tenant: $tenant})
				OPTIONAL MATCH (s:SourceRecord {tenant: $tenant})-[:IDENTIFIES]->(p)
				WITH p, s ORDER BY s.source, s.table, s.key
				RETURN p.id AS id, collect(s.source + '/' + s.table + '/' + s.key) AS records""", Map.of("tenant", tenant))) {
            names.put((String) row.get("id"), "party" + row.get("records"));
        }
        List<String> lines = new ArrayList<>();
        for (String line : tenant(neo4j, tenant)) {
            String named = UUID.matcher(line)
                    .replaceAll(found -> Matcher.quoteReplacement(names.getOrDefault(found.group(), "<id>")));
            lines.add(TIME.matcher(named).replaceAll("<time>"));
        }
        Collections.sort(lines);
        return lines;
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?(\\[[^\\]]+])?");

    /** SHA-256 of the lines, as hex. */
    public static String hash(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Properties sorted by key, without the left-aside keys, stored lists as lists; an edge's assertions paired
     * with its sources and sorted, as the order they were asserted in carries no meaning.
     */
    @SuppressWarnings("unchecked")
    public static String canonical(Object properties, Set<String> leftAside) {
        Map<String, Object> sorted = new TreeMap<>();
        ((Map<String, Object>) properties).forEach((key, value) -> {
            if (!leftAside.contains(key)) {
                sorted.put(key, plain(value));
            }
        });
        if (sorted.get("sources") instanceof List<?> sources
                && sorted.get("assertions") instanceof List<?> assertions) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                pairs.add(sources.get(i) + "=" + (i < assertions.size() ? assertions.get(i) : null));
            }
            Collections.sort(pairs);
            sorted.remove("sources");
            sorted.put("assertions", pairs);
        }
        return sorted.toString();
    }

    /** A stored list (an array, of objects or of primitives) as a list; anything else as it is. */
    public static Object plain(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        return value;
    }

    // A node at a relationship's end by what identifies it; a node of another tenant by all it holds.
    @SuppressWarnings("unchecked")
    private static String name(Map<String, String> nodes, Map<String, Object> row, String end) {
        Map<String, Object> properties = (Map<String, Object>) row.get(end + "Properties");
        List<String> labels = (List<String>) row.get(end + "Labels");
        if (labels.contains("Party") || labels.contains("Activity")) {
            return labels.get(0) + " " + properties.get("id");
        }
        if (labels.contains("SourceRecord")) {
            return "SourceRecord " + properties.get("source") + "/" + properties.get("table") + "/"
                    + properties.get("key");
        }
        return nodes.getOrDefault((String) row.get(end), labels(labels) + " " + canonical(properties, TOUCH_STAMPS));
    }

    @SuppressWarnings("unchecked")
    private static String labels(Object labels) {
        List<String> sorted = new ArrayList<>((List<String>) labels);
        Collections.sort(sorted);
        return sorted.toString();
    }
}

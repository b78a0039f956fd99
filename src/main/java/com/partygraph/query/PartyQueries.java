package com.partygraph.query;

import com.partygraph.graph.ActivityWindows;
import com.partygraph.graph.PartyKind;
import com.partygraph.graph.RelationshipAssertion;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.SyncError;
import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.Graph;
import com.partygraph.graph.neo4j.Rows;
import com.partygraph.problem.NotFoundException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * Reads a party's 360, its neighbourhood and the paths between two parties, each within one tenant. A
 * merged party's id answers with its survivor. Thread-safe.
 */
@Service
public class PartyQueries {

    private static final List<String> ALL_TYPES =
            Arrays.stream(RelationshipType.values()).map(Enum::name).toList();

    private final Graph graph;

    private final QuerySettings settings;

    private final ActivityWindows windows;

    PartyQueries(Graph graph, QuerySettings settings, ActivityWindows windows) {
        this.graph = graph;
        this.settings = settings;
        this.windows = windows;
    }

    /** Everything about the party (or the party it was merged into). */
    public Party360 party360(Tenant tenant, UUID id) {
        String survivor = survivor(tenant, id);
        Map<String, Object> row = this.graph
                .read(
                        "party-360",
                        Map.of(
                                "tenant",
                                tenant.id(),
                                "id",
                                survivor,
                                "relationshipTypes",
                                ALL_TYPES,
                                "revenueTypes",
                                this.settings.revenueTypes(),
                                "defaultCurrency",
                                this.settings.defaultCurrency()))
                .stream()
                .map(Record::asMap)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No party " + id + " in this tenant"));
        Map<String, Object> party = Rows.readable(map(row.get("party")));
        party.remove("profile");
        party.put("kind", party.remove("kindLabel"));
        List<Party360.Record> records = list(row.get("sourceRecords")).stream()
                .map(record -> Rows.as(record, Party360.Record.class))
                .toList();
        Map<String, Map<String, List<Party360.Record>>> grouped = new TreeMap<>();
        records.forEach(record -> grouped.computeIfAbsent(record.source(), s -> new TreeMap<>())
                .computeIfAbsent(record.table(), t -> new ArrayList<>())
                .add(record));
        List<Map<String, Object>> relationships =
                list(row.get("relationships")).stream().map(PartyQueries::edge).toList();
        List<Party360.Activity.ByType> byType = list(row.get("activityByType")).stream()
                .map(type -> Rows.as(type, Party360.Activity.ByType.class))
                .toList();
        String last = byType.stream()
                .map(Party360.Activity.ByType::last)
                .filter(java.util.Objects::nonNull)
                .max(String::compareTo)
                .orElse(null);
        Party360.Activity activity = new Party360.Activity(
                byType,
                this.settings.revenueTypes(),
                this.settings.defaultCurrency(),
                revenue(row.get("revenueByChannel")),
                revenue(row.get("revenueByOrderType")),
                last);
        List<SyncError> syncErrors = list(row.get("syncErrors")).stream()
                .map(error -> Rows.as(error, SyncError.class))
                .toList();
        return new Party360(
                id.toString(),
                party,
                stage(last),
                list(row.get("roles")).stream()
                        .map(role -> Rows.as(role, Party360.RoleHeld.class))
                        .toList(),
                grouped,
                relationships,
                activity,
                list(row.get("suggestions")).stream()
                        .map(suggestion -> Rows.as(suggestion, Party360.Suggestion.class))
                        .toList(),
                syncErrors,
                sync(party, records, syncErrors.size()));
    }

    private static List<Party360.Activity.Revenue> revenue(Object rows) {
        return list(rows).stream()
                .map(row -> Rows.as(row, Party360.Activity.Revenue.class))
                .toList();
    }

    /**
     * The parties within {@code depth} hops of the party over the relationship types asked for (all when
     * empty), to parties of the kinds and roles asked for (any when empty), current relationships only when
     * asked; at most {@code maxNodes} parties and the configured number of relationships.
     */
    public Neighbourhood neighbourhood(
            Tenant tenant,
            UUID id,
            int depth,
            List<RelationshipType> types,
            List<PartyKind> kinds,
            List<String> roles,
            boolean currentOnly,
            int maxNodes) {
        String centre = survivor(tenant, id);
        // Hop by hop, the parties reached (in order, with their hop) and the edges between them; the parties'
        // details are read once at the end, for those kept only.
        Map<String, Integer> hops = new LinkedHashMap<>();
        Map<String, Tie> edges = new LinkedHashMap<>();
        hops.put(centre, 0);
        List<String> frontier = List.of(centre);
        boolean truncated = false;
        for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("tenant", tenant.id());
            parameters.put("ids", frontier);
            parameters.put(
                    "relationshipTypes",
                    types.isEmpty() ? ALL_TYPES : types.stream().map(Enum::name).toList());
            parameters.put(
                    "labels",
                    kinds.isEmpty()
                            ? null
                            : kinds.stream().map(PartyKind::label).toList());
            parameters.put("roles", roles.isEmpty() ? null : roles);
            parameters.put("currentOnly", currentOnly);
            int room = this.settings.maxEdges() - edges.size();
            parameters.put("limit", room + 1);
            List<String> next = new ArrayList<>();
            for (Map<String, Object> row : this.graph.read("party-neighbours", parameters).stream()
                    .map(Record::asMap)
                    .toList()) {
                if (edges.size() >= this.settings.maxEdges()) {
                    truncated = true;
                    break;
                }
                String otherId = (String) row.get("otherId");
                if (!hops.containsKey(otherId)) {
                    if (hops.size() >= maxNodes) {
                        truncated = true;
                        continue;
                    }
                    hops.put(otherId, hop);
                    next.add(otherId);
                }
                edges.computeIfAbsent(
                        (String) row.get("edgeId"),
                        edgeId -> Tie.of(
                                (String) row.get("type"),
                                (String) row.get("fromId"),
                                (String) row.get("toId"),
                                map(row.get("properties"))));
            }
            frontier = next;
        }
        Map<String, Neighbourhood.Node> nodes = new HashMap<>();
        this.graph.read("party-nodes", Map.of("tenant", tenant.id(), "ids", List.copyOf(hops.keySet()))).stream()
                .forEach(row -> {
                    Map<String, Object> node =
                            new LinkedHashMap<>(row.get("node").asMap());
                    node.put("hop", hops.get((String) node.get("id")));
                    nodes.put((String) node.get("id"), Rows.as(node, Neighbourhood.Node.class));
                });
        if (!nodes.containsKey(centre)) {
            throw new NotFoundException("No party " + id + " in this tenant");
        }
        List<Neighbourhood.Node> ordered = hops.keySet().stream()
                .map(nodes::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Neighbourhood(centre, depth, ordered, List.copyOf(edges.values()), truncated);
    }

    /**
     * A page of the party's timeline, newest first: the engine's events (records linked and unlinked, merges,
     * sync errors, steward entry) of the party and of the parties merged into it, and its activities.
     */
    public List<TimelineEntry> timeline(Tenant tenant, UUID id, int page, int size) {
        String survivor = survivor(tenant, id);
        return this.graph
                .read(
                        "party-timeline",
                        Map.of("tenant", tenant.id(), "id", survivor, "skip", page * size, "limit", size))
                .stream()
                .map(row -> Rows.as(row.asMap(), TimelineEntry.class))
                .toList();
    }

    // How much a relationship type says about how well someone can connect us: working there or owning it most.
    private static final Map<String, Object> CONNECTOR_WEIGHTS = Map.ofEntries(
            Map.entry("EMPLOYEE_OF", 1.0),
            Map.entry("OWNER_OF", 0.9),
            Map.entry("FOUNDER_OF", 0.9),
            Map.entry("CO_FOUNDER_OF", 0.9),
            Map.entry("BOARD_MEMBER_OF", 0.9),
            Map.entry("ADVISOR_TO", 0.7),
            Map.entry("INVESTOR_IN", 0.7),
            Map.entry("CONSULTANT_TO", 0.6),
            Map.entry("PARTNER_OF", 0.6),
            Map.entry("CUSTOMER_OF", 0.5),
            Map.entry("CLIENT_OF", 0.5),
            Map.entry("VENDOR_TO", 0.5),
            Map.entry("RELATED_TO", 0.3),
            Map.entry("COMPETITOR_OF", 0.1));

    /**
     * Who connects us to the party: the parties within two hops of it, best first by how we know them
     * (relationship type, importance, trust, whether current, a role with us, recent activity), each with its
     * best path.
     */
    public List<Connector> connectors(Tenant tenant, UUID id, int limit) {
        String party = survivor(tenant, id);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        parameters.put("id", party);
        parameters.put("weights", CONNECTOR_WEIGHTS);
        parameters.put("scan", 20_000);
        parameters.put("limit", limit);
        parameters.put("activeWithin", this.windows.activeWithin());
        parameters.put("dormantWithin", this.windows.dormantWithin());
        return this.graph.read("party-connectors", parameters).stream()
                .map(row -> Rows.as(row.asMap(), Connector.class))
                .toList();
    }

    /**
     * The network of a project (a role context): the parties with roles in it, their roles, and the people
     * affiliated with each; at most {@code limit} parties.
     */
    public List<ProjectParty> projectNetwork(Tenant tenant, String project, int limit) {
        return this.graph
                .read(
                        "project-network",
                        Map.of(
                                "tenant",
                                tenant.id(),
                                "project",
                                project,
                                "limit",
                                limit,
                                "affiliations",
                                List.of(
                                        "EMPLOYEE_OF",
                                        "OWNER_OF",
                                        "FOUNDER_OF",
                                        "CO_FOUNDER_OF",
                                        "BOARD_MEMBER_OF",
                                        "ADVISOR_TO",
                                        "CONSULTANT_TO")))
                .stream()
                .map(row -> Rows.as(row.asMap(), ProjectParty.class))
                .toList();
    }

    /** The shortest paths between two parties, at most {@code limit} of at most {@code maxLength} hops. */
    public List<PartyPath> paths(Tenant tenant, UUID from, UUID to, int maxLength, int limit) {
        String a = survivor(tenant, from);
        String b = survivor(tenant, to);
        if (a.equals(b)) {
            return List.of();
        }
        return this.graph
                .read(
                        "party-paths",
                        Map.of("tenant", tenant.id(), "fromId", a, "toId", b, "maxLength", maxLength, "limit", limit))
                .stream()
                .map(row -> {
                    Map<String, Object> path = new HashMap<>(row.asMap());
                    path.put("length", ((List<?>) path.get("parties")).size() - 1);
                    return Rows.as(path, PartyPath.class);
                })
                .toList();
    }

    private String survivor(Tenant tenant, UUID id) {
        return this.graph.read("party-survivor", Map.of("tenant", tenant.id(), "id", id.toString())).stream()
                .map(row -> row.get(0).asString())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No party " + id + " in this tenant"));
    }

    private String stage(String lastActivity) {
        return this.windows.stage(
                lastActivity == null ? null : ZonedDateTime.parse(lastActivity).toInstant(), java.time.Instant.now());
    }

    // The party's sync state from its records: error when one has an open sync error, pending when one waits.
    private static Party360.Sync sync(Map<String, Object> party, List<Party360.Record> records, int errors) {
        Set<String> sources = new LinkedHashSet<>();
        boolean pending = false;
        for (Party360.Record record : records) {
            if (!Boolean.TRUE.equals(record.deleted())) {
                sources.add(record.source());
                pending |= "pending".equals(record.syncStatus());
            }
        }
        return new Party360.Sync(
                (Number) party.get("version"),
                (String) party.get("updatedAt"),
                (String) party.get("updatedBy"),
                errors > 0 ? "error" : pending ? "pending" : "synced",
                List.copyOf(sources));
    }

    // A relationship with its assertions read from JSON; what the graph keeps to summarize them is left out.
    private static Map<String, Object> edge(Map<String, Object> stored) {
        Map<String, Object> edge = Rows.readable(stored);
        Object assertions = edge.remove("assertions");
        edge.remove("sources");
        edge.remove("summarized");
        List<Map<String, Object>> read = new ArrayList<>();
        if (assertions instanceof List<?> list) {
            list.forEach(json -> read.add(RelationshipAssertion.read((String) json)));
        }
        edge.put("assertions", read);
        return edge;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}

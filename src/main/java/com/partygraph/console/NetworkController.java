package com.partygraph.console;

import com.partygraph.graph.RelationshipType;
import com.partygraph.query.Neighbourhood;
import com.partygraph.query.PartyQueries;
import com.partygraph.query.ProjectParty;
import com.partygraph.security.ConsoleUser;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network picture: a party's neighbourhood (depth 1–3, by relationship type, current only) or a project's
 * network, drawn with cytoscape.js — parties as nodes coloured by kind, relationships as labelled edges, a node's
 * click opening its page — and listed beside the drawing as links, for keyboards and screen readers.
 */
@Hidden
@Controller
class NetworkController {

    private static final int MAX_NODES = 150;

    private final PartyQueries queries;

    NetworkController(PartyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/console/parties/{id}/network")
    String party(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) RelationshipType type,
            @RequestParam(defaultValue = "false") boolean current,
            Model model) {
        int hops = Math.max(1, Math.min(3, depth));
        Neighbourhood around = this.queries.neighbourhood(
                user.tenant(),
                id,
                hops,
                type == null ? List.of() : List.of(type),
                List.of(),
                List.of(),
                current,
                MAX_NODES);
        List<Map<String, Object>> nodes = new ArrayList<>();
        around.nodes().forEach(n -> nodes.add(node(n.id(), n.displayName(), n.kind(), n.hop() == 0)));
        List<Map<String, Object>> edges = new ArrayList<>();
        around.edges().forEach(e -> edges.add(edge(e.fromId(), e.toId(), e.type())));
        model.addAttribute(
                "title",
                around.nodes().isEmpty() ? "Network" : around.nodes().get(0).displayName());
        model.addAttribute("partyId", id);
        model.addAttribute("depth", hops);
        model.addAttribute("type", type);
        model.addAttribute("current", current);
        model.addAttribute("types", RelationshipType.values());
        model.addAttribute("truncated", around.truncated());
        return draw(user, nodes, edges, model);
    }

    @GetMapping("/console/projects/network")
    String project(@AuthenticationPrincipal ConsoleUser user, @RequestParam String project, Model model) {
        List<ProjectParty> parties = this.queries.projectNetwork(user.tenant(), project, MAX_NODES);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        nodes.put("project", node("project", project, "Project", true));
        for (ProjectParty party : parties) {
            nodes.putIfAbsent(
                    party.party().id(),
                    node(
                            party.party().id(),
                            party.party().displayName(),
                            party.party().kind(),
                            false));
            edges.add(edge(party.party().id(), "project", String.join(", ", party.roles())));
            for (ProjectParty.Affiliated person : party.people()) {
                nodes.putIfAbsent(person.id(), node(person.id(), person.displayName(), "Person", false));
                edges.add(edge(person.id(), party.party().id(), person.relationship()));
            }
        }
        model.addAttribute("title", "Project " + project);
        model.addAttribute("project", project);
        return draw(user, List.copyOf(nodes.values()), edges, model);
    }

    private static String draw(
            ConsoleUser user, List<Map<String, Object>> nodes, List<Map<String, Object>> edges, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("nodes", nodes);
        model.addAttribute("edges", edges);
        return "console/network";
    }

    private static Map<String, Object> node(String id, String label, String kind, boolean centre) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("label", label);
        node.put("kind", kind);
        node.put("centre", centre);
        return node;
    }

    private static Map<String, Object> edge(String from, String to, String label) {
        return Map.of("source", from, "target", to, "label", label == null ? "" : label);
    }
}

package com.partygraph.query.web;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.Tenant;
import com.partygraph.query.Connector;
import com.partygraph.query.Neighbourhood;
import com.partygraph.query.Party360;
import com.partygraph.query.PartyContext;
import com.partygraph.query.PartyPath;
import com.partygraph.query.PartyQueries;
import com.partygraph.query.ProjectParty;
import com.partygraph.query.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartyQueryController {

    private final PartyQueries queries;

    PartyQueryController(PartyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/parties/{id}/360")
    @Operation(
            summary = "Everything about a party: attributes with provenance, roles, source records by system and"
                    + " table, relationships both ways with every assertion, activity and revenue by channel and order type,"
                    + " lifecycle stage, open suggestions, unresolved sync errors, sync metadata; a merged id answers with"
                    + " its survivor")
    Party360 party360(Tenant tenant, @PathVariable UUID id) {
        return this.queries.party360(tenant, id);
    }

    @GetMapping(value = "/api/v1/parties/{id}/context", produces = "text/markdown;charset=UTF-8")
    @Operation(
            summary = "The party as compact Markdown for a language model's prompt: who it is, roles, key"
                    + " relationships with their history, activity and revenue, open issues, each fact with its source in"
                    + " brackets, most important first, at most maxChars characters; with another party, the relationship"
                    + " between the two")
    String context(
            Tenant tenant,
            @PathVariable UUID id,
            @Parameter(description = "another party: the context of the relationship between the two")
                    @RequestParam(required = false)
                    UUID with,
            @RequestParam(defaultValue = "4000") @Min(200) @Max(100_000) int maxChars) {
        if (with != null) {
            return PartyContext.pair(
                    this.queries.party360(tenant, id),
                    this.queries.party360(tenant, with),
                    this.queries.paths(tenant, id, with, 4, 3),
                    maxChars);
        }
        return PartyContext.markdown(this.queries.party360(tenant, id), maxChars);
    }

    @GetMapping("/api/v1/parties/{id}/neighbourhood")
    @Operation(
            summary =
                    "The parties within depth hops (1-4) and the relationships between them, ready to draw;"
                            + " filtered by relationship type, kind and role of the parties reached, current relationships only")
    Neighbourhood neighbourhood(
            Tenant tenant,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "2") @Min(1) @Max(4) int depth,
            @RequestParam(defaultValue = "") @Size(max = 14) List<@NotNull RelationshipType> types,
            @RequestParam(defaultValue = "") @Size(max = 2) List<@NotNull PartyKind> kinds,
            @RequestParam(defaultValue = "") @Size(max = 20) List<@Pattern(regexp = "[a-z0-9_]{1,64}") String> roles,
            @RequestParam(defaultValue = "false") boolean currentOnly,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int maxNodes) {
        return this.queries.neighbourhood(tenant, id, depth, types, kinds, roles, currentOnly, maxNodes);
    }

    @GetMapping("/api/v1/parties/{id}/timeline")
    @Operation(
            summary =
                    "The party's timeline, newest first: the engine's events (record linked or unlinked, merged,"
                            + " sync error, steward entry; of parties merged into it too) and its activities; append-only, paged")
    List<TimelineEntry> timeline(
            Tenant tenant,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return this.queries.timeline(tenant, id, page, size);
    }

    @GetMapping("/api/v1/parties/{id}/connectors")
    @Operation(
            summary = "Who connects us to this party: the people and organizations within two hops of it, ranked by"
                    + " how we know them (relationship type, importance, trust, current or ended, a role with us, recent"
                    + " activity), each with its path")
    List<Connector> connectors(
            Tenant tenant, @PathVariable UUID id, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return this.queries.connectors(tenant, id, limit);
    }

    @GetMapping("/api/v1/projects/network")
    @Operation(
            summary = "The network of a project (a role context such as demo/projects/1): the companies and people"
                    + " with roles in it, with their roles, and the people affiliated with each")
    List<ProjectParty> projectNetwork(
            Tenant tenant,
            @RequestParam @Size(max = 300) @Pattern(regexp = "[^\\p{Cc}]+", message = "must be a role context")
                    String project,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return this.queries.projectNetwork(tenant, project, limit);
    }

    @GetMapping("/api/v1/paths")
    @Operation(
            summary = "The shortest paths between two parties over their relationships (up to limit paths of at"
                    + " most maxLength hops, 1-4), with the parties and relationships along the way")
    List<PartyPath> paths(
            Tenant tenant,
            @RequestParam UUID from,
            @RequestParam UUID to,
            @RequestParam(defaultValue = "4") @Min(1) @Max(4) int maxLength,
            @RequestParam(defaultValue = "3") @Min(1) @Max(10) int limit) {
        return this.queries.paths(tenant, from, to, maxLength, limit);
    }
}

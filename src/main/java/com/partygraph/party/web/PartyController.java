package com.partygraph.party.web;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.Tenant;
import com.partygraph.party.CreatePartyRequest;
import com.partygraph.party.CreateRelationshipRequest;
import com.partygraph.party.PartyDetails;
import com.partygraph.party.PartyPage;
import com.partygraph.party.PartySearch;
import com.partygraph.party.PartySearches;
import com.partygraph.party.PartyService;
import com.partygraph.problem.PlainText;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parties")
class PartyController {

    private final PartyService parties;

    private final PartySearches searches;

    PartyController(PartyService parties, PartySearches searches) {
        this.parties = parties;
        this.searches = searches;
    }

    @PostMapping
    @Operation(
            summary = "Enter a party as a data steward",
            description = "Resolves the entry as a source row is resolved: when a party of the tenant matches it at"
                    + " auto-link, answers 409 naming that party, the probability and the agreeing evidence (enter it"
                    + " anyway with allowDuplicate=true); otherwise creates a person or organization with its contact"
                    + " points and roles, the request kept as a 'steward' source record, and parties it may be opened as"
                    + " match suggestions in the review queue.")
    ResponseEntity<PartyDetails> create(
            Caller caller,
            Tenant tenant,
            @Valid @RequestBody CreatePartyRequest request,
            @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        PartyDetails created = this.parties.create(tenant, request, caller.actor(tenant), allowDuplicate);
        return ResponseEntity.created(
                        URI.create("/api/v1/parties/" + created.party().id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A party with its roles, source records and relationships")
    PartyDetails get(Tenant tenant, @PathVariable UUID id) {
        return this.parties.get(tenant, id);
    }

    @GetMapping
    @Operation(
            summary =
                    "Search active parties by name, email, phone or identifier (exactly one), optionally only one"
                            + " kind, only parties with a role, a record from a source, an address in a city, in a lifecycle stage",
            description = "A name matches word by word, as a prefix and with typos; an identifier is type:value"
                    + " (tax_id:DE123) or a bare value of any type; lifecycle is active, dormant or inactive by the"
                    + " last activity (partygraph.query.active-within, dormant-within).")
    PartyPage search(
            Tenant tenant,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) @PlainText(max = 200) String identifier,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) @Pattern(regexp = "[a-z0-9_]{1,64}") String role,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String source,
            @RequestParam(required = false) @PlainText(max = 100) String city,
            @RequestParam(required = false)
                    @Pattern(regexp = "active|dormant|inactive", message = "must be active, dormant or inactive")
                    String lifecycle,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return this.searches.search(
                tenant,
                new PartySearch(name, email, phone, identifier, kind, role, source, city, lifecycle, page, size));
    }

    @PostMapping("/{id}/relationships")
    @Operation(summary = "Relate this party to another one (employee of, owner of, vendor to, ...)")
    ResponseEntity<PartyRelationship> relate(
            Tenant tenant, @PathVariable UUID id, @Valid @RequestBody CreateRelationshipRequest request) {
        PartyRelationship created = this.parties.relate(tenant, id, request);
        return ResponseEntity.created(URI.create("/api/v1/parties/" + id)).body(created);
    }
}

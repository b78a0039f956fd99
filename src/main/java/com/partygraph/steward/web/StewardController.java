package com.partygraph.steward.web;

import com.partygraph.graph.Tenant;
import com.partygraph.security.Caller;
import com.partygraph.steward.DecisionView;
import com.partygraph.steward.PartyCorrection;
import com.partygraph.steward.PartyEdits;
import com.partygraph.steward.RecordLinks;
import com.partygraph.steward.RelationshipDecisions;
import com.partygraph.steward.Reresolution;
import com.partygraph.steward.ReresolutionView;
import com.partygraph.steward.StewardActions;
import com.partygraph.steward.Withdrawals;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Steward decisions over REST; each answers the decision it recorded. */
@RestController
@RequestMapping("/api/v1")
class StewardController {

    private final StewardActions actions;

    private final RecordLinks links;

    private final PartyEdits edits;

    private final Reresolution reresolution;

    private final Withdrawals withdrawals;

    private final RelationshipDecisions relationships;

    StewardController(
            StewardActions actions,
            RecordLinks links,
            PartyEdits edits,
            Reresolution reresolution,
            Withdrawals withdrawals,
            RelationshipDecisions relationships) {
        this.actions = actions;
        this.links = links;
        this.edits = edits;
        this.reresolution = reresolution;
        this.withdrawals = withdrawals;
        this.relationships = relationships;
    }

    @PatchMapping("/parties/{id}/relationships/{relationshipId}")
    @Operation(
            summary =
                    "End a relationship of this party (named TYPE:fromId:toId, as the party shows it): not current "
                            + "from endDate (today when left out), whatever the rows asserting it say, until the decision is withdrawn")
    DecisionView endRelationship(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @PathVariable String relationshipId,
            @Valid @RequestBody StewardRequests.End body) {
        return this.relationships.end(tenant, id, relationshipId, body.endDate(), body.reason(), caller.actor(tenant));
    }

    @DeleteMapping("/parties/{id}/relationships/{relationshipId}")
    @Operation(
            summary = "Retract a relationship a steward entered (its steward assertion goes; the edge goes when no "
                    + "row asserts it). One asserted only by source rows is a 409: end it instead.")
    DecisionView retractRelationship(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @PathVariable String relationshipId,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        return this.relationships.retract(tenant, id, relationshipId, reason, caller.actor(tenant));
    }

    @PostMapping("/resolution/reresolve")
    @Operation(
            summary = "Decide every party record of the tenant again (after thresholds, weights or the model "
                    + "changed), in the background: records keep their party unless they now belong to another, are split off, "
                    + "or merge parties; ids stay, steward decisions are respected. dryRun=true only counts what would merge "
                    + "and split, with examples, writing nothing (the tenant's ingestion waits meanwhile). 202 with the status; "
                    + "409 while one runs.")
    ResponseEntity<ReresolutionView> reresolve(
            Caller caller, Tenant tenant, @RequestParam(defaultValue = "false") boolean dryRun) {
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/v1/resolution/reresolve"))
                .body(this.reresolution.start(tenant, dryRun, caller.actor(tenant)));
    }

    @GetMapping("/resolution/reresolve")
    @Operation(
            summary = "The tenant's last re-resolution: state, rows done of total, rate, and what changed (or would)")
    ReresolutionView reresolution(Tenant tenant) {
        return this.reresolution.status(tenant);
    }

    @PatchMapping("/parties/{id}")
    @Operation(
            summary = "Correct a party's attributes (names, birth date, industry, ...): each value given becomes a "
                    + "steward's assertion that survivorship ranks above every source row, with its provenance; withdrawing the "
                    + "edit decision gives back what the records say")
    DecisionView edit(Caller caller, Tenant tenant, @PathVariable UUID id, @Valid @RequestBody PartyCorrection body) {
        return this.edits.edit(tenant, id, body, caller.actor(tenant));
    }

    @PostMapping("/resolution/suggestions/{id}/accept")
    @Operation(
            summary = "Accept a match suggestion: the record's party and the candidate become one party (the older "
                    + "survives; a record alone in its party so joins the candidate). 409 when it is not open.")
    DecisionView accept(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) StewardRequests.Reason body) {
        return this.actions.accept(tenant, id, StewardRequests.reason(body), caller.actor(tenant));
    }

    @PostMapping("/resolution/suggestions/{id}/reject")
    @Operation(summary = "Reject a match suggestion: the pair is never suggested or linked automatically again")
    DecisionView reject(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) StewardRequests.Reason body) {
        return this.actions.reject(tenant, id, StewardRequests.reason(body), caller.actor(tenant));
    }

    @PostMapping("/parties/{id}/merge")
    @Operation(
            summary = "Merge party partyId into this party: this party keeps its id, the other answers with a "
                    + "pointer to it; records, roles, relationships and activities move. 409 for a merged party, another "
                    + "kind, or parties a decision keeps apart.")
    DecisionView merge(
            Caller caller, Tenant tenant, @PathVariable UUID id, @Valid @RequestBody StewardRequests.Merge body) {
        return this.actions.merge(tenant, id, body.partyId(), body.reason(), caller.actor(tenant));
    }

    @PostMapping("/parties/{id}/unmerge")
    @Operation(
            summary = "Unmerge this party from the party it was merged into: it comes back with its own id and "
                    + "exactly what its own records say; records that came after the merge are resolved again; the two are "
                    + "kept apart from then on. 409 when it is not merged.")
    DecisionView unmerge(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) StewardRequests.Reason body) {
        return this.actions.unmerge(tenant, id, StewardRequests.reason(body), caller.actor(tenant));
    }

    @PostMapping("/parties/{id}/records")
    @Operation(
            summary = "Link a source record to this party by hand: it is pinned, no automatic resolution moves it "
                    + "again; what rows referring to it assert follows it")
    DecisionView link(
            Caller caller, Tenant tenant, @PathVariable UUID id, @Valid @RequestBody StewardRequests.Link body) {
        return this.links.link(
                tenant, id, body.source(), body.table(), body.key(), body.reason(), caller.actor(tenant));
    }

    @DeleteMapping("/parties/{id}/records/{source}/{table}/{key}")
    @Operation(
            summary = "Unlink a source record from this party: it goes to a party of its own or where resolution "
                    + "puts it without this party, and is never linked back automatically")
    DecisionView unlink(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @PathVariable String source,
            @PathVariable String table,
            @PathVariable String key,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        return this.links.unlink(tenant, id, source, table, key, reason, caller.actor(tenant));
    }

    @PostMapping("/resolution/never-link")
    @Operation(
            summary = "Keep two parties apart: resolution never merges them nor moves a record of one into the other")
    DecisionView neverLink(Caller caller, Tenant tenant, @Valid @RequestBody StewardRequests.NeverLink body) {
        return this.actions.neverLink(
                tenant, body.partyIds().get(0), body.partyIds().get(1), body.reason(), caller.actor(tenant));
    }

    @GetMapping("/resolution/decisions")
    @Operation(
            summary = "Steward decisions, newest first: type, who, when, why, the parties and records involved, "
                    + "the evidence at the time, and whether it was withdrawn")
    List<DecisionView> decisions(
            Tenant tenant,
            @RequestParam(required = false)
                    @Pattern(
                            regexp =
                                    "accept|reject|merge|unmerge|link|unlink|never-link|edit|end-relationship|retract-relationship")
                    String type,
            @RequestParam(required = false) UUID party,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return this.actions.decisions(tenant, type, party == null ? null : party.toString(), page, size);
    }

    @GetMapping("/resolution/decisions/{id}")
    @Operation(summary = "One steward decision")
    DecisionView decision(Tenant tenant, @PathVariable UUID id) {
        return this.actions.decision(tenant, id.toString());
    }

    @DeleteMapping("/resolution/decisions/{id}")
    @Operation(
            summary = "Withdraw a decision: resolution no longer respects it and decides that case again when the "
                    + "records next change. A merge is undone by unmerging. 409 when withdrawn already.")
    DecisionView withdraw(
            Caller caller,
            Tenant tenant,
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 2000) String reason) {
        return this.withdrawals.withdraw(tenant, id.toString(), reason, caller.actor(tenant));
    }
}

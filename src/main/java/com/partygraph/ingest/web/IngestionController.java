package com.partygraph.ingest.web;

import com.partygraph.graph.SyncError;
import com.partygraph.ingest.SyncErrors;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceStatus;
import com.partygraph.problem.NotFoundException;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ingestion")
class IngestionController {

    private final Ingestion ingestion;

    private final SyncErrors errors;

    IngestionController(Ingestion ingestion, SyncErrors errors) {
        this.ingestion = ingestion;
        this.errors = errors;
    }

    @GetMapping
    @Operation(summary = "Status of every source: state, snapshot progress, rate, ETA, lag, counts")
    List<SourceStatus.View> status() {
        return this.ingestion.statuses();
    }

    @PostMapping("/sources/{name}/run")
    @Operation(summary = "Run a source now: drain a scheduled source, or restart a stopped continuous one")
    ResponseEntity<?> run(@PathVariable String name) {
        Ingestion.Run run = this.ingestion.run(name);
        if (run.started()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(run.status());
        }
        // A problem like every other error, with the source's status beside it.
        ProblemDetail running =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Source " + name + " is running already");
        running.setTitle("Conflict");
        running.setProperty("sourceStatus", run.status());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(running);
    }

    @GetMapping("/sources/{name}/errors")
    @Operation(summary = "Rows of a source that name no tenant (so no tenant's /sync-errors shows them), newest first")
    List<SyncError> errorsWithoutTenant(
            @PathVariable String name,
            @RequestParam(required = false) @Pattern(regexp = "open|superseded|resolved") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        source(name);
        return this.errors.listWithoutTenant(name, status, page, size);
    }

    @PostMapping("/sources/{name}/errors/{id}/resolve")
    @Operation(summary = "Mark an error of a row without tenant resolved, with a note on what was done")
    SyncError resolveWithoutTenant(
            Caller caller,
            @PathVariable String name,
            @PathVariable UUID id,
            @Valid @RequestBody SyncErrorController.Resolution resolution) {
        source(name);
        return this.errors.resolveWithoutTenant(name, id, resolution.note(), caller.actor());
    }

    private void source(String name) {
        if (!this.ingestion.configured(name)) {
            throw new NotFoundException("No source " + name);
        }
    }
}

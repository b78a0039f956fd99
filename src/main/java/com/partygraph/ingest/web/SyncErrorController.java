package com.partygraph.ingest.web;

import com.partygraph.graph.SyncError;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.SyncErrors;
import com.partygraph.ingest.SyncWarning;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sync-errors")
class SyncErrorController {

    private final SyncErrors errors;

    SyncErrorController(SyncErrors errors) {
        this.errors = errors;
    }

    @GetMapping
    @Operation(summary = "Rows that could not be applied, with the raw row and the reason, newest first")
    List<SyncError> list(
            Tenant tenant,
            @RequestParam(required = false) @Pattern(regexp = "open|superseded|resolved") String status,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String table,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return this.errors.list(tenant, status, source, table, page, size);
    }

    @GetMapping("/warnings")
    @Operation(
            summary = "Records applied with field-level warnings: values kept in the raw row but left out of "
                    + "matching (an unreadable birth date, email or phone), newest first")
    List<SyncWarning> warnings(
            Tenant tenant,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String table,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return this.errors.warnings(tenant, source, table, page, size);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Mark a sync error resolved, with a note on what was done")
    SyncError resolve(Caller caller, Tenant tenant, @PathVariable UUID id, @Valid @RequestBody Resolution resolution) {
        return this.errors.resolve(tenant, id, resolution.note(), caller.actor(tenant));
    }

    /** What a steward did about an error. */
    record Resolution(@NotBlank @Size(max = 2000) String note) {}
}

package com.partygraph.ingest.web;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.reconcile.Reconciler;
import com.partygraph.ingest.reconcile.Reconciliation;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReconciliationController {

    private final Ingestion ingestion;

    private final Reconciler reconciler;

    ReconciliationController(Ingestion ingestion, Reconciler reconciler) {
        this.ingestion = ingestion;
        this.reconciler = reconciler;
    }

    @GetMapping("/api/v1/reconciliation")
    @Operation(
            summary = "Compare a source's tables with the graph for this tenant: row counts, key checksums,"
                    + " missing and extra keys, and what points at nothing")
    Reconciliation reconcile(Tenant tenant, @RequestParam String source) {
        var connector =
                this.ingestion.connector(source).orElseThrow(() -> new NotFoundException("No source " + source));
        return this.reconciler.tenant(connector, tenant);
    }
}

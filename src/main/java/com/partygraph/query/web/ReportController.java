package com.partygraph.query.web;

import com.partygraph.graph.Tenant;
import com.partygraph.query.CrossSellParty;
import com.partygraph.query.Reports;
import com.partygraph.query.SyncErrorReport;
import com.partygraph.query.TopParty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    private static final String ROLE = "[a-z0-9_]{1,64}";

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/top-parties")
    @Operation(summary = "Parties by revenue across every channel, best first, with a column per channel")
    List<TopParty> topParties(
            Tenant tenant,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return this.reports.topParties(tenant, page, size);
    }

    @GetMapping("/cross-sell")
    @Operation(
            summary = "Active parties with one role and without another (e.g. sales customers who never bought at"
                    + " auction), by name")
    List<CrossSellParty> crossSell(
            Tenant tenant,
            @RequestParam @Pattern(regexp = ROLE) String has,
            @RequestParam @Pattern(regexp = ROLE) String lacks,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return this.reports.crossSell(tenant, has, lacks, page, size);
    }

    @GetMapping("/sync-errors")
    @Operation(
            summary = "Sync-error figures: total, unresolved, new in the last 24 h, by source and status, by table,"
                    + " by kind of reason")
    SyncErrorReport syncErrors(Tenant tenant) {
        return this.reports.syncErrors(tenant);
    }
}

package com.partygraph.console;

import com.partygraph.graph.SyncError;
import com.partygraph.ingest.SyncErrors;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.problem.PlainText;
import com.partygraph.query.Reports;
import com.partygraph.security.ConsoleUser;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operations view: the tenant's sync-error figures and failing rows (each with its raw row and a resolve
 * action for a steward) and, for an operator key, every source's ingestion status — state, snapshot progress, rate,
 * lag — refreshed in place every few seconds, with "run now". Sources feed many tenants, so like the REST API's
 * {@code /api/v1/ingestion} their status is the operator's.
 */
@Hidden
@Controller
@Validated
class OperationsController {

    static final int PAGE_SIZE = 20;

    private final Ingestion ingestion;

    private final SyncErrors errors;

    private final Reports reports;

    OperationsController(Ingestion ingestion, SyncErrors errors, Reports reports) {
        this.ingestion = ingestion;
        this.errors = errors;
        this.reports = reports;
    }

    @GetMapping("/console/operations")
    String operations(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestParam(defaultValue = "open")
                    @Pattern(
                            regexp = "open|superseded|resolved|all",
                            message = "must be open, superseded, resolved or all")
                    String status,
            @RequestParam(required = false) @PlainText(max = 200) String source,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        int from = Math.max(0, Math.min(page, 10_000));
        String wanted = source == null || source.isBlank() ? null : source.strip();
        List<SyncError> rows =
                this.errors.list(user.tenant(), status.equals("all") ? null : status, wanted, null, from, PAGE_SIZE);
        model.addAttribute("user", user);
        model.addAttribute("status", status);
        model.addAttribute("source", wanted);
        model.addAttribute("page", from);
        model.addAttribute("errors", rows);
        model.addAttribute("more", rows.size() == PAGE_SIZE);
        if (htmx != null) {
            return "console/operations :: errors";
        }
        model.addAttribute("report", this.reports.syncErrors(user.tenant()));
        if (user.operator()) {
            model.addAttribute("sources", this.ingestion.statuses());
        }
        return "console/operations";
    }

    /** The sources' status alone, for the page's refresh every few seconds (operator). */
    @GetMapping("/console/operator/sources")
    String sources(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("sources", this.ingestion.statuses());
        return "console/operations :: sources";
    }

    /** Runs a source now: drains a scheduled one or restarts a stopped continuous one (operator). */
    @PostMapping("/console/operator/sources/{name}/run")
    String run(@AuthenticationPrincipal ConsoleUser user, @PathVariable String name, Model model) {
        boolean started = this.ingestion.run(name).started();
        model.addAttribute(started ? "done" : "problem", started ? name + " runs now." : name + " is running already.");
        return sources(user, model);
    }

    /** Marks one of the tenant's sync errors resolved with a note; answers with its row as it is now. */
    @PostMapping("/console/steward/sync-errors/{id}/resolve")
    String resolve(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @RequestParam @NotBlank(message = "say what was done about it") @PlainText(max = 2000) String note,
            Model model) {
        model.addAttribute("user", user);
        model.addAttribute("e", this.errors.resolve(user.tenant(), id, note.strip(), user.actor()));
        model.addAttribute("done", "Resolved.");
        return "console/sync-error :: row";
    }
}

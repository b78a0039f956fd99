package com.partygraph.resolution.web;

import com.partygraph.graph.Tenant;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/resolution")
class ResolutionController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ResolutionLinks links;

    private final MatchSuggestions suggestions;

    private final ResolutionQuality quality;

    private final MatchModels models;

    ResolutionController(
            ResolutionLinks links, MatchSuggestions suggestions, ResolutionQuality quality, MatchModels models) {
        this.links = links;
        this.suggestions = suggestions;
        this.quality = quality;
        this.models = models;
    }

    @GetMapping("/model")
    @Operation(
            summary = "The tenant's match model: shipped, or estimated from its records (when, by whom, from how "
                    + "many pairs), with the settings document (m and u of every level of every comparison, as YAML)")
    MatchModelView model(Tenant tenant) {
        return this.models.get(tenant);
    }

    @PostMapping("/model/estimate")
    @Operation(
            summary = "Estimate the tenant's match model from its records (u from random pairs, m by "
                    + "expectation-maximisation) and use it for later decisions (dryRun=true only shows it); records already "
                    + "resolved keep their parties until POST /resolution/reresolve. 409 with too few records")
    MatchModelView estimate(Caller caller, Tenant tenant, @RequestParam(defaultValue = "false") boolean dryRun) {
        return this.models.estimate(tenant, dryRun, caller.actor(tenant));
    }

    @DeleteMapping("/model")
    @Operation(summary = "Drop the tenant's estimated match model: the shipped one is used again")
    MatchModelView dropModel(Tenant tenant) {
        return this.models.drop(tenant);
    }

    @GetMapping("/quality")
    @Operation(
            summary = "Resolution's accuracy as the stewards see it: suggestions per week (open, accepted, rejected, "
                    + "closed), acceptance by score bucket, automatic links and merges against those stewards corrected "
                    + "(unlinks, unmerges) as an estimate of precision, and the thresholds the decisions argue for")
    QualityView quality(Tenant tenant) {
        return this.quality.of(tenant);
    }

    @GetMapping("/links")
    @Operation(
            summary = "Every live source record of the tenant with its party: source, table, key, partyId, "
                    + "method (auto, name, new, kept, rule, merge, manual), score; streamed as NDJSON or CSV")
    ResponseEntity<StreamingResponseBody> links(
            Tenant tenant,
            @Parameter(description = "ndjson (one JSON object a line) or csv (with a header line)")
                    @RequestParam(defaultValue = "ndjson")
                    @Pattern(regexp = "ndjson|csv")
                    String format) {
        boolean csv = format.equals("csv");
        return ResponseEntity.ok().contentType(csv ? CSV : NDJSON).body(out -> this.links.write(tenant, csv, out));
    }

    @GetMapping("/suggestions")
    @Operation(
            summary = "The review queue: match suggestions of a status, best first (sort=score) or newest first, "
                    + "filtered by score range, party kind, the record's source and table, and a party on either side; each "
                    + "with the record, both parties side by side as they stand now (attributes, contact points, records) and "
                    + "the explanation (each feature's values, level, weight, conflict). Closed ones were made moot (merged "
                    + "anyway, record deleted) and say why.")
    List<SuggestionView> suggestions(
            Tenant tenant,
            @RequestParam(defaultValue = "open") @Pattern(regexp = "open|accepted|rejected|closed") String status,
            @RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("1") double minScore,
            @RequestParam(defaultValue = "1") @DecimalMin("0") @DecimalMax("1") double maxScore,
            @RequestParam(required = false) @Pattern(regexp = "PERSON|ORGANIZATION") String kind,
            @RequestParam(required = false) @Size(max = 200) String source,
            @RequestParam(required = false) @Size(max = 200) String table,
            @RequestParam(required = false) UUID party,
            @RequestParam(defaultValue = "score") @Pattern(regexp = "score|newest") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (minScore > maxScore) {
            throw new InvalidInputException("minScore", "must not be above maxScore");
        }
        return this.suggestions.list(
                tenant,
                new MatchSuggestions.Filter(
                        status, minScore, maxScore, kind, source, table, party == null ? null : party.toString(), sort),
                page,
                size);
    }

    @GetMapping("/suggestions/{id}")
    @Operation(summary = "One match suggestion, whatever its status, as the review queue shows it")
    SuggestionView suggestion(Tenant tenant, @PathVariable UUID id) {
        return this.suggestions.get(tenant, id);
    }
}

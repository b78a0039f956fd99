package com.partygraph.resolution.web;

import java.util.List;
import java.util.Map;

import com.partygraph.graph.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

	ResolutionController(ResolutionLinks links, MatchSuggestions suggestions) {
		this.links = links;
		this.suggestions = suggestions;
	}

	@GetMapping("/links")
	@Operation(summary = "Every live source record of the tenant with its party: source, table, key, partyId, "
			+ "method (auto, name, new, kept, rule, merge, manual), score; streamed as NDJSON or CSV")
	ResponseEntity<StreamingResponseBody> links(Tenant tenant,
			@Parameter(description = "ndjson (one JSON object a line) or csv (with a header line)")
			@RequestParam(defaultValue = "ndjson") @Pattern(regexp = "ndjson|csv") String format) {
		boolean csv = format.equals("csv");
		return ResponseEntity.ok()
			.contentType(csv ? CSV : NDJSON)
			.body(out -> this.links.write(tenant, csv, out));
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Pairs resolution was unsure of, best first: the record, its party, the candidate party, "
			+ "the match probability and the explanation (each feature's values, level and weight)")
	List<Map<String, Object>> suggestions(Tenant tenant,
			@RequestParam(defaultValue = "open") @Pattern(regexp = "open|accepted|rejected") String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.suggestions.list(tenant, status, page, size);
	}

}

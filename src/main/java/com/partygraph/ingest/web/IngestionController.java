package com.partygraph.ingest.web;

import java.util.List;

import com.partygraph.ingest.engine.Ingestion;
import com.partygraph.ingest.engine.SourceStatus;
import com.partygraph.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ingestion")
class IngestionController {

	private final Ingestion ingestion;

	IngestionController(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@GetMapping
	@Operation(summary = "Status of every source: state, snapshot progress, rate, ETA, lag, counts")
	List<SourceStatus.View> status() {
		return this.ingestion.statuses();
	}

	@PostMapping("/sources/{name}/run")
	@Operation(summary = "Run a source now: drain a scheduled source, or restart a stopped continuous one")
	ResponseEntity<SourceStatus.View> run(@PathVariable String name) {
		var unavailable = this.ingestion.unavailable(name);
		if (unavailable.isPresent() && this.ingestion.retryNow(name)) {
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(unavailable.get().view());
		}
		var connector = this.ingestion.connector(name)
			.orElseThrow(() -> new NotFoundException("No source " + name));
		boolean started = this.ingestion.runNow(connector);
		return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
			.body(connector.status().view());
	}

}

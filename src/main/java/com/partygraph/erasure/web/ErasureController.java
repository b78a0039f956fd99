package com.partygraph.erasure.web;

import java.util.UUID;

import com.partygraph.erasure.Erasure;
import com.partygraph.erasure.ErasureReport;
import com.partygraph.graph.Tenant;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ErasureController {

	private final Erasure erasure;

	ErasureController(Erasure erasure) {
		this.erasure = erasure;
	}

	@PostMapping("/api/v1/parties/{id}/erasure")
	@Operation(summary = "Erase a party's personal data from the graph (a data subject's erasure request)",
			description = "Removes the party's attributes, contact points, the raw rows and fields of its source "
					+ "records and its activities' rows, its match suggestions and merge evidence; keeps its id, "
					+ "roles, relationships, activities and the records' keys. Says what was removed. The source "
					+ "systems still hold their rows: erase them there too.")
	ErasureReport erase(Caller caller, Tenant tenant, @PathVariable UUID id) {
		return this.erasure.erase(tenant, id, caller.actor(tenant));
	}

}

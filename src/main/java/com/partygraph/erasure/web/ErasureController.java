package com.partygraph.erasure.web;

import com.partygraph.erasure.Erasure;
import com.partygraph.erasure.ErasureReport;
import com.partygraph.graph.Tenant;
import com.partygraph.security.Caller;
import com.partygraph.steward.StewardActions;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ErasureController {

    private final Erasure erasure;

    private final StewardActions steward;

    ErasureController(Erasure erasure, StewardActions steward) {
        this.erasure = erasure;
        this.steward = steward;
    }

    @PostMapping("/api/v1/parties/{id}/erasure")
    @Operation(
            summary = "Erase a party's personal data from the graph (a data subject's erasure request)",
            description = "Removes the party's attributes, contact points, the raw rows and fields of its source "
                    + "records and its activities' rows, its match suggestions and merge evidence; keeps its id, "
                    + "roles, relationships, activities and the records' keys. Says what was removed. The source "
                    + "systems still hold their rows: erase them there too. A party merged into another is first unmerged "
                    + "(a recorded decision), so that only what came from its own records is erased, not the survivor.")
    ErasureReport erase(Caller caller, Tenant tenant, @PathVariable UUID id) {
        if (this.steward.merged(tenant, id)) {
            this.steward.unmerge(
                    tenant,
                    id,
                    "erasure request of a merged party: only its own records are erased",
                    caller.actor(tenant));
        }
        return this.erasure.erase(tenant, id, caller.actor(tenant));
    }
}

package com.partygraph.party.web;

import com.partygraph.graph.Role;
import com.partygraph.graph.Tenant;
import com.partygraph.party.PartyService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoleController {

    private final PartyService parties;

    RoleController(PartyService parties) {
        this.parties = parties;
    }

    @GetMapping("/api/v1/roles")
    @Operation(summary = "The role catalog: codes a party may take")
    List<Role> roles(Tenant tenant) {
        return this.parties.roles(tenant);
    }
}

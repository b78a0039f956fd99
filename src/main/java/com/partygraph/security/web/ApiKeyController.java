package com.partygraph.security.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.partygraph.graph.Tenant;
import com.partygraph.security.ApiKey;
import com.partygraph.security.ApiKeys;
import com.partygraph.security.ApiRole;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/keys")
class ApiKeyController {

    private static final String KEY_ID = "[0-9a-f]{16}";

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    @Operation(
            summary = "Make an API key for the tenant with a role (reader, steward, admin of this tenant); the key is"
                    + " in this answer only, never again. Operator keys are not made here: the installation's is"
                    + " configured or printed at first start")
    ResponseEntity<IssuedKey> create(Caller caller, Tenant tenant, @Valid @RequestBody NewKey request) {
        var created = this.keys.create(
                tenant, ApiRole.of(request.role()), request.name().strip(), caller.actor(tenant));
        return ResponseEntity.created(
                        URI.create("/api/v1/keys/" + created.stored().id()))
                .body(new IssuedKey(created.stored(), created.key()));
    }

    @GetMapping
    @Operation(summary = "The tenant's API keys (never the keys themselves): role, name, created, revoked, last used")
    List<ApiKey> list(Caller caller, Tenant tenant) {
        return this.keys.list(tenant, caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the tenant's API keys (never the key itself)")
    ApiKey get(
            Caller caller,
            Tenant tenant,
            @PathVariable @Pattern(regexp = KEY_ID, message = "must be a key id (16 hex digits)") String id) {
        return this.keys.get(tenant, id, caller);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke one of the tenant's API keys: refused from the next request on")
    ApiKey revoke(
            Caller caller,
            Tenant tenant,
            @PathVariable @Pattern(regexp = KEY_ID, message = "must be a key id (16 hex digits)") String id) {
        return this.keys.revoke(tenant, id, caller, caller.actor(tenant));
    }

    /**
     * A key just made: what is kept of it, and the key itself, shown in this answer only.
     *
     * @param key the key to present as {@code Authorization: Bearer <key>}
     */
    record IssuedKey(@JsonUnwrapped ApiKey stored, String key) {}

    /** A key to make. */
    record NewKey(
            @NotBlank @Pattern(regexp = "(?i)reader|steward|admin", message = "must be reader, steward or admin")
            String role,

            @NotBlank @Size(max = 200) String name) {}
}

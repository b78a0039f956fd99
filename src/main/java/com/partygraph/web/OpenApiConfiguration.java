package com.partygraph.web;

import com.partygraph.graph.Tenant;
import com.partygraph.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every operation needs an API key (bearer); those that work
 * on a tenant's data take the admin-only {@value CallerArguments#HEADER} header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String API_KEY = "apiKey";

    static {
        // The caller and tenant come from the key, not from query parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Tenant.class, Caller.class);
    }

    @Bean
    OpenAPI partyGraphOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("PartyGraph API")
                                .version("v1")
                                .description(
                                        "Parties (people and organizations), their roles, source records and relationships."
                                                + " Every call needs an API key (Authorization: Bearer <key>) and acts within the key's tenant;"
                                                + " roles: reader (queries), steward (also POST), admin (also ingestion and keys, any tenant)."))
                .components(new Components()
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    @Bean
    OperationCustomizer tenantHeaderParameter() {
        return (operation, handlerMethod) -> {
            boolean needsTenant = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> Tenant.class.equals(parameter.getParameterType()));
            if (needsTenant) {
                operation.addParametersItem(new HeaderParameter()
                        .name(CallerArguments.HEADER)
                        .required(false)
                        .description("Admin keys only: the tenant to act on instead of the key's own")
                        .schema(new StringSchema()
                                .pattern("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
                                .example("business-2")));
            }
            return operation;
        };
    }
}

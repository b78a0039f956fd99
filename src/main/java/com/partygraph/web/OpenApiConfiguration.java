package com.partygraph.web;

import java.util.Arrays;

import com.partygraph.graph.Tenant;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, with the tenant header on every operation that needs it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The tenant is resolved from a header, not bound from query parameters.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Tenant.class);
	}

	@Bean
	OpenAPI partyGraphOpenApi() {
		return new OpenAPI().info(new Info().title("PartyGraph API")
			.version("v1")
			.description("Parties (people and organizations), their roles, source records and relationships."
					+ " Every call acts within the tenant named by the " + TenantHeader.NAME + " header."));
	}

	@Bean
	OperationCustomizer tenantHeaderParameter() {
		return (operation, handlerMethod) -> {
			boolean needsTenant = Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch(parameter -> Tenant.class.equals(parameter.getParameterType()));
			if (needsTenant) {
				operation.addParametersItem(new HeaderParameter().name(TenantHeader.NAME)
					.required(true)
					.description("The tenant whose data the call reads or writes")
					.schema(new StringSchema().pattern("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}").example("acme")));
			}
			return operation;
		};
	}

}

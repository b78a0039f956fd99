package com.partygraph.web;

import com.partygraph.graph.Tenant;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies a controller's {@link Tenant} parameter from the {@value #NAME} request header. This is
 * the one place that decides who the caller is; API keys will replace the header here.
 */
class TenantHeader implements HandlerMethodArgumentResolver {

	static final String NAME = "X-Tenant-Id";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Tenant.class.equals(parameter.getParameterType());
	}

	@Override
	public Tenant resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String value = request.getHeader(NAME);
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(NAME, "header is required: it names the tenant whose data you work on");
		}
		try {
			return Tenant.named(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(NAME, ex.getMessage());
		}
	}

}

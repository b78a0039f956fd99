package com.partygraph.web;

import com.partygraph.graph.Tenant;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.security.ApiRole;
import com.partygraph.security.Caller;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies a controller's {@link Caller} (who calls, with which key) and {@link Tenant} (whose data the call
 * works on): the tenant is the key's. Only an operator key may name another tenant, in the {@value #HEADER}
 * header; the call is then recorded as the operator acting on that tenant ({@link Caller#actor(Tenant)}).
 */
class CallerArguments implements HandlerMethodArgumentResolver {

    static final String HEADER = "X-Tenant-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Tenant.class.equals(parameter.getParameterType()) || Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Caller caller = caller();
        return Caller.class.equals(parameter.getParameterType()) ? caller : tenant(caller, request);
    }

    /** The caller of the current request. */
    static Caller caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            throw new AuthenticationCredentialsNotFoundException("This call needs an API key");
        }
        return caller;
    }

    /** The tenant the call works on. */
    static Tenant tenant(Caller caller, NativeWebRequest request) {
        String[] values = request.getHeaderValues(HEADER);
        List<String> given = values == null ? List.of() : List.of(values);
        if (given.isEmpty()) {
            return caller.tenant();
        }
        if (given.size() > 1 || given.get(0).contains(",")) {
            throw new InvalidInputException(HEADER, "give one tenant, once");
        }
        Tenant named;
        try {
            named = Tenant.named(given.get(0).strip());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException(HEADER, ex.getMessage());
        }
        if (!named.equals(caller.tenant()) && caller.role() != ApiRole.OPERATOR) {
            throw new AccessDeniedException("Only an operator key may act on another tenant; this key works on "
                    + caller.tenant().id() + " (leave out " + HEADER + ")");
        }
        return named;
    }
}

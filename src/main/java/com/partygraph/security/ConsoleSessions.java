package com.partygraph.security;

import com.partygraph.graph.Tenant;
import com.partygraph.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Changes a console session after sign-in: an operator moves to another tenant without signing in again. */
@Component
public class ConsoleSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /**
     * Makes the signed-in operator work on {@code tenant} from the next request on.
     *
     * @throws AccessDeniedException when the key is not an operator's
     * @throws InvalidInputException when the name is not a tenant name
     */
    public ConsoleUser workOn(
            ConsoleUser user, String tenant, HttpServletRequest request, HttpServletResponse response) {
        if (!user.operator()) {
            throw new AccessDeniedException("Only an operator key may work on another tenant");
        }
        Tenant picked;
        try {
            picked = Tenant.named(tenant == null ? "" : tenant.strip());
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException("tenant", ex.getMessage());
        }
        ConsoleUser moved = new ConsoleUser(user.caller(), picked);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ConsoleSecurity.Signed(moved));
        SecurityContextHolder.setContext(context);
        this.repository.saveContext(context, request, response);
        return moved;
    }
}

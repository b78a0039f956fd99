package com.partygraph.console;

import com.partygraph.security.ConsoleSessions;
import com.partygraph.security.ConsoleUser;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page: an API key, and for an operator key the tenant to work on. Spring Security checks the form. */
@Hidden
@Controller
class SignInController {

    private final ConsoleSessions sessions;

    SignInController(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/console/sign-in")
    String signIn(
            @RequestParam(required = false) String refused,
            @RequestParam(required = false) String out,
            @RequestParam(required = false) String revoked,
            HttpSession session,
            Model model) {
        Object why = refused == null || session == null
                ? null
                : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("refused", refused != null);
        model.addAttribute(
                "why",
                why instanceof AuthenticationException ex
                        ? ex.getMessage()
                        : "The API key is not valid, or was revoked");
        model.addAttribute("signedOut", out != null);
        model.addAttribute("revoked", revoked != null);
        return "console/sign-in";
    }

    /** An operator moves to another tenant without signing in again. */
    @PostMapping("/console/operator/tenant")
    String workOn(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestParam String tenant,
            HttpServletRequest request,
            HttpServletResponse response) {
        this.sessions.workOn(user, tenant, request, response);
        return "redirect:/console/";
    }
}

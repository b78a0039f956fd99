package com.partygraph.console;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Role;
import com.partygraph.party.PartyPage;
import com.partygraph.party.PartySearches;
import com.partygraph.party.PartyService;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.security.ConsoleUser;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The party directory: one search box (a name with typos, an email, a phone, an identifier), filters by kind,
 * role and lifecycle, paged results with roles at a glance. Typing updates the results in place (htmx).
 */
@Hidden
@Controller
class DirectoryController {

    private final PartySearches searches;

    private final PartyService parties;

    DirectoryController(PartySearches searches, PartyService parties) {
        this.searches = searches;
        this.parties = parties;
    }

    @GetMapping({"/console", "/console/"})
    String directory(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String lifecycle,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ConsoleSearch search = new ConsoleSearch(text, kind, role, source, lifecycle, Math.max(0, page));
        model.addAttribute("user", user);
        model.addAttribute("search", search);
        if (htmx == null) {
            // The filters' choices: the whole page only, not each in-place update as someone types.
            model.addAttribute("kinds", PartyKind.values());
            model.addAttribute(
                    "roles",
                    this.parties.roles(user.tenant()).stream()
                            .map(Role::code)
                            .sorted()
                            .toList());
            model.addAttribute("sources", this.parties.sourceSystems(user.tenant()));
        }
        if (search.given()) {
            try {
                PartyPage found = this.searches.search(user.tenant(), search.toSearch());
                model.addAttribute("results", found);
            } catch (InvalidInputException ex) {
                model.addAttribute("problem", ex.getMessage());
            }
        }
        return htmx != null ? "console/directory :: results" : "console/directory";
    }
}

package com.partygraph.console;

import com.partygraph.query.Party360;
import com.partygraph.query.PartyQueries;
import com.partygraph.security.ConsoleUser;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A party's page: its 360 — attributes with where each came from, roles, source records by system with how each
 * was linked and its sync state, relationships both ways, revenue, the timeline, open suggestions and sync errors.
 */
@Hidden
@Controller
class PartyPageController {

    private static final int TIMELINE = 30;

    private final PartyQueries queries;

    PartyPageController(PartyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/console/parties/{id}")
    String party(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        Party360 view = this.queries.party360(user.tenant(), id);
        model.addAttribute("user", user);
        model.addAttribute("view", view);
        model.addAttribute("party", view.party());
        model.addAttribute("timeline", this.queries.timeline(user.tenant(), id, 0, TIMELINE));
        return "console/party";
    }
}

package com.partygraph.console;

import com.partygraph.party.PartyPage;
import com.partygraph.party.PartySearches;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.problem.PlainText;
import com.partygraph.security.ConsoleUser;
import com.partygraph.steward.RecordLinks;
import com.partygraph.steward.StewardActions;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A steward's actions on the party page — merge another party into this one (found by a search), unmerge, link a
 * record by hand, unlink one — each with an optional reason, through the same services as the REST API. Each
 * answers with the party page again, saying what was done or why it was refused.
 */
@Hidden
@Controller
@Validated
class PartyActionsController {

    private final StewardActions actions;

    private final RecordLinks links;

    private final PartySearches searches;

    PartyActionsController(StewardActions actions, RecordLinks links, PartySearches searches) {
        this.actions = actions;
        this.links = links;
        this.searches = searches;
    }

    /** Parties to merge into this one: a search, this party left out (htmx fragment). */
    @GetMapping("/console/steward/parties/{id}/merge-candidates")
    String candidates(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @RequestParam(name = "q", required = false) String text,
            Model model) {
        ConsoleSearch search = new ConsoleSearch(text, null, null, null, null, 0);
        model.addAttribute("partyId", id);
        if (search.given()) {
            try {
                PartyPage found = this.searches.search(user.tenant(), search.toSearch());
                model.addAttribute(
                        "candidates",
                        found.items().stream().filter(p -> !p.id().equals(id)).toList());
            } catch (InvalidInputException ex) {
                model.addAttribute("searchProblem", ex.getMessage());
            }
        }
        return "console/party :: candidates";
    }

    @PostMapping("/console/steward/parties/{id}/merge")
    String merge(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @RequestParam UUID other,
            @RequestParam(required = false) @PlainText(max = 2000) String reason,
            RedirectAttributes flash) {
        if (act(flash, () -> this.actions.merge(user.tenant(), id, other, reasonOf(reason), user.actor()))) {
            flash.addFlashAttribute("done", "Merged: the other party is part of this one now.");
            flash.addFlashAttribute("unmergeId", other);
        }
        return "redirect:/console/parties/" + id;
    }

    @PostMapping("/console/steward/parties/{id}/unmerge")
    String unmerge(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @PlainText(max = 2000) String reason,
            RedirectAttributes flash) {
        if (act(flash, () -> this.actions.unmerge(user.tenant(), id, reasonOf(reason), user.actor()))) {
            flash.addFlashAttribute("done", "Unmerged: this party stands on its own again.");
        }
        return "redirect:/console/parties/" + id;
    }

    /** Links a record to this party by hand, or unlinks one from it. */
    @PostMapping("/console/steward/parties/{id}/{change:link|unlink}")
    String relink(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @PathVariable String change,
            @RequestParam @PlainText(max = 200) String source,
            @RequestParam @PlainText(max = 200) String table,
            @RequestParam @PlainText(max = 200) String key,
            @RequestParam(required = false) @PlainText(max = 2000) String reason,
            RedirectAttributes flash) {
        String record = source.strip() + "/" + table.strip() + "/" + key.strip();
        boolean link = change.equals("link");
        boolean done = act(
                flash,
                () -> link
                        ? this.links.link(
                                user.tenant(),
                                id,
                                source.strip(),
                                table.strip(),
                                key.strip(),
                                reasonOf(reason),
                                user.actor())
                        : this.links.unlink(
                                user.tenant(),
                                id,
                                source.strip(),
                                table.strip(),
                                key.strip(),
                                reasonOf(reason),
                                user.actor()));
        if (done) {
            flash.addFlashAttribute(
                    "done", (link ? "Linked " : "Unlinked ") + record + (link ? " to" : " from") + " this party.");
        }
        return "redirect:/console/parties/" + id;
    }

    // Runs a steward action; a refusal (a conflict, something missing, bad input) is told on the page.
    private static boolean act(RedirectAttributes flash, Supplier<?> action) {
        try {
            action.get();
            return true;
        } catch (ConflictException | NotFoundException | InvalidInputException ex) {
            flash.addFlashAttribute("problem", ex.getMessage());
            return false;
        }
    }

    private static String reasonOf(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}

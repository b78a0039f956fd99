package com.partygraph.console;

import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.problem.PlainText;
import com.partygraph.resolution.web.MatchSuggestions;
import com.partygraph.resolution.web.ResolutionQuality;
import com.partygraph.resolution.web.SuggestionView;
import com.partygraph.security.ConsoleUser;
import com.partygraph.steward.StewardActions;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue: the open match suggestions best first, one at a time, the record's party and the candidate
 * side by side with each feature's values, level and weight; accept, reject or never-link (keys a, r, n), and the
 * next one comes in place (htmx). The queue's figures come from resolution's quality view.
 */
@Hidden
@Controller
@Validated
class ReviewController {

    private static final MatchSuggestions.Filter OPEN_BEST_FIRST =
            new MatchSuggestions.Filter("open", 0, 1, null, null, null, null, "score");

    private final MatchSuggestions suggestions;

    private final ResolutionQuality quality;

    private final StewardActions actions;

    ReviewController(MatchSuggestions suggestions, ResolutionQuality quality, StewardActions actions) {
        this.suggestions = suggestions;
        this.quality = quality;
        this.actions = actions;
    }

    @GetMapping("/console/review")
    String queue(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        next(user, model);
        return htmx != null ? "console/review :: item" : "console/review";
    }

    @PostMapping("/console/steward/review/{id}/{verdict}")
    String decide(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID id,
            @PathVariable String verdict,
            @RequestParam(required = false) @PlainText(max = 2000) String reason,
            Model model) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            switch (verdict) {
                case "accept" -> this.actions.accept(user.tenant(), id, why, user.actor());
                case "reject" -> this.actions.reject(user.tenant(), id, why, user.actor());
                case "never-link" -> {
                    SuggestionView pair = this.suggestions.get(user.tenant(), id);
                    this.actions.neverLink(
                            user.tenant(),
                            UUID.fromString(pair.partyId()),
                            UUID.fromString(pair.candidateId()),
                            why,
                            user.actor());
                }
                default -> throw new InvalidInputException("verdict", "must be accept, reject or never-link");
            }
            model.addAttribute("done", verdict);
        } catch (ConflictException | NotFoundException | InvalidInputException ex) {
            model.addAttribute("problem", ex.getMessage());
        }
        next(user, model);
        return "console/review :: item";
    }

    private void next(ConsoleUser user, Model model) {
        List<SuggestionView> first = this.suggestions.list(user.tenant(), OPEN_BEST_FIRST, 0, 1);
        model.addAttribute("user", user);
        model.addAttribute("item", first.isEmpty() ? null : first.get(0));
        model.addAttribute(
                "features",
                first.isEmpty() ? List.of() : ReviewFeature.of(first.get(0).explanation()));
        model.addAttribute("quality", this.quality.of(user.tenant()));
    }
}

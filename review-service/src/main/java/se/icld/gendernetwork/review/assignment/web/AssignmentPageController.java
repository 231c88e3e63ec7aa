package se.icld.gendernetwork.review.assignment.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.assignment.Assignments;

/**
 * The admins' assignment pages (role ADMIN): the panel with each reviewer's load and the spread
 * form at {@code /console/assignments}, and the assignment form of one application (on its detail
 * page). Forms post, then redirect (post/redirect/get) with what happened.
 */
@Controller
@RequiredArgsConstructor
class AssignmentPageController {

    private final Assignments assignments;
    private final ApplicationQueries queries;
    private final MessageSource messages;

    /** A panel member and the undecided applications assigned to them. */
    record Load(String reviewer, long assigned, boolean configured) {
    }

    @GetMapping("/console/assignments")
    String page(Principal admin, Model model) {
        Map<String, Long> load = queries.assignedLoad();
        List<String> panel = assignments.panel().usernames();
        List<Load> rows = new ArrayList<>();
        panel.forEach(r -> rows.add(new Load(r, load.getOrDefault(r, 0L), true)));
        load.forEach((r, n) -> {
            if (!panel.contains(r)) {
                rows.add(new Load(r, n, false));
            }
        });
        model.addAttribute("reviewer", admin.getName());
        model.addAttribute("rows", rows);
        model.addAttribute("panel", panel);
        model.addAttribute("perApplication", assignments.panel().perApplication());
        model.addAttribute("maxPerApplication", Application.MAX_ASSIGNEES);
        model.addAttribute("autoConflict", assignments.panel().autoConflict().name());
        return "review/console/assignments";
    }

    /** Spreads the undecided applications over the reviewers ticked and those named in {@code others}. */
    @PostMapping("/console/assignments")
    String spread(@RequestParam(name = "reviewer", required = false) List<String> ticked,
            @RequestParam(defaultValue = "") String others, @RequestParam(defaultValue = "0") int perApplication,
            Principal admin, Locale locale, RedirectAttributes redirect) {
        List<String> reviewers = new ArrayList<>(ticked == null ? List.of() : ticked);
        reviewers.addAll(names(others));
        try {
            Assignments.Spread spread = assignments.spread(reviewers, perApplication, admin.getName());
            redirect.addFlashAttribute("spread", spread);
            redirect.addFlashAttribute("spreadLoad", new LinkedHashMap<>(spread.load()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(
                    reviewers.isEmpty() ? "assign.problem.no-reviewer" : "assign.problem.per-application",
                    new Object[] {Application.MAX_ASSIGNEES}, locale));
        }
        return "redirect:/console/assignments";
    }

    /** Sets the reviewers of one application from a comma-separated list (empty: none). */
    @PostMapping("/console/applications/{id}/assignees")
    String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String reviewers, Principal admin,
            Locale locale, RedirectAttributes redirect) {
        try {
            assignments.assign(id, names(reviewers), admin.getName());
            redirect.addFlashAttribute("done", "done.assigned");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("problem", e.code() == WorkflowCode.CONFLICT_OF_INTEREST
                    ? messages.getMessage("assign.problem.conflicted",
                            new Object[] {String.join(", ", assignments.conflictedAmong(id, names(reviewers)))}, locale)
                    : messages.getMessage("assign.problem.closed", null, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("assign.problem.name", null, locale));
        }
        return "redirect:/console/applications/" + id + "#assignees";
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

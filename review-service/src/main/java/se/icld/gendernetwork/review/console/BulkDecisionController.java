package se.icld.gendernetwork.review.console;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.review.workflow.BulkDecisions;
import se.icld.gendernetwork.review.workflow.ReviewerActions;

/**
 * One decision for a selection of applications ({@code GET /console/decisions/bulk?id=…&id=…&outcome=…},
 * the queue's selection submits there): a confirmation page with each application (municipality,
 * status) and whether it will be decided or why it is skipped, and how many emails will go out, per
 * language; its POST decides each (claimed first where needed, each its own write) and shows the result
 * (post/redirect/get). The roles of a single decision: any reviewer, under the same rules.
 */
@Controller
@RequiredArgsConstructor
class BulkDecisionController {

    private final BulkDecisions bulk;
    private final ReviewerActions actions;
    private final MessageSource messages;

    /** A selected application as the pages show it; {@code what} is "decided" or why it is skipped. */
    record Row(String id, String reference, String municipality, String status, boolean decided, String what)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A language and how many of the emails are written in it. */
    record LanguageCount(String language, String count) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @GetMapping("/console/decisions/bulk")
    String confirm(@RequestParam(name = "id", required = false) List<String> ids,
            @RequestParam(required = false) String outcome, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("reviewer", reviewer.getName());
        Status decided = ConsoleController.parseStatus(outcome);
        String problem = problem(ids, decided, locale);
        List<BulkDecisions.Item> items = problem == null ? bulk.plan(uuids(ids), decided, reviewer.getName()) : List.of();
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
        }
        List<Row> rows = rows(items, locale);
        long count = rows.stream().filter(Row::decided).count();
        model.addAttribute("outcome", decided != null && Status.OUTCOMES.contains(decided) ? decided : null);
        model.addAttribute("rows", rows);
        // Every selected id goes back with the confirmation: the POST decides what it can then, and reports the rest.
        model.addAttribute("ids", items.stream().map(i -> i.id().toString()).toList());
        model.addAttribute("count", count);
        model.addAttribute("languages", languages(items, locale));
        model.addAttribute("graceMinutes", (actions.gracePeriod().toSeconds() + 59) / 60);
        return "review/console/bulk";
    }

    @PostMapping("/console/decisions/bulk")
    String decide(@RequestParam(name = "id", required = false) List<String> ids,
            @RequestParam(required = false) String outcome, Principal reviewer, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Status decided = ConsoleController.parseStatus(outcome);
        if (problem(ids, decided, locale) != null) {
            return confirm(ids, outcome, reviewer, locale, model, response);
        }
        List<BulkDecisions.Item> results = bulk.decide(uuids(ids), decided, null, reviewer.getName());
        List<Row> rows = rows(results, locale);
        redirect.addFlashAttribute("bulkRows", rows);
        redirect.addFlashAttribute("bulkOutcome", decided.name());
        redirect.addFlashAttribute("bulkDecided", rows.stream().filter(Row::decided).count());
        redirect.addFlashAttribute("bulkSkipped", rows.stream().filter(r -> !r.decided()).count());
        return "redirect:/console/decisions/bulk/result";
    }

    /** The result of the bulk decision just made (from the redirect); without one, the queue. */
    @GetMapping("/console/decisions/bulk/result")
    String result(Principal reviewer, Model model) {
        if (!model.containsAttribute("bulkRows")) {
            return "redirect:/console";
        }
        model.addAttribute("reviewer", reviewer.getName());
        return "review/console/bulk-result";
    }

    private String problem(List<String> ids, Status outcome, Locale locale) {
        if (outcome == null || !Status.OUTCOMES.contains(outcome)) {
            return messages.getMessage("problem.outcome-required", null, locale);
        }
        if (ids == null || ids.isEmpty()) {
            return messages.getMessage("bulk.problem.none-selected", null, locale);
        }
        if (ids.size() > BulkDecisions.MAX) {
            return messages.getMessage("bulk.problem.too-many", new Object[] {BulkDecisions.MAX}, locale);
        }
        return null;
    }

    /** The ids as given; one that is no UUID stands for an application that does not exist. */
    private static List<UUID> uuids(List<String> ids) {
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                uuids.add(new UUID(0, 0));
            }
        }
        return uuids;
    }

    private List<Row> rows(List<BulkDecisions.Item> items, Locale locale) {
        return items.stream().map(i -> row(i, locale)).toList();
    }

    private Row row(BulkDecisions.Item item, Locale locale) {
        Application a = item.application();
        String status = a == null ? "—" : messages.getMessage("state." + a.status().name(), null, locale);
        String what = switch (item.skip() == null ? "DECIDED" : item.skip().name()) {
            case "DECIDED" -> messages.getMessage("bulk.will-decide", null, locale);
            case "NOT_FOUND" -> messages.getMessage("bulk.skip.not-found", null, locale);
            case "ERASED" -> messages.getMessage("bulk.skip.erased", null, locale);
            case "CONFLICT_OF_INTEREST" -> messages.getMessage("bulk.skip.conflict-of-interest", null, locale);
            case "CLAIMED" -> messages.getMessage("bulk.skip.claimed", new Object[] {item.claim().reviewer(),
                PageFormats.dateTime(item.claim().until(), locale)}, locale);
            case "STATUS" -> messages.getMessage("bulk.skip.status", new Object[] {status}, locale);
            case "NOT_ELIGIBLE" -> messages.getMessage("bulk.skip.not-eligible", new Object[] {
                actions.eligibility(a).map(e -> ConsoleViews.eligibilityReason(e, messages, locale)).orElse("—")}, locale);
            default -> messages.getMessage("bulk.skip.failed", new Object[] {messages.getMessage(
                    "problem." + item.refusal().code().wire(), new Object[] {status},
                    messages.getMessage("problem.other", null, locale), locale)}, locale);
        };
        return new Row(item.id().toString(), a == null ? item.id().toString() : a.reference(),
                a == null || a.municipality() == null ? "—" : a.municipality().name(), status, item.decided(), what);
    }

    /** How many of the emails go out in each language, in the languages' order (es, en, sv). */
    private List<LanguageCount> languages(List<BulkDecisions.Item> items, Locale locale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String language : se.icld.gendernetwork.support.mail.MailTemplates.LANGUAGES) {
            counts.put(language, 0);
        }
        items.stream().filter(BulkDecisions.Item::decided)
                .forEach(i -> counts.merge(DecisionEmails.language(i.application()), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new LanguageCount(messages.getMessage("language." + e.getKey(), null, e.getKey(), locale),
                        String.valueOf(e.getValue())))
                .toList();
    }
}

package se.icld.gendernetwork.review.status.page;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.status.StatusTimeline;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;

/**
 * The applicant's status page, {@code /status/{id}?token=}, always in the applicant's language:
 * the status in plain words, the timeline, the reviewer's question with a form to answer it, and
 * withdrawal before a decision. The token is the only credential: a wrong or missing one is the
 * same 404 as an unknown id. The forms carry the token in the body (not the URL) and are
 * CSRF-protected like every page form; nothing here logs the token.
 */
@Controller
class StatusPageController {

    static final int MAX_ANSWER = 4000;

    private final ApplicantActions actions;

    StatusPageController(ApplicantActions actions) {
        this.actions = actions;
    }

    /** A change of status as the applicant sees it: no reviewer names, no notes, no emails. */
    public record TimelineEntry(Status status, String at) {
    }

    @GetMapping("/status/{id}")
    String status(@PathVariable UUID id, @RequestParam(required = false) String token, HttpServletRequest request,
            Model model) {
        return show(actions.status(id, token), token, request, model);
    }

    @PostMapping("/status/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.status(id, token);
        if (!confirm) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "status.problem.confirm");
            return show(application, token, request, model);
        }
        try {
            actions.withdraw(id, token);
        } catch (WorkflowException e) {
            return refused(id, token, request, response, model);
        }
        redirect.addAttribute("token", token);
        redirect.addFlashAttribute("done", "status.done.withdrawn");
        return "redirect:/status/{id}";
    }

    @PostMapping("/status/{id}/information")
    String provideInformation(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "") String message, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.status(id, token);
        if (message.isBlank() || message.length() > MAX_ANSWER) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", message.isBlank() ? "status.problem.answer-required" : "status.problem.too-long");
            model.addAttribute("answer", message);
            return show(application, token, request, model);
        }
        try {
            actions.provideInformation(id, token, message.strip());
        } catch (WorkflowException e) {
            return refused(id, token, request, response, model);
        }
        redirect.addAttribute("token", token);
        redirect.addFlashAttribute("done", "status.done.answered");
        return "redirect:/status/{id}";
    }

    private String refused(UUID id, String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", "status.problem.changed");
        return show(actions.status(id, token), token, request, model);
    }

    private String show(Application application, String token, HttpServletRequest request, Model model) {
        String language = application.applicant().language();
        PageLocaleResolver.fix(request, language);
        Locale locale = Locale.forLanguageTag(PageLocaleResolver.LANGUAGES.contains(language) ? language : "es");
        model.addAttribute("id", application.id());
        model.addAttribute("token", token);
        model.addAttribute("reference", application.reference());
        model.addAttribute("status", application.status());
        model.addAttribute("timeline", timeline(application, locale));
        model.addAttribute("canWithdraw", application.status().undecided());
        model.addAttribute("question", application.status() == Status.INFO_REQUESTED ? StatusTimeline.question(application.history()) : null);
        return "review/status";
    }

    static List<TimelineEntry> timeline(Application application, Locale locale) {
        return StatusTimeline.changes(application.history()).stream()
                .map(c -> new TimelineEntry(c.status(), PageFormats.dateTime(c.at(), locale)))
                .toList();
    }
}
